package com.limsdesk.problem;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fault ticket that a problem explains, with who linked it and when. */
@Entity
@Table(name = "desk_problem_link")
public class ProblemLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "problem_id", nullable = false, updatable = false)
	private Long problemId;

	@Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
	private String ticketNumber;

	@Column(name = "linked_by", updatable = false, length = 64)
	private String linkedBy;

	@Column(name = "linked_at", nullable = false, updatable = false)
	private Instant linkedAt;

	protected ProblemLink() {
	}

	ProblemLink(Long problemId, String ticketNumber, String linkedBy, Instant linkedAt) {
		this.problemId = problemId;
		this.ticketNumber = ticketNumber;
		this.linkedBy = linkedBy;
		this.linkedAt = linkedAt;
	}

	public String getTicketNumber() {
		return this.ticketNumber;
	}

	public String getLinkedBy() {
		return this.linkedBy;
	}

	public Instant getLinkedAt() {
		return this.linkedAt;
	}

}
