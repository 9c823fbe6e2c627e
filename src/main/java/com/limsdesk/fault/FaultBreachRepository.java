package com.limsdesk.fault;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaultBreachRepository extends JpaRepository<FaultBreach, Long> {

	List<FaultBreach> findByTicketIdOrderByIdAsc(Long ticketId);

	boolean existsByTicketIdAndKind(Long ticketId, FaultBreach.Kind kind);

}
