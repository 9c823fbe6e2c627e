package com.limsdesk.training;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a training's journal. */
@Entity
@Table(name = "desk_training_journal")
public class TrainingJournalEntry extends JournalEntry {

	@Column(name = "training_id", nullable = false, updatable = false)
	private Long trainingId;

	protected TrainingJournalEntry() {
	}

	TrainingJournalEntry(Long trainingId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.trainingId = trainingId;
	}

}
