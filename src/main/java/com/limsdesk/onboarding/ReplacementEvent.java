package com.limsdesk.onboarding;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a replacement's journal. */
@Entity
@Table(name = "desk_replacement_event")
public class ReplacementEvent extends JournalEntry {

	@Column(name = "replacement_id", nullable = false, updatable = false)
	private Long replacementId;

	protected ReplacementEvent() {
	}

	ReplacementEvent(Long replacementId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.replacementId = replacementId;
	}

}
