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
import jakarta.persistence.Version;

/**
 * A change: its current request for change in brief, and what was done to it step by
 * step. The full text of each submission is a {@link ChangeVersion}. Each step sets its
 * own columns. A change in a final state rejects every step, so a correction is recorded
 * as a new journal entry instead.
 */
@Entity
@Table(name = "desk_change")
public class Change {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ChangeStatus status;

	@Column(nullable = false)
	private boolean emergency;

	@Column(name = "current_version", nullable = false)
	private int currentVersion;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_type", nullable = false, length = 32)
	private ChangeType changeType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ChangeRisk risk;

	@Column(nullable = false, length = 500)
	private String modules;

	@Column(name = "raised_by", nullable = false, length = 64)
	private String raisedBy;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(name = "requester_user", nullable = false, length = 64)
	private String requesterUser;

	@Column(name = "corrects_change", length = 32)
	private String correctsChange;

	@Column(length = 4000)
	private String assessment;

	@Column(name = "assessed_by", length = 64)
	private String assessedBy;

	@Column(name = "assessed_at")
	private Instant assessedAt;

	@Column(name = "approval_due")
	private Instant approvalDue;

	@Column(name = "changed_files", length = 4000)
	private String changedFiles;

	@Column(length = 1000)
	private String revisions;

	@Column(name = "configuration_items", length = 2000)
	private String configurationItems;

	@Column(length = 2000)
	private String templates;

	@Column(name = "implementation_note", length = 4000)
	private String implementationNote;

	@Column(name = "comments_confirmed")
	private Boolean commentsConfirmed;

	@Column(name = "implemented_by", length = 64)
	private String implementedBy;

	@Column(name = "implemented_at")
	private Instant implementedAt;

	@Column(name = "verification_note", length = 4000)
	private String verificationNote;

