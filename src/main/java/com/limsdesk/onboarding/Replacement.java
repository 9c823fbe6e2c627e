package com.limsdesk.onboarding;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The replacement of one resident engineer: who is replaced and why, the candidate under
 * consideration, and who took the post. Candidates, decisions and the training log are
 * kept in their own tables.
 */
@Entity
@Table(name = "desk_replacement")
public class Replacement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ReplacementStatus status;

	@Column(name = "replaced_engineer", nullable = false, length = 64)
	private String replacedEngineer;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ReplacementCause cause;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "requested_by", nullable = false, length = 64)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "current_candidate_id")
	private Long currentCandidateId;

	@Column(name = "new_engineer", length = 64)
	private String newEngineer;

	@Column(name = "on_post_at")
	private Instant onPostAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Replacement() {
	}

	Replacement(String number, String processInstanceId, String replacedEngineer, ReplacementCause cause, String reason,
			String requestedBy, Instant requestedAt) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.status = ReplacementStatus.AWAITING_CANDIDATE;
		this.replacedEngineer = replacedEngineer;
		this.cause = cause;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void candidateProposed(Candidate candidate) {
		requireStatus(ReplacementStatus.AWAITING_CANDIDATE);
		this.currentCandidateId = candidate.getId();
		this.status = ReplacementStatus.REVIEWING_CANDIDATE;
	}

	void candidateAccepted() {
		requireStatus(ReplacementStatus.REVIEWING_CANDIDATE);
		this.status = ReplacementStatus.ACCEPTED;
	}

	void trainingStarted() {
		requireStatus(ReplacementStatus.ACCEPTED);
		this.status = ReplacementStatus.TRAINING;
	}

	/** Returns to the proposal of another candidate, after a rejection at any stage. */
	void candidateRejected() {
		if (this.status != ReplacementStatus.REVIEWING_CANDIDATE && this.status != ReplacementStatus.TRAINING) {
			throw new IllegalStateException("replacement " + this.number + " has no candidate to reject");
		}
		this.currentCandidateId = null;
		this.status = ReplacementStatus.AWAITING_CANDIDATE;
	}

	void onPost(String engineer, Instant at) {
		requireStatus(ReplacementStatus.TRAINING);
		this.newEngineer = engineer;
		this.onPostAt = at;
		this.status = ReplacementStatus.ON_POST;
	}

	void requireStatus(ReplacementStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("replacement " + this.number + " is " + this.status + ", not " + expected);
		}
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

	public ReplacementStatus getStatus() {
		return this.status;
	}

	public String getReplacedEngineer() {
		return this.replacedEngineer;
	}

	public ReplacementCause getCause() {
		return this.cause;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Long getCurrentCandidateId() {
		return this.currentCandidateId;
	}

	public String getNewEngineer() {
		return this.newEngineer;
	}

	public Instant getOnPostAt() {
		return this.onPostAt;
	}

}
