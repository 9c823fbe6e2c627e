package com.limsdesk.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The decision of one approver group on one version of a change. It is opened as waiting
 * and decided once.
 */
@Entity
@Table(name = "desk_change_approval")
public class ChangeApproval {

	/** The state of one approval. */
	public enum Decision {

		WAITING("待审批"), APPROVED("批准"), REJECTED("驳回"), SKIPPED("因驳回不再审批");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	@Column(nullable = false, updatable = false)
	private int version;

	@Column(name = "approver_group", nullable = false, updatable = false, length = 32)
	private String approverGroup;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Decision decision;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = 2000)
	private String decisionComment;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	protected ChangeApproval() {
	}

	ChangeApproval(Long changeId, int version, String approverGroup, Instant openedAt) {
		this.changeId = changeId;
		this.version = version;
		this.approverGroup = approverGroup;
		this.decision = Decision.WAITING;
		this.openedAt = openedAt;
	}

	/** Closes a waiting approval that another approver's rejection made moot. */
	void skip(Instant at) {
		if (this.decision == Decision.WAITING) {
			this.decision = Decision.SKIPPED;
			this.decidedAt = at;
		}
	}

	void decide(boolean approved, String comment, String user, Instant at) {
		if (this.decision != Decision.WAITING) {
			throw new IllegalStateException(
					"the " + this.approverGroup + " approval of version " + this.version + " is already decided");
		}
		this.decision = approved ? Decision.APPROVED : Decision.REJECTED;
		this.decisionComment = comment;
		this.decidedBy = user;
		this.decidedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public Long getChangeId() {
		return this.changeId;
	}

	public int getVersion() {
		return this.version;
	}

	public String getApproverGroup() {
		return this.approverGroup;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

}
