package com.limsdesk.inspection;

import java.time.Instant;

import com.limsdesk.oracle.CheckStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the database inspection over one target or all of them. */
@Entity
@Table(name = "desk_inspection")
public class Inspection {

	/** The cause of an inspection: its timer or a person. */
	public enum Trigger {

		TIMER, MANUAL

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind", nullable = false, length = 16)
	private Trigger trigger;

	@Column(name = "requested_by", length = 64)
	private String requestedBy;

	/** The one target inspected, or null for every configured target. */
	@Column(name = "target_scope", length = 32)
	private String targetScope;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "worst_status", length = 16)
	private CheckStatus worstStatus;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_note", length = 2000)
	private String reviewNote;

	protected Inspection() {
	}

	Inspection(String number, String processInstanceId, Trigger trigger, String requestedBy, String targetScope,
			Instant startedAt) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.trigger = trigger;
		this.requestedBy = requestedBy;
		this.targetScope = targetScope;
		this.startedAt = startedAt;
	}

	void finish(CheckStatus worst, Instant at) {
		this.worstStatus = worst;
		this.finishedAt = at;
	}

	void review(String user, String note, Instant at) {
		this.reviewedBy = user;
		this.reviewNote = note;
		this.reviewedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Trigger getTrigger() {
		return this.trigger;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public String getTargetScope() {
		return this.targetScope;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public CheckStatus getWorstStatus() {
		return this.worstStatus;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

}
