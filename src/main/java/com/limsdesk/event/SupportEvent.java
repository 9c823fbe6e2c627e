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
import jakarta.persistence.Version;

/**
 * An event that needs guaranteed service (重大活动保障): what the managers asked for, the
 * accepted plan, the pre-event check, and the summary. Each plan version is an
 * {@link EventPlan}, and each planned engineer with their arrival an
 * {@link EventEngineer}.
 */
@Entity
@Table(name = "desk_event")
public class SupportEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private EventStatus status;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(name = "critical_systems", nullable = false, length = 2000)
	private String criticalSystems;

	@Column(name = "engineers_required", nullable = false)
	private int engineersRequired;

	@Column(name = "arrival_required_at", nullable = false)
	private Instant arrivalRequiredAt;

	@Column(length = 200)
	private String contact;

	@Column(name = "requested_by", nullable = false, length = 64)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "check_opens_at", nullable = false)
	private Instant checkOpensAt;

	@Column(name = "check_due", nullable = false)
	private Instant checkDue;

	@Column(name = "plan_round", nullable = false)
	private int planRound;

	@Column(name = "contingency_contacts", length = 2000)
	private String contingencyContacts;

	@Column(name = "contingency_plan", length = 4000)
	private String contingencyPlan;

	@Column(name = "plan_accepted_by", length = 64)
	private String planAcceptedBy;

	@Column(name = "plan_accepted_at")
	private Instant planAcceptedAt;

	@Column(name = "inspection_number", length = 32)
	private String inspectionNumber;

	@Column(name = "checked_by", length = 64)
	private String checkedBy;

	@Column(name = "checked_at")
	private Instant checkedAt;

	@Column(name = "check_overdue_at")
	private Instant checkOverdueAt;

	@Column(name = "check_findings", length = 4000)
	private String checkFindings;

	@Column(name = "finding_open", nullable = false)
	private boolean findingOpen;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "finding_outcome", length = 16)
	private String findingOutcome;

	@Column(name = "finding_resolution", length = 4000)
	private String findingResolution;

	@Column(name = "finding_resolved_by", length = 64)
	private String findingResolvedBy;

	@Column(name = "finding_resolved_at")
	private Instant findingResolvedAt;

	@Column(name = "summary_happened", length = 4000)
	private String summaryHappened;

	@Column(name = "summary_faults", length = 4000)
	private String summaryFaults;

	@Column(name = "summary_actions", length = 4000)
	private String summaryActions;

	@Column(name = "summary_by", length = 64)
	private String summaryBy;

	@Column(name = "summary_at")
	private Instant summaryAt;

	@Column(name = "closed_by", length = 64)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected SupportEvent() {
	}

	SupportEvent(String number, String processInstanceId, EventRequest request, String user, Instant at,
			CheckWindow check) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.status = EventStatus.PLANNING;
		this.name = request.name();
		this.startsAt = request.startsAt();
		this.endsAt = request.endsAt();
		this.place = request.place();
		this.criticalSystems = request.criticalSystems();
		this.engineersRequired = request.engineersRequired();
		this.arrivalRequiredAt = request.arrivalRequiredAt();
		this.contact = request.contact();
		this.requestedBy = user;
		this.requestedAt = at;
		this.checkOpensAt = check.opensAt();
		this.checkDue = check.due();
	}

	void submitPlan(EventPlan plan) {
		requireStatus(EventStatus.PLANNING);
		this.planRound = plan.getRound();
		this.contingencyContacts = plan.getContingencyContacts();
		this.contingencyPlan = plan.getContingencyPlan();
		this.status = EventStatus.PLAN_REVIEW;
	}

	void decidePlan(boolean accepted, String user, Instant at) {
		requireStatus(EventStatus.PLAN_REVIEW);
		if (accepted) {
			this.planAcceptedBy = user;
			this.planAcceptedAt = at;
			this.status = EventStatus.PREPARING;
		}
		else {
			this.status = EventStatus.PLANNING;
		}
	}

	void linkInspection(String inspectionNumber) {
		this.inspectionNumber = inspectionNumber;
	}

	void recordCheck(String findings, boolean open, String user, Instant at) {
		requireStatus(EventStatus.PREPARING);
		this.checkFindings = findings;
		this.findingOpen = open;
		this.checkedBy = user;
		this.checkedAt = at;
	}

	void checkOverdue(Instant at) {
		this.checkOverdueAt = at;
	}

	void escalate(Instant at) {
		this.escalatedAt = at;
	}

	void resolveFindings(String outcome, String resolution, String user, Instant at) {
		this.findingOutcome = outcome;
		this.findingResolution = resolution;
		this.findingResolvedBy = user;
		this.findingResolvedAt = at;
	}

	void ended() {
		requireStatus(EventStatus.PREPARING);
		this.status = EventStatus.SUMMARY;
	}

	void summarise(String happened, String faults, String actions, String user, Instant at) {
		requireStatus(EventStatus.SUMMARY);
		this.summaryHappened = happened;
		this.summaryFaults = faults;
		this.summaryActions = actions;
		this.summaryBy = user;
		this.summaryAt = at;
		this.status = EventStatus.SUMMARY_REVIEW;
	}

	void decideSummary(boolean close, String user, Instant at) {
		requireStatus(EventStatus.SUMMARY_REVIEW);
		if (close) {
			this.closedBy = user;
			this.closedAt = at;
			this.status = EventStatus.CLOSED;
		}
		else {
			this.status = EventStatus.SUMMARY;
		}
	}

	/** Returns whether the moment lies within the event, from its start to its end. */
	public boolean isInProgressAt(Instant moment) {
		return !moment.isBefore(this.startsAt) && moment.isBefore(this.endsAt);
	}

	private void requireStatus(EventStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("event " + this.number + " is " + this.status.name().toLowerCase()
					+ " and does not allow this step");
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

	public EventStatus getStatus() {
		return this.status;
	}

	public String getName() {
		return this.name;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public String getCriticalSystems() {
		return this.criticalSystems;
	}

	public int getEngineersRequired() {
		return this.engineersRequired;
	}

	public Instant getArrivalRequiredAt() {
		return this.arrivalRequiredAt;
	}

	public String getContact() {
		return this.contact;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getCheckOpensAt() {
		return this.checkOpensAt;
	}

	public Instant getCheckDue() {
		return this.checkDue;
	}

	public int getPlanRound() {
		return this.planRound;
	}

	public String getContingencyContacts() {
		return this.contingencyContacts;
	}

	public String getContingencyPlan() {
		return this.contingencyPlan;
	}

	public String getPlanAcceptedBy() {
		return this.planAcceptedBy;
	}

	public Instant getPlanAcceptedAt() {
		return this.planAcceptedAt;
	}

	public String getInspectionNumber() {
		return this.inspectionNumber;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	public Instant getCheckOverdueAt() {
		return this.checkOverdueAt;
	}

	public String getCheckFindings() {
		return this.checkFindings;
	}

	public boolean isFindingOpen() {
		return this.findingOpen;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public String getFindingOutcome() {
		return this.findingOutcome;
	}

	public String getFindingResolution() {
		return this.findingResolution;
	}

	public String getFindingResolvedBy() {
		return this.findingResolvedBy;
	}

	public Instant getFindingResolvedAt() {
		return this.findingResolvedAt;
	}

	public String getSummaryHappened() {
		return this.summaryHappened;
	}

	public String getSummaryFaults() {
		return this.summaryFaults;
	}

	public String getSummaryActions() {
		return this.summaryActions;
	}

	public String getSummaryBy() {
		return this.summaryBy;
	}

	public Instant getSummaryAt() {
		return this.summaryAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
