package com.limsdesk.request;

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
 * A service request: what was asked, the response deadline and each step taken. The
 * records a data correction names are {@link RequestRecord}s.
 */
@Entity
@Table(name = "desk_service_request")
public class ServiceRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private RequestStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "request_type", nullable = false, length = 32)
	private RequestType requestType;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_operation", length = 16)
	private DataOperation dataOperation;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(nullable = false, length = 100)
	private String module;

	@Column(name = "contact_name", nullable = false, length = 100)
	private String contactName;

	@Column(name = "contact_phone", nullable = false, length = 40)
	private String contactPhone;

	@Column(name = "requester_user", nullable = false, length = 64)
	private String requesterUser;

	@Column(name = "filed_by", nullable = false, length = 64)
	private String filedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "fault_number", length = 32)
	private String faultNumber;

	@Column(name = "restore_scope", length = 2000)
	private String restoreScope;

	@Column(name = "restore_point")
	private Instant restorePoint;

	@Column(length = 4000)
	private String reason;

	@Column(length = 4000)
	private String evidence;

	@Column(name = "response_due", nullable = false)
	private Instant responseDue;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "responded_by", length = 64)
	private String respondedBy;

	@Column(name = "response_breached", nullable = false)
	private boolean responseBreached;

	@Column(length = 4000)
	private String answer;

	@Column(length = 4000)
	private String assessment;

	@Column(name = "approval_comment", length = 2000)
	private String approvalComment;

	@Column(name = "approved_by", length = 64)
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "work_done", length = 4000)
	private String workDone;

	@Column(name = "backup_reference", length = 500)
	private String backupReference;

	@Column(name = "performed_by", length = 64)
	private String performedBy;

	@Column(name = "performed_at")
	private Instant performedAt;

	@Column(name = "verification_note", length = 2000)
	private String verificationNote;

	@Column(name = "verified_by", length = 64)
	private String verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "change_number", length = 32)
	private String changeNumber;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected ServiceRequest() {
	}

	ServiceRequest(String number, String processInstanceId, RequestForm form, String requesterUser, String filedBy,
			Instant requestedAt, Instant responseDue) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.status = RequestStatus.SUBMITTED;
		this.requestType = form.type();
		this.dataOperation = form.dataOperation();
		this.title = form.title();
		this.description = form.description();
		this.module = form.module();
		this.contactName = form.contactName();
		this.contactPhone = form.contactPhone();
		this.faultNumber = form.faultNumber();
		this.restoreScope = form.restoreScope();
		this.restorePoint = form.restorePoint();
		this.reason = form.reason();
		this.evidence = form.evidence();
		this.requesterUser = requesterUser;
		this.filedBy = filedBy;
		this.requestedAt = requestedAt;
		this.responseDue = responseDue;
	}

	/** Returns whether a manager approves this request before anything is changed. */
	public boolean needsApproval() {
		return this.requestType.route() == RequestType.Route.CORRECTION || this.dataOperation == DataOperation.RESTORE;
	}

	/** Returns whether the requester verifies the result at the end. */
	public boolean needsVerification() {
		RequestType.Route route = this.requestType.route();
		return route == RequestType.Route.CORRECTION || route == RequestType.Route.CHANGE;
	}

	void respond(String user, Instant at) {
		requireOpen();
		if (this.respondedAt == null) {
			this.respondedAt = at;
			this.respondedBy = user;
			this.responseBreached = this.responseBreached || at.isAfter(this.responseDue);
		}
	}

	void markResponseBreached() {
		this.responseBreached = true;
	}

	void answer(String answer, String user, Instant at) {
		respond(user, at);
		this.answer = answer;
		end(RequestStatus.COMPLETED, at);
	}

	void assess(String assessment, boolean accepted, String user, Instant at) {
		respond(user, at);
		this.assessment = assessment;
		if (accepted) {
			this.status = RequestStatus.ACCEPTED;
		}
		else {
			end(RequestStatus.DECLINED, at);
		}
	}

	void decide(boolean approved, String comment, String user, Instant at) {
		requireOpen();
		this.approvalComment = comment;
		this.approvedBy = user;
		this.approvedAt = at;
		if (approved) {
			this.status = RequestStatus.APPROVED;
		}
		else {
			end(RequestStatus.REJECTED, at);
		}
	}

	/**
	 * Records the data work, which needs the request accepted, and approved as well when
	 * it changes or restores data.
	 */
	void perform(String workDone, String backupReference, String user, Instant at) {
		requireOpen();
		RequestStatus ready = needsApproval() ? RequestStatus.APPROVED : RequestStatus.ACCEPTED;
		if (this.status != ready) {
			throw new IllegalStateException("service request " + this.number + " is " + this.status.name()
					+ ", and its data work needs it " + ready.name());
		}
		this.workDone = workDone;
		this.backupReference = backupReference;
		this.performedBy = user;
		this.performedAt = at;
		this.status = RequestStatus.PERFORMED;
		if (!needsVerification()) {
			end(RequestStatus.COMPLETED, at);
		}
	}

	void startChange() {
		requireOpen();
		this.status = RequestStatus.IN_CHANGE;
	}

	void linkChange(String changeNumber) {
		requireOpen();
		this.changeNumber = changeNumber;
	}

	void changeEnded(String changeNumber, boolean released, Instant at) {
		requireOpen();
		this.changeNumber = changeNumber;
		if (released) {
			this.status = RequestStatus.PERFORMED;
		}
		else {
			end(RequestStatus.NOT_IMPLEMENTED, at);
		}
	}

	void verify(boolean passed, String note, String user, Instant at) {
		requireOpen();
		if (this.status != RequestStatus.PERFORMED) {
			throw new IllegalStateException("service request " + this.number + " is " + this.status.name()
					+ ", not performed, so it cannot be verified");
		}
		this.verificationNote = note;
		this.verifiedBy = user;
		this.verifiedAt = at;
		if (passed) {
			end(RequestStatus.COMPLETED, at);
		}
		else {
			this.status = (this.requestType.route() == RequestType.Route.CHANGE) ? RequestStatus.ACCEPTED
					: RequestStatus.APPROVED;
		}
	}

	private void end(RequestStatus finalStatus, Instant at) {
		this.status = finalStatus;
		this.endedAt = at;
	}

	private void requireOpen() {
		if (this.status.isFinal()) {
			throw new IllegalStateException("service request " + this.number + " has ended and cannot be edited");
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

	public RequestStatus getStatus() {
		return this.status;
	}

	public RequestType getRequestType() {
		return this.requestType;
	}

	public DataOperation getDataOperation() {
		return this.dataOperation;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getModule() {
		return this.module;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public String getRequesterUser() {
		return this.requesterUser;
	}

	public String getFiledBy() {
		return this.filedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getFaultNumber() {
		return this.faultNumber;
	}

	public String getRestoreScope() {
		return this.restoreScope;
	}

	public Instant getRestorePoint() {
		return this.restorePoint;
	}

	public String getReason() {
		return this.reason;
	}

	public String getEvidence() {
		return this.evidence;
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

	public boolean isResponseBreached() {
		return this.responseBreached;
	}

	public String getAnswer() {
		return this.answer;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public String getApprovalComment() {
		return this.approvalComment;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getWorkDone() {
		return this.workDone;
	}

	public String getBackupReference() {
		return this.backupReference;
	}

	public String getPerformedBy() {
		return this.performedBy;
	}

	public Instant getPerformedAt() {
		return this.performedAt;
	}

	public String getVerificationNote() {
		return this.verificationNote;
	}

	public String getVerifiedBy() {
		return this.verifiedBy;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

	public String getChangeNumber() {
		return this.changeNumber;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public long getEntityVersion() {
		return this.entityVersion;
	}

}
