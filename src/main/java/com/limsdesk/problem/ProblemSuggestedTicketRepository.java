package com.limsdesk.problem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProblemSuggestedTicketRepository extends JpaRepository<ProblemSuggestedTicket, Long> {

	boolean existsByTicketNumber(String ticketNumber);

	@Query("select s.ticketNumber from ProblemSuggestedTicket s where s.problemId = ?1 order by s.id")
	List<String> numbersOf(Long problemId);

}
