package com.limsdesk.fault;

import java.time.Instant;

import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
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
 * A fault ticket: the report, its classification, every deadline and what was done. The
 * fault process refers to it by id; the ticket number is the process instance's business
 * key.
 */
@Entity
@Table(name = "desk_fault_ticket")
public class FaultTicket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FaultStatus status;

	@Column(name = "contact_name", nullable = false, length = 100)
	private String contactName;

	@Column(name = "contact_phone", nullable = false, length = 40)
	private String contactPhone;

	@Column(nullable = false, length = 100)
	private String module;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "affected_users", nullable = false)
	private int affectedUsers;

	@Column(name = "started_at")
	private Instant startedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReportChannel channel;

	@Column(name = "reporter_user", nullable = false, length = 64)
	private String reporterUser;

	@Column(name = "filed_by", nullable = false, length = 64)
	private String filedBy;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private FaultCategory category;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Severity severity;

	@Column(name = "response_due", nullable = false)
	private Instant responseDue;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "responded_by", length = 64)
	private String respondedBy;

	@Column(name = "repair_clock_start")
	private Instant repairClockStart;

	@Column(name = "repair_due")
	private Instant repairDue;

	@Column(name = "repair_warning_at")
	private Instant repairWarningAt;

	@Column(name = "onsite_dispatched_at")
	private Instant onSiteDispatchedAt;

	@Column(name = "onsite_due")
	private Instant onSiteDue;

	@Column(name = "onsite_arrived_at")
	private Instant onSiteArrivedAt;

	@Column(name = "onsite_arrived_by", length = 64)
	private String onSiteArrivedBy;

	@Column(name = "fixed_at")
	private Instant fixedAt;

	@Column(name = "fixed_by", length = 64)
	private String fixedBy;

	@Column(name = "fix_cause", length = 4000)
	private String fixCause;

	@Column(name = "fix_actions", length = 4000)
	private String fixActions;

	@Column(name = "data_affected")
	private Boolean dataAffected;

	@Column(name = "data_correction", length = 4000)
	private String dataCorrection;

	@Column(name = "confirmation_due")
	private Instant confirmationDue;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by", length = 64)
	private String closedBy;

	@Column(name = "reopen_count", nullable = false)
	private int reopenCount;

	@Version
	private long version;

	protected FaultTicket() {
	}

	FaultTicket(String number, FaultReport report, String filedBy, Instant reportedAt, Instant responseDue) {
		this.number = number;
		this.status = FaultStatus.AWAITING_TRIAGE;
		this.contactName = report.contactName();
		this.contactPhone = report.contactPhone();
		this.module = report.module();
		this.description = report.description();
		this.affectedUsers = report.affectedUsers();
		this.startedAt = report.startedAt();
		this.channel = report.channel();
		this.reporterUser = (report.reporterUser() != null) ? report.reporterUser() : filedBy;
		this.filedBy = filedBy;
		this.reportedAt = reportedAt;
		this.responseDue = responseDue;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void classify(FaultCategory category, Severity severity, Instant responseDue) {
		this.category = category;
		this.severity = severity;
		this.responseDue = responseDue;
	}

	void respond(Instant at, String by) {
		this.respondedAt = at;
		this.respondedBy = by;
		this.status = FaultStatus.IN_REPAIR;
	}

	void startRepairClock(Instant start, Instant warningAt, Instant due) {
		this.repairClockStart = start;
		this.repairWarningAt = warningAt;
		this.repairDue = due;
	}

	void dispatchOnSite(Instant at, Instant due) {
		this.onSiteDispatchedAt = at;
		this.onSiteDue = due;
		this.onSiteArrivedAt = null;
		this.onSiteArrivedBy = null;
		this.status = FaultStatus.AWAITING_ARRIVAL;
	}

	void arriveOnSite(Instant at, String by) {
		this.onSiteArrivedAt = at;
		this.onSiteArrivedBy = by;
		this.status = FaultStatus.IN_REPAIR;
	}

	void recordFix(Instant at, String by, String cause, String actions, boolean dataAffected, String correction,
			Instant confirmationDue) {
		this.fixedAt = at;
		this.fixedBy = by;
		this.fixCause = cause;
		this.fixActions = actions;
		this.dataAffected = dataAffected;
		this.dataCorrection = correction;
		this.confirmationDue = confirmationDue;
		this.status = FaultStatus.AWAITING_CONFIRMATION;
	}

	void reopen() {
		this.reopenCount++;
		this.confirmationDue = null;
		this.status = FaultStatus.IN_REPAIR;
	}

	void close(Instant at, String by, FaultStatus closedState) {
		this.closedAt = at;
		this.closedBy = by;
		this.status = closedState;
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

	public FaultStatus getStatus() {
		return this.status;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public String getModule() {
		return this.module;
	}

	public String getDescription() {
		return this.description;
	}

	public int getAffectedUsers() {
		return this.affectedUsers;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public ReportChannel getChannel() {
		return this.channel;
	}

	public String getReporterUser() {
		return this.reporterUser;
	}

	public String getFiledBy() {
		return this.filedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public FaultCategory getCategory() {
		return this.category;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public Instant getResponseDue() {
		return this.responseDue;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

	public String getRespondedBy() {
		return this.respondedBy;
	}

	public Instant getRepairClockStart() {
		return this.repairClockStart;
	}

	public Instant getRepairDue() {
		return this.repairDue;
	}

	public Instant getRepairWarningAt() {
		return this.repairWarningAt;
	}

	public Instant getOnSiteDispatchedAt() {
		return this.onSiteDispatchedAt;
	}

	public Instant getOnSiteDue() {
		return this.onSiteDue;
	}

	public Instant getOnSiteArrivedAt() {
		return this.onSiteArrivedAt;
	}

	public String getOnSiteArrivedBy() {
		return this.onSiteArrivedBy;
	}

	public Instant getFixedAt() {
		return this.fixedAt;
	}

	public String getFixedBy() {
		return this.fixedBy;
	}

	public String getFixCause() {
		return this.fixCause;
	}

	public String getFixActions() {
		return this.fixActions;
	}

	public Boolean getDataAffected() {
		return this.dataAffected;
	}

	public String getDataCorrection() {
		return this.dataCorrection;
	}

	public Instant getConfirmationDue() {
		return this.confirmationDue;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public int getReopenCount() {
		return this.reopenCount;
	}

}
