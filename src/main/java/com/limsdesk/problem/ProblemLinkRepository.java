package com.limsdesk.problem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProblemLinkRepository extends JpaRepository<ProblemLink, Long> {

	List<ProblemLink> findByProblemIdOrderById(Long problemId);

	boolean existsByProblemIdAndTicketNumber(Long problemId, String ticketNumber);

	boolean existsByTicketNumber(String ticketNumber);

	@Query("select p.number from Problem p where p.id in (select l.problemId from ProblemLink l where l.ticketNumber = ?1) order by p.id")
	List<String> problemsLinkedTo(String ticketNumber);

}
