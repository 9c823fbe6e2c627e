package com.limsdesk.fault;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaultTicketRepository extends JpaRepository<FaultTicket, Long> {

	Optional<FaultTicket> findByNumber(String number);

	Optional<FaultTicket> findByProcessInstanceId(String processInstanceId);

	List<FaultTicket> findByReporterUserOrderByIdDesc(String reporterUser);

	List<FaultTicket> findAllByOrderByIdDesc();

	@Query("select t.number from FaultTicket t where t.module = ?1 and t.reportedAt >= ?2 order by t.reportedAt, t.id")
	List<String> numbersInModuleSince(String module, Instant since);

}
