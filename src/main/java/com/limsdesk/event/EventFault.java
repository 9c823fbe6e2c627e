package com.limsdesk.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fault ticket reported while an event was in progress. */
@Entity
@Table(name = "desk_event_fault")
public class EventFault {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
	private String ticketNumber;

	@Column(name = "linked_at", nullable = false, updatable = false)
	private Instant linkedAt;

	protected EventFault() {
	}

	EventFault(Long eventId, String ticketNumber, Instant linkedAt) {
		this.eventId = eventId;
		this.ticketNumber = ticketNumber;
		this.linkedAt = linkedAt;
	}

	public String getTicketNumber() {
		return this.ticketNumber;
	}

	public Instant getLinkedAt() {
		return this.linkedAt;
	}

}
