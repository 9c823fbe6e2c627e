package com.limsdesk.cleanup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One run of the cleanup process: who started, chose and approved it, and its summary.
 * Its number {@code QL-nnnnn} is the process instance's business key.
 */
@Entity
@Table(name = "desk_cleanup")
class Cleanup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
	private String processInstanceId;

	@Column(name = "trigger_kind", nullable = false, length = 16)
	private String trigger;

	@Column(name = "started_by", length = 64)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "listing_note", length = 4000)
	private String listingNote;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_note", length = 2000)
	private String reviewNote;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(length = 16)
	private String decision;

	@Column(name = "decision_reason", length = 2000)
	private String decisionReason;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(length = 8000)
	private String summary;

	protected Cleanup() {
	}

	Cleanup(String processInstanceId, String trigger, String startedBy, Instant startedAt) {
		this.processInstanceId = processInstanceId;
		this.trigger = trigger;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	/** Returns the number shown to users, such as {@code QL-00042}. */
	String number() {
		return String.format("%s-%05d", CleanupProcess.NUMBER_PREFIX, this.id);
	}

	void listed(String note) {
		this.listingNote = cut(note, 4000);
	}

	void reviewed(String user, String note, Instant at) {
		this.reviewedBy = user;
		this.reviewNote = note;
		this.reviewedAt = at;
	}

	void decided(String user, String decision, String reason, Instant at) {
		this.decidedBy = user;
		this.decision = decision;
		this.decisionReason = reason;
		this.decidedAt = at;
	}

	void finished(String summary, Instant at) {
		this.summary = cut(summary, 8000);
		this.finishedAt = at;
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	Long getId() {
		return this.id;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	String getTrigger() {
		return this.trigger;
	}

	String getStartedBy() {
		return this.startedBy;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	String getListingNote() {
		return this.listingNote;
	}

	String getReviewedBy() {
		return this.reviewedBy;
	}

	String getReviewNote() {
		return this.reviewNote;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	String getDecision() {
		return this.decision;
	}

	String getDecisionReason() {
		return this.decisionReason;
	}

	Instant getFinishedAt() {
		return this.finishedAt;
	}

	String getSummary() {
		return this.summary;
	}

}
