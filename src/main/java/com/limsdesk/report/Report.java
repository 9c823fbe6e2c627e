package com.limsdesk.report;

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
import jakarta.persistence.Version;

/**
 * A periodic report of one kind and period. Its texts and documents are in its versions,
 * which are never changed; this row holds only where the report stands.
 */
@Entity
@Table(name = "desk_report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String number;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private ReportKind kind;

	@Column(name = "period_start", nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false, updatable = false)
	private LocalDate periodEnd;

	@Column(name = "due_at", nullable = false, updatable = false)
	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReportStatus status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "last_submitted_at")
	private Instant lastSubmittedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "approved_by", length = 64)
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Report() {
	}

	Report(ReportPeriod period, Instant dueAt, Instant createdAt) {
		this.number = period.number();
		this.kind = period.kind();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.dueAt = dueAt;
		this.createdAt = createdAt;
		this.status = ReportStatus.DRAFTING;
	}

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void submitted(Instant at) {
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = at;
		}
		this.lastSubmittedAt = at;
		this.status = ReportStatus.SUBMITTED;
	}

	void returned() {
		this.status = ReportStatus.RETURNED;
	}

	void approved(String user, Instant at) {
		this.approvedBy = user;
		this.approvedAt = at;
		this.status = ReportStatus.APPROVED;
	}

	void escalated(Instant at) {
		this.escalatedAt = at;
	}

	/**
	 * Returns whether the first submission came after the due time, or none came by now.
	 */
	public boolean isLate(Instant now) {
		return (this.firstSubmittedAt != null) ? this.firstSubmittedAt.isAfter(this.dueAt) : !now.isBefore(this.dueAt);
	}

	public ReportPeriod period() {
		return new ReportPeriod(this.kind, this.periodStart, this.periodEnd);
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

	public ReportKind getKind() {
		return this.kind;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	public Instant getLastSubmittedAt() {
		return this.lastSubmittedAt;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
