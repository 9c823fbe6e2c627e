package com.limsdesk.consultation;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a consultation's journal. */
@Entity
@Table(name = "desk_consultation_event")
public class ConsultationEvent extends JournalEntry {

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private Long consultationId;

	protected ConsultationEvent() {
	}

	ConsultationEvent(Long consultationId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.consultationId = consultationId;
	}

}
