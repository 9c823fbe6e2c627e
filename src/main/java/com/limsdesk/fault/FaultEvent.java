package com.limsdesk.fault;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a ticket's journal. */
@Entity
@Table(name = "desk_fault_event")
public class FaultEvent extends JournalEntry {

	@Column(name = "ticket_id", nullable = false, updatable = false)
	private Long ticketId;

	protected FaultEvent() {
	}

	FaultEvent(Long ticketId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.ticketId = ticketId;
	}

}
