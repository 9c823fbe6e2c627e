package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision of the institute on a candidate. Decisions are only ever added. */
@Entity
@Table(name = "desk_replacement_decision")
public class ReplacementDecision {

	/** Kind of decision the institute made. */
	public enum Kind {

		CANDIDATE_ACCEPTED("接受候选人参加培训"), CANDIDATE_REJECTED("不接受候选人"), TRAINING_EXTENDED("延长培训"),
		ON_POST_APPROVED("批准上岗"), ON_POST_REJECTED("培训后不予上岗");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "replacement_id", nullable = false, updatable = false)
	private Long replacementId;

	@Column(name = "candidate_id", nullable = false, updatable = false)
	private Long candidateId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private Kind kind;

	@Column(name = "decided_by", nullable = false, updatable = false, length = 64)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	@Column(updatable = false, length = 2000)
	private String reason;

	@Column(name = "previous_end", updatable = false)
	private LocalDate previousEnd;

	@Column(name = "new_end", updatable = false)
	private LocalDate newEnd;

	protected ReplacementDecision() {
	}

	ReplacementDecision(Candidate candidate, Kind kind, String reason, String decidedBy, Instant decidedAt) {
		this.replacementId = candidate.getReplacementId();
		this.candidateId = candidate.getId();
		this.kind = kind;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	static ReplacementDecision extension(Candidate candidate, LocalDate previousEnd, LocalDate newEnd, String reason,
			String decidedBy, Instant decidedAt) {
		ReplacementDecision decision = new ReplacementDecision(candidate, Kind.TRAINING_EXTENDED, reason, decidedBy,
				decidedAt);
		decision.previousEnd = previousEnd;
		decision.newEnd = newEnd;
		return decision;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getPreviousEnd() {
		return this.previousEnd;
	}

	public LocalDate getNewEnd() {
		return this.newEnd;
	}

}
