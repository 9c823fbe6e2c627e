package com.limsdesk.interfacecheck;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current state of one endpoint: up or down since when, and how many checks in a row
 * have failed.
 */
@Entity
@Table(name = "desk_interface_check_state")
class InterfaceCheckState {

	@Id
	@Column(length = 64)
	private String endpoint;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private InterfaceCheckResult.Outcome status;

	@Column(name = "consecutive_failures", nullable = false)
	private int consecutiveFailures;

	@Column(name = "status_since", nullable = false)
	private Instant statusSince;

	@Column(name = "last_checked_at", nullable = false)
	private Instant lastCheckedAt;

	@Column(name = "ticket_number", length = 32)
	private String ticketNumber;

	@Version
	@Column(name = "entity_version")
	private long version;

	protected InterfaceCheckState() {
	}

	InterfaceCheckState(String endpoint, Instant now) {
		this.endpoint = endpoint;
		this.status = InterfaceCheckResult.Outcome.UP;
		this.statusSince = now;
		this.lastCheckedAt = now;
	}

	/** Records a check; returns whether the endpoint was down before it. */
	boolean record(boolean up, Instant at) {
		boolean wasDown = this.status == InterfaceCheckResult.Outcome.DOWN;
		InterfaceCheckResult.Outcome now = up ? InterfaceCheckResult.Outcome.UP : InterfaceCheckResult.Outcome.DOWN;
		if (now != this.status) {
			this.status = now;
			this.statusSince = at;
		}
		this.consecutiveFailures = up ? 0 : this.consecutiveFailures + 1;
		this.lastCheckedAt = at;
		return wasDown;
	}

	void linkTicket(String ticketNumber) {
		this.ticketNumber = ticketNumber;
	}

	String getEndpoint() {
		return this.endpoint;
	}

	InterfaceCheckResult.Outcome getStatus() {
		return this.status;
	}

	int getConsecutiveFailures() {
		return this.consecutiveFailures;
	}

	Instant getStatusSince() {
		return this.statusSince;
	}

	Instant getLastCheckedAt() {
		return this.lastCheckedAt;
	}

	String getTicketNumber() {
		return this.ticketNumber;
	}

}
