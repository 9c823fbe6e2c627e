package com.limsdesk.fault;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaultTicketRepository extends JpaRepository<FaultTicket, Long> {

	Optional<FaultTicket> findByNumber(String number);

	Optional<FaultTicket> findByProcessInstanceId(String processInstanceId);

	List<FaultTicket> findByReporterUserOrderByIdDesc(String reporterUser);

	List<FaultTicket> findAllByOrderByIdDesc();

}
