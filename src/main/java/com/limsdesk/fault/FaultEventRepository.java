package com.limsdesk.fault;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaultEventRepository extends JpaRepository<FaultEvent, Long> {

	List<FaultEvent> findByTicketIdOrderByIdAsc(Long ticketId);

}
