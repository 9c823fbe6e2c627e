package com.limsdesk.interfacecheck;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check of an interface endpoint, kept for the reports. */
@Entity
@Table(name = "desk_interface_check_result")
class InterfaceCheckResult {

	/** Whether the endpoint worked. */
	enum Outcome {

		UP, DOWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false, length = 64)
	private String endpoint;

	@Column(name = "checked_at", nullable = false, updatable = false)
	private Instant checkedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false, length = 16)
	private ProbeResult.Failure failure;

	@Column(name = "http_status", updatable = false)
	private Integer httpStatus;

	@Column(name = "response_millis", nullable = false, updatable = false)
	private long responseMillis;

	@Column(nullable = false, updatable = false, length = 1000)
	private String message;

	@Column(name = "ticket_number", length = 32)
	private String ticketNumber;

	protected InterfaceCheckResult() {
	}

	InterfaceCheckResult(String endpoint, Instant checkedAt, ProbeResult probe) {
		this.endpoint = endpoint;
		this.checkedAt = checkedAt;
		this.outcome = probe.up() ? Outcome.UP : Outcome.DOWN;
		this.failure = probe.failure();
		this.httpStatus = probe.httpStatus();
		this.responseMillis = probe.responseMillis();
		this.message = (probe.message().length() > 1000) ? probe.message().substring(0, 1000) : probe.message();
	}

	void linkTicket(String ticketNumber) {
		this.ticketNumber = ticketNumber;
	}

	Long getId() {
		return this.id;
	}

	String getEndpoint() {
		return this.endpoint;
	}

	Instant getCheckedAt() {
		return this.checkedAt;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	ProbeResult.Failure getFailure() {
		return this.failure;
	}

	Integer getHttpStatus() {
		return this.httpStatus;
	}

	long getResponseMillis() {
		return this.responseMillis;
	}

	String getMessage() {
		return this.message;
	}

	String getTicketNumber() {
		return this.ticketNumber;
	}

}
