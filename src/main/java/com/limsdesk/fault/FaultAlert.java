package com.limsdesk.fault;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A finding that machines report again and again, such as a failing database check, and
 * the ticket open for it. While that ticket is open, a repeated report adds an occurrence
 * instead of a ticket.
 */
@Entity
@Table(name = "desk_fault_alert")
class FaultAlert {

	@Id
	@Column(name = "alert_key", length = 200)
	private String key;

	@Column(nullable = false, length = 64)
	private String source;

	@Column(name = "ticket_id")
	private Long ticketId;

	@Column(nullable = false)
	private int occurrences;

	@Column(name = "first_seen")
	private Instant firstSeen;

	@Column(name = "last_seen")
	private Instant lastSeen;

	@Column(name = "recovered_at")
	private Instant recoveredAt;

	@Version
	private long version;

	protected FaultAlert() {
	}

	FaultAlert(String key, String source) {
		this.key = key;
		this.source = source;
	}

	void openTicket(long ticketId, Instant at) {
		this.ticketId = ticketId;
		this.occurrences = 1;
		this.firstSeen = at;
		this.lastSeen = at;
		this.recoveredAt = null;
	}

	void occur(Instant at) {
		this.occurrences++;
		this.lastSeen = at;
		this.recoveredAt = null;
	}

	void recover(Instant at) {
		this.recoveredAt = at;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	int getOccurrences() {
		return this.occurrences;
	}

	Instant getFirstSeen() {
		return this.firstSeen;
	}

	Instant getLastSeen() {
		return this.lastSeen;
	}

	Instant getRecoveredAt() {
		return this.recoveredAt;
	}

}
