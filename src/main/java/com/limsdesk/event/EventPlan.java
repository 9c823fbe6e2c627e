package com.limsdesk.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the vendor's support plan, with the managers' decision on it. */
@Entity
@Table(name = "desk_event_plan")
public class EventPlan {

	/** The managers' decision on a plan. */
	public enum Decision {

		WAITING("待审核"), ACCEPTED("通过"), REJECTED("退回");

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

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(nullable = false, updatable = false)
	private int round;

	@Column(name = "on_site_engineers", nullable = false, updatable = false, length = 2000)
	private String onSiteEngineers;

	@Column(name = "contingency_contacts", nullable = false, updatable = false, length = 2000)
	private String contingencyContacts;

	@Column(name = "contingency_plan", updatable = false, length = 4000)
	private String contingencyPlan;

	@Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Decision decision;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = 2000)
	private String decisionComment;

	protected EventPlan() {
	}

	EventPlan(Long eventId, int round, String onSiteEngineers, String contingencyContacts, String contingencyPlan,
			String submittedBy, Instant submittedAt) {
		this.eventId = eventId;
		this.round = round;
		this.onSiteEngineers = onSiteEngineers;
		this.contingencyContacts = contingencyContacts;
		this.contingencyPlan = contingencyPlan;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.decision = Decision.WAITING;
	}

	void decide(boolean accepted, String comment, String user, Instant at) {
		if (this.decision != Decision.WAITING) {
			throw new IllegalStateException("plan " + this.round + " of event " + this.eventId + " is decided");
		}
		this.decision = accepted ? Decision.ACCEPTED : Decision.REJECTED;
		this.decisionComment = comment;
		this.decidedBy = user;
		this.decidedAt = at;
	}

	public int getRound() {
		return this.round;
	}

	public String getOnSiteEngineers() {
		return this.onSiteEngineers;
	}

	public String getContingencyContacts() {
		return this.contingencyContacts;
	}

	public String getContingencyPlan() {
		return this.contingencyPlan;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
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

}
