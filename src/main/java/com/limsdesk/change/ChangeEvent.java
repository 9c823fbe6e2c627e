package com.limsdesk.change;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a change's journal. */
@Entity
@Table(name = "desk_change_event")
public class ChangeEvent extends JournalEntry {

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	protected ChangeEvent() {
	}

	ChangeEvent(Long changeId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.changeId = changeId;
	}

}
