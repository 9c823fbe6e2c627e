package com.limsdesk.event;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of an event's journal. */
@Entity
@Table(name = "desk_event_journal")
public class EventJournalEntry extends JournalEntry {

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	protected EventJournalEntry() {
	}

	EventJournalEntry(Long eventId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.eventId = eventId;
	}

}
