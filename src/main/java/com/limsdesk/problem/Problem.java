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
import jakarta.persistence.Version;

/**
 * A problem: the systemic cause behind one or more fault tickets, its current analysis
 * and its status. Every proposed solution is a {@link ProblemSolution}, and the journal
 * keeps each earlier analysis text. A dismissed or closed problem rejects every step
 * except new links and the publication of its known error.
 */
@Entity
@Table(name = "desk_problem")
public class Problem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ProblemStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ProblemOrigin origin;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 100)
	private String module;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "suggested_at")
	private Instant suggestedAt;

	@Column(name = "opened_by", length = 64)
	private String openedBy;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "escalation_due")
	private Instant escalationDue;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "plan_due")
	private Instant planDue;

	@Column(name = "root_cause", length = 4000)
	private String rootCause;

	@Column(length = 4000)
	private String workaround;

	@Column(length = 4000)
	private String solution;

	@Column(name = "prevention_plan", length = 4000)
	private String preventionPlan;

	@Column(name = "known_error_by", length = 64)
	private String knownErrorBy;

	@Column(name = "known_error_at")
	private Instant knownErrorAt;

	@Column(name = "closed_by", length = 64)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "dismissed_by", length = 64)
	private String dismissedBy;

	@Column(name = "dismissed_at")
	private Instant dismissedAt;

	@Column(name = "dismiss_reason", length = 2000)
	private String dismissReason;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Problem() {
	}

	private Problem(String number, String processInstanceId, ProblemOrigin origin, String title, String module,
			String description) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.origin = origin;
		this.title = title;
		this.module = module;
		this.description = description;
	}

	/** Creates a problem that an engineer reports, open from the given moment. */
	static Problem opened(String number, String processInstanceId, ProblemOrigin origin, ProblemReport report,
			String user, Instant at, Instant escalationDue) {
		Problem problem = new Problem(number, processInstanceId, origin, report.title(), report.module(),
				report.description());
		problem.open(user, at, escalationDue);
		return problem;
	}

	/** Creates a suggestion, which is a problem only once an engineer confirms it. */
	static Problem suggested(String number, String processInstanceId, String module, String title, String description,
			Instant at) {
		Problem problem = new Problem(number, processInstanceId, ProblemOrigin.RECURRENCE, title, module, description);
		problem.status = ProblemStatus.SUGGESTED;
		problem.suggestedAt = at;
		return problem;
	}

	void confirm(String title, String description, String user, Instant at, Instant escalationDue) {
		requireStatus(ProblemStatus.SUGGESTED);
		this.title = title;
		this.description = description;
		open(user, at, escalationDue);
	}

	void dismiss(String reason, String user, Instant at) {
		requireStatus(ProblemStatus.SUGGESTED);
		this.dismissReason = reason;
		this.dismissedBy = user;
		this.dismissedAt = at;
		this.status = ProblemStatus.DISMISSED;
	}

	private void open(String user, Instant at, Instant escalationDue) {
		this.openedBy = user;
		this.openedAt = at;
		this.escalationDue = escalationDue;
		this.status = ProblemStatus.ANALYSING;
	}

	/** Records the analysis so far; a null value keeps the text recorded before. */
	void analyse(String rootCause, String workaround) {
		requireStatus(ProblemStatus.ANALYSING, ProblemStatus.ESCALATED);
		this.rootCause = (rootCause != null) ? rootCause : this.rootCause;
		this.workaround = (workaround != null) ? workaround : this.workaround;
	}

	void propose(ProblemSolution proposal) {
		requireStatus(ProblemStatus.ANALYSING, ProblemStatus.ESCALATED);
		this.rootCause = proposal.getRootCause();
		this.workaround = (proposal.getWorkaround() != null) ? proposal.getWorkaround() : this.workaround;
		this.solution = proposal.getSolution();
		this.preventionPlan = proposal.getPreventionPlan();
		this.status = ProblemStatus.AWAITING_ACCEPTANCE;
	}

	void escalate(Instant at, Instant planDue) {
		requireStatus(ProblemStatus.ANALYSING, ProblemStatus.AWAITING_ACCEPTANCE);
		this.escalatedAt = at;
		this.planDue = planDue;
		this.status = ProblemStatus.ESCALATED;
	}

	/**
	 * Sends a returned solution back to the maintenance department, with a new due date
	 * for its plans, when the problem was escalated, or else to the engineers.
	 */
	void returnSolution(Instant newPlanDue) {
		requireStatus(ProblemStatus.AWAITING_ACCEPTANCE);
		if (isEscalated()) {
			this.planDue = newPlanDue;
			this.status = ProblemStatus.ESCALATED;
		}
		else {
			this.status = ProblemStatus.ANALYSING;
		}
	}

	void close(String user, Instant at) {
		requireStatus(ProblemStatus.AWAITING_ACCEPTANCE);
		this.closedBy = user;
		this.closedAt = at;
		this.status = ProblemStatus.CLOSED;
	}

	/**
	 * Publishes the root cause and workaround as a known error for the engineers. The
	 * first publication is kept with its user and time.
	 */
	void publishKnownError(String user, Instant at) {
		if (this.status == ProblemStatus.SUGGESTED || this.status == ProblemStatus.DISMISSED) {
			throw new IllegalStateException("problem " + this.number + " is not open and has no known error");
		}
		if (this.knownErrorAt == null) {
			this.knownErrorBy = user;
			this.knownErrorAt = at;
		}
	}

	public boolean isEscalated() {
		return this.escalatedAt != null;
	}

	public boolean isKnownError() {
		return this.knownErrorAt != null;
	}

	private void requireStatus(ProblemStatus... allowed) {
		for (ProblemStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new IllegalStateException(
				"problem " + this.number + " is " + this.status.name().toLowerCase() + " and does not allow this step");
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

	public ProblemStatus getStatus() {
		return this.status;
	}

	public ProblemOrigin getOrigin() {
		return this.origin;
	}

	public String getTitle() {
		return this.title;
	}

	public String getModule() {
		return this.module;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getSuggestedAt() {
		return this.suggestedAt;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getEscalationDue() {
		return this.escalationDue;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public Instant getPlanDue() {
		return this.planDue;
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

	public String getKnownErrorBy() {
		return this.knownErrorBy;
	}

	public Instant getKnownErrorAt() {
		return this.knownErrorAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getDismissedBy() {
		return this.dismissedBy;
	}

	public Instant getDismissedAt() {
		return this.dismissedAt;
	}

	public String getDismissReason() {
		return this.dismissReason;
	}

}
