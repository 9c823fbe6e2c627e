package com.limsdesk.problem;

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
 * One solution proposed to the managers, with their decision. A returned solution stays
 * as it was, and the next proposal is a new round.
 */
@Entity
@Table(name = "desk_problem_solution")
public class ProblemSolution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "problem_id", nullable = false, updatable = false)
	private Long problemId;

	@Column(nullable = false, updatable = false)
	private int round;

	@Column(name = "proposer_group", nullable = false, updatable = false, length = 32)
	private String proposerGroup;

	@Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false, updatable = false)
	private Instant proposedAt;

	@Column(name = "root_cause", nullable = false, updatable = false, length = 4000)
	private String rootCause;

	@Column(updatable = false, length = 4000)
	private String workaround;

	@Column(nullable = false, updatable = false, length = 4000)
	private String solution;

	@Column(name = "prevention_plan", updatable = false, length = 4000)
	private String preventionPlan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Decision decision;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = 2000)
	private String decisionComment;

	protected ProblemSolution() {
	}

	ProblemSolution(Long problemId, int round, String proposerGroup, Proposal proposal, String proposedBy,
			Instant proposedAt) {
		this.problemId = problemId;
		this.round = round;
		this.proposerGroup = proposerGroup;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.rootCause = proposal.rootCause();
		this.workaround = proposal.workaround();
		this.solution = proposal.solution();
		this.preventionPlan = proposal.preventionPlan();
		this.decision = Decision.WAITING;
	}

	void decide(boolean accepted, String comment, String user, Instant at) {
		if (this.decision != Decision.WAITING) {
			throw new IllegalStateException("solution round " + this.round + " is decided already");
		}
		this.decision = accepted ? Decision.ACCEPTED : Decision.RETURNED;
		this.decisionComment = comment;
		this.decidedBy = user;
		this.decidedAt = at;
	}

	public int getRound() {
		return this.round;
	}

	public String getProposerGroup() {
		return this.proposerGroup;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public String getRootCause() {
		return this.rootCause;
	}

	public String getWorkaround() {
		return this.workaround;
	}

	public String getSolution() {
		return this.solution;
	}

	public String getPreventionPlan() {
		return this.preventionPlan;
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

	/** The text of a proposal; the prevention plan is required from the vendor only. */
	record Proposal(String rootCause, String workaround, String solution, String preventionPlan) {
	}

	public enum Decision {

		WAITING("待验收"), ACCEPTED("验收通过"), RETURNED("退回");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