	@Column(name = "verified_by", length = 64)
	private String verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "release_note", length = 4000)
	private String releaseNote;

	@Column(name = "released_by", length = 64)
	private String releasedBy;

	@Column(name = "released_at")
	private Instant releasedAt;

	@Column(name = "rollback_note", length = 4000)
	private String rollbackNote;

	@Column(name = "rolled_back_by", length = 64)
	private String rolledBackBy;

	@Column(name = "rolled_back_at")
	private Instant rolledBackAt;

	@Column(name = "review_note", length = 4000)
	private String reviewNote;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Change() {
	}

	Change(String number, String processInstanceId, ChangeRequest request, boolean emergency, String raisedBy,
			String requesterUser, String correctsChange, Instant raisedAt) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.status = ChangeStatus.SUBMITTED;
		this.emergency = emergency;
		this.raisedBy = raisedBy;
		this.requesterUser = requesterUser;
		this.correctsChange = correctsChange;
		this.raisedAt = raisedAt;
		adopt(request, 1);
	}

	/** Returns whether the vendor's maintenance department approves this change too. */
	public boolean needsVendorApproval() {
		return this.risk == ChangeRisk.HIGH || this.emergency;
	}

	void adopt(ChangeRequest request, int version) {
		this.currentVersion = version;
		this.title = request.title();
		this.changeType = request.type();
		this.risk = request.risk();
		this.modules = request.modules();
	}

	void assess(String assessment, ChangeRisk risk, String user, Instant at) {
		requireOpen();
		this.assessment = assessment;
		this.risk = risk;
		this.assessedBy = user;
		this.assessedAt = at;
		this.status = ChangeStatus.ASSESSED;
	}

	void awaitApproval(Instant due) {
		requireOpen();
		this.approvalDue = due;
		this.status = ChangeStatus.AWAITING_APPROVAL;
	}

	void concludeApproval(boolean approved) {
		requireOpen();
		this.status = approved ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
	}

	void revise(ChangeRequest request, int version) {
		requireOpen();
		adopt(request, version);
		this.status = ChangeStatus.SUBMITTED;
	}

	void implement(Implementation implementation, String user, Instant at) {
		requireOpen();
		this.changedFiles = implementation.files();
		this.revisions = implementation.revisions();
		this.configurationItems = implementation.configurationItems();
		this.templates = implementation.templates();
		this.implementationNote = implementation.note();
		this.commentsConfirmed = implementation.commentsConfirmed();
		this.implementedBy = user;
		this.implementedAt = at;
		this.status = ChangeStatus.IMPLEMENTED;
	}

	/**
	 * Records the verification; a failed one leaves the change implemented, for rollback.
	 */
	void verify(boolean passed, String note, String user, Instant at) {
		requireOpen();
		this.verificationNote = note;
		this.verifiedBy = user;
		this.verifiedAt = at;
		if (passed) {
			this.status = ChangeStatus.VERIFIED;
		}
	}

	void release(boolean released, String note, String user, Instant at) {
		requireOpen();
		this.releaseNote = note;
		this.releasedBy = user;
		this.releasedAt = at;
		if (released) {
			this.status = ChangeStatus.RELEASED;
		}
	}

	void rollBack(String note, String user, Instant at) {
		requireOpen();
		this.rollbackNote = note;
		this.rolledBackBy = user;
		this.rolledBackAt = at;
		end(ChangeStatus.ROLLED_BACK, at);
	}

	void review(String note, String user, Instant at) {
		requireOpen();
		this.reviewNote = note;
		this.reviewedBy = user;
		this.reviewedAt = at;
		end(ChangeStatus.CLOSED, at);
	}

	void withdraw(Instant at) {
		requireOpen();
		end(ChangeStatus.WITHDRAWN, at);
	}

	private void end(ChangeStatus finalStatus, Instant at) {
		this.status = finalStatus;
		this.endedAt = at;
	}

	/**
	 * Refuses any step on a change that has ended, whatever the caller: a closed change
	 * is corrected by a new journal entry that refers to it.
	 */
	void requireOpen() {
		if (this.status.isFinal()) {
			throw new IllegalStateException("change " + this.number + " is " + this.status.name().toLowerCase()
					+ " and cannot be edited; record a correction instead");
		}
	}

	/** The implementation record apart from the remote sessions. */
	record Implementation(String files, String revisions, String configurationItems, String templates, String note,
			boolean commentsConfirmed) {
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

	public ChangeStatus getStatus() {
		return this.status;
	}

	public boolean isEmergency() {
		return this.emergency;
	}

	public int getCurrentVersion() {
		return this.currentVersion;
	}

	public String getTitle() {
		return this.title;
	}

	public ChangeType getChangeType() {
		return this.changeType;
	}

	public ChangeRisk getRisk() {
		return this.risk;
	}

	public String getModules() {
		return this.modules;
	}

	public String getRaisedBy() {
		return this.raisedBy;
	}

	public Instant getRaisedAt() {
		return this.raisedAt;
	}

	public String getRequesterUser() {
		return this.requesterUser;
	}

	public String getCorrectsChange() {
		return this.correctsChange;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public Instant getAssessedAt() {
		return this.assessedAt;
	}

	public Instant getApprovalDue() {
		return this.approvalDue;
	}

	public String getChangedFiles() {
		return this.changedFiles;
	}

	public String getRevisions() {
		return this.revisions;
	}

	public String getConfigurationItems() {
		return this.configurationItems;
	}

	public String getTemplates() {
		return this.templates;
	}

	public String getImplementationNote() {
		return this.implementationNote;
	}

	public Boolean getCommentsConfirmed() {
		return this.commentsConfirmed;
	}

	public String getImplementedBy() {
		return this.implementedBy;
	}

	public Instant getImplementedAt() {
		return this.implementedAt;
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

	public String getReleaseNote() {
		return this.releaseNote;
	}

	public String getReleasedBy() {
		return this.releasedBy;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

	public String getRollbackNote() {
		return this.rollbackNote;
	}

	public String getRolledBackBy() {
		return this.rolledBackBy;
	}

	public Instant getRolledBackAt() {
		return this.rolledBackAt;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public long getEntityVersion() {
		return this.entityVersion;
	}

}
