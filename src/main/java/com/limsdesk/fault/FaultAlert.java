package com.limsdesk.fault;

import java.time.Duration;
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
	@Column(name = "alert_key", length = 300)
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

	@Column(name = "last_problem_at")
	private Instant lastProblemAt;

	@Column(name = "journaled_at")
	private Instant journaledAt;

	@Column(name = "journaled_occurrences", nullable = false)
	private int journaledOccurrences;

	@Version
	private long version;

	protected FaultAlert() {
	}

	FaultAlert(String key, String source) {
		this.key = key;
		this.source = source;
	}

	/**
	 * Starts counting for a new ticket.
	 * @param seenAt when the problem was seen, which is the event time of a REST report
	 * @param now the desk's time, when the ticket's journal got its first entry
	 */
	void openTicket(long ticketId, Instant seenAt, Instant now) {
		this.ticketId = ticketId;
		this.occurrences = 1;
		this.firstSeen = seenAt;
		this.lastSeen = seenAt;
		this.lastProblemAt = seenAt;
		this.recoveredAt = null;
		this.journaledAt = now;
		this.journaledOccurrences = 1;
	}

	/**
	 * Counts a repetition seen at the given moment. A problem seen after the recovery
	 * undoes the recovery; one seen before it arrived late and leaves the recovery in
	 * place.
	 */
	void occur(Instant seenAt) {
		this.occurrences++;
		this.firstSeen = (this.firstSeen == null || seenAt.isBefore(this.firstSeen)) ? seenAt : this.firstSeen;
		this.lastSeen = (this.lastSeen == null || seenAt.isAfter(this.lastSeen)) ? seenAt : this.lastSeen;
		this.lastProblemAt = (this.lastProblemAt == null || seenAt.isAfter(this.lastProblemAt)) ? seenAt
				: this.lastProblemAt;
		if (this.recoveredAt != null && !seenAt.isBefore(this.recoveredAt)) {
			this.recoveredAt = null;
		}
	}

	void recover(Instant at) {
		this.recoveredAt = at;
	}

	/**
	 * Returns whether a repetition is worth a journal entry: the first repetition, and
	 * then at most one per interval, so that a burst does not flood the journal.
	 */
	boolean journalDue(Instant now, Duration interval) {
		return this.journaledOccurrences <= 1 || this.journaledAt == null
				|| !now.isBefore(this.journaledAt.plus(interval));
	}

	/** Returns the occurrences since the last journal entry, and marks them journaled. */
	int markJournaled(Instant now) {
		int unjournaled = this.occurrences - this.journaledOccurrences;
		this.journaledAt = now;
		this.journaledOccurrences = this.occurrences;
		return unjournaled;
	}

	String getKey() {
		return this.key;
	}

	String getSource() {
		return this.source;
	}

	Instant getLastProblemAt() {
		return this.lastProblemAt;
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
