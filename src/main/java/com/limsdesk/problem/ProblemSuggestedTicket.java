package com.limsdesk.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fault ticket that a recurrence suggestion listed. The ticket number is unique, so no
 * ticket is ever suggested twice.
 */
@Entity
@Table(name = "desk_problem_suggested_ticket")
class ProblemSuggestedTicket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "problem_id", nullable = false, updatable = false)
	private Long problemId;

	@Column(name = "ticket_number", nullable = false, updatable = false, unique = true, length = 32)
	private String ticketNumber;

	protected ProblemSuggestedTicket() {
	}

	ProblemSuggestedTicket(Long problemId, String ticketNumber) {
		this.problemId = problemId;
		this.ticketNumber = ticketNumber;
	}

}
