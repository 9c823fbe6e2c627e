package com.limsdesk.problem;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a problem's journal. */
@Entity
@Table(name = "desk_problem_event")
public class ProblemEvent extends JournalEntry {

	@Column(name = "problem_id", nullable = false, updatable = false)
	private Long problemId;

	protected ProblemEvent() {
	}

	ProblemEvent(Long problemId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.problemId = problemId;
	}

}
