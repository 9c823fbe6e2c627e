package com.limsdesk.fault;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One alert received over REST and what it did. The table's unique constraint on source,
 * key, state and event time makes a repeated delivery take effect once.
 */
@Entity
@Table(name = "desk_fault_alert_signal")
class AlertSignalRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false, length = 64)
	private String source;

	@Column(name = "alert_key", nullable = false, updatable = false, length = 300)
	private String key;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private AlertState state;

	@Column(name = "event_time", nullable = false, updatable = false)
	private Instant eventTime;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "received_by", nullable = false, updatable = false, length = 64)
	private String receivedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private AlertEffect effect;

	@Column(name = "ticket_number", updatable = false, length = 32)
	private String ticketNumber;

	@Column(nullable = false, updatable = false)
	private int occurrences;

	@Column(nullable = false, updatable = false, length = 200)
	private String summary;

	protected AlertSignalRecord() {
	}

	AlertSignalRecord(AlertSignal signal, Instant receivedAt, AlertOutcome outcome) {
		this.source = signal.report().source();
		this.key = signal.report().key();
		this.state = signal.state();
		this.eventTime = signal.eventTime();
		this.receivedAt = receivedAt;
		this.receivedBy = signal.receivedBy();
		this.effect = outcome.effect();
		this.ticketNumber = outcome.ticketNumber();
		this.occurrences = outcome.occurrences();
		String summary = signal.report().summary();
		this.summary = (summary.length() > 200) ? summary.substring(0, 200) : summary;
	}

	/** Returns the outcome of this earlier delivery, for a repeated one. */
	AlertOutcome repeatedOutcome() {
		return new AlertOutcome(this.ticketNumber, this.effect == AlertEffect.OPENED, this.occurrences, this.effect,
				true);
	}

}
