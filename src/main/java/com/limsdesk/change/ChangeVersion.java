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

/** One submission of a request for change, kept unchanged once written. */
@Entity
@Table(name = "desk_change_version")
public class ChangeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	@Column(nullable = false, updatable = false)
	private int version;

	@Column(nullable = false, updatable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_type", nullable = false, updatable = false, length = 32)
	private ChangeType changeType;

	@Column(nullable = false, updatable = false, length = 4000)
	private String reason;

	@Column(nullable = false, updatable = false, length = 500)
	private String modules;

	@Column(nullable = false, updatable = false, length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private ChangeRisk risk;

	@Column(name = "user_impact", nullable = false, updatable = false, length = 2000)
	private String userImpact;

	@Column(name = "test_plan", nullable = false, updatable = false, length = 4000)
	private String testPlan;

	@Column(name = "rollback_plan", nullable = false, updatable = false, length = 4000)
	private String rollbackPlan;

	@Column(name = "window_start", nullable = false, updatable = false)
	private Instant windowStart;

	@Column(name = "window_end", nullable = false, updatable = false)
	private Instant windowEnd;

	@Column(name = "linked_tickets", updatable = false, length = 500)
	private String linkedTickets;

	@Column(name = "linked_requests", updatable = false, length = 500)
	private String linkedRequests;

	@Column(name = "revision_note", updatable = false, length = 2000)
	private String revisionNote;

	@Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	protected ChangeVersion() {
	}

	ChangeVersion(Long changeId, int version, ChangeRequest request, String revisionNote, String submittedBy,
			Instant submittedAt) {
		this.changeId = changeId;
		this.version = version;
		this.title = request.title();
		this.changeType = request.type();
		this.reason = request.reason();
		this.modules = request.modules();
		this.description = request.description();
		this.risk = request.risk();
		this.userImpact = request.userImpact();
		this.testPlan = request.testPlan();
		this.rollbackPlan = request.rollbackPlan();
		this.windowStart = request.windowStart();
		this.windowEnd = request.windowEnd();
		this.linkedTickets = String.join(", ", request.linkedTickets());
		this.linkedRequests = String.join(", ", request.linkedRequests());
		this.revisionNote = revisionNote;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
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

	public String getTitle() {
		return this.title;
	}

	public ChangeType getChangeType() {
		return this.changeType;
	}

	public String getReason() {
		return this.reason;
	}

	public String getModules() {
		return this.modules;
	}

	public String getDescription() {
		return this.description;
	}

	public ChangeRisk getRisk() {
		return this.risk;
	}

	public String getUserImpact() {
		return this.userImpact;
	}

	public String getTestPlan() {
		return this.testPlan;
	}

	public String getRollbackPlan() {
		return this.rollbackPlan;
	}

	public Instant getWindowStart() {
		return this.windowStart;
	}

	public Instant getWindowEnd() {
		return this.windowEnd;
	}

	public String getLinkedTickets() {
		return this.linkedTickets;
	}

	public String getLinkedRequests() {
		return this.linkedRequests;
	}

	public String getRevisionNote() {
		return this.revisionNote;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
