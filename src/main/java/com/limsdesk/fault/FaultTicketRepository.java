package com.limsdesk.fault;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaultTicketRepository extends JpaRepository<FaultTicket, Long> {

	Optional<FaultTicket> findByNumber(String number);

	Optional<FaultTicket> findByProcessInstanceId(String processInstanceId);

	List<FaultTicket> findByReporterUserOrderByIdDesc(String reporterUser);

	List<FaultTicket> findAllByOrderByIdDesc();

	/**
	 * Returns the tickets in the given states that the engineer responded to or went on
	 * site for.
	 */
	@Query("select t from FaultTicket t where (t.respondedBy = :engineer or t.onSiteArrivedBy = :engineer)"
			+ " and t.status in :states order by t.id")
	List<FaultTicket> findHeldBy(String engineer, Collection<FaultStatus> states);

	@Query("select t.number from FaultTicket t where t.module = ?1 and t.reportedAt >= ?2 order by t.reportedAt, t.id")
	List<String> numbersInModuleSince(String module, Instant since);

}
