package com.limsdesk.mailintake;

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
 * One mail read from the intake mailbox and what became of it. The unique message key
 * makes a second processing of the same mail fail to commit, and the version makes two
 * pollers that retry the same failed mail commit only once.
 */
@Entity
@Table(name = "desk_mail_intake")
class IntakeMail {

	static final int MAX_BODY_LENGTH = 100000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_key", nullable = false, updatable = false, length = 600)
	private String messageKey;

	@Column(name = "message_id", length = 500)
	private String messageId;

	@Column(nullable = false, length = 200)
	private String folder;

	@Column(name = "uid_validity")
	private Long uidValidity;

	private Long uid;

	@Column(name = "sender_address", length = 320)
	private String senderAddress;

	@Column(name = "sender_name", length = 200)
	private String senderName;

	@Column(name = "sender_user", length = 64)
	private String senderUser;

	@Column(length = 1000)
	private String subject;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "first_seen_at", nullable = false)
	private Instant firstSeenAt;

	@Column(name = "processed_at")
	private Instant processedAt;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private MailStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "body_kind", length = 16)
	private BodyKind bodyKind;

	@Column(name = "body_text", length = MAX_BODY_LENGTH)
	private String bodyText;

	@Column(length = 4000)
	private String notes;

	@Column(name = "ticket_number", length = 32)
	private String ticketNumber;

	@Column(name = "review_process_instance_id", length = 64)
	private String reviewProcessInstanceId;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "review_reason", length = 2000)
	private String reviewReason;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error", length = 1000)
	private String lastError;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long version;

	protected IntakeMail() {
	}

	IntakeMail(MailboxPosition position, Instant firstSeenAt) {
		this.messageKey = position.key();
		this.messageId = position.messageId();
		this.folder = position.folder();
		this.uidValidity = position.uidValidity();
		this.uid = position.uid();
		this.firstSeenAt = firstSeenAt;
		this.status = MailStatus.RETRYING;
	}

	/** Copies what was read from the mail, before its outcome is decided. */
	void describe(ParsedMail mail, long size) {
		this.senderAddress = Texts.cut(mail.senderAddress(), 320);
		this.senderName = Texts.cut(mail.senderName(), 200);
		this.subject = Texts.cut(mail.subject(), 1000);
		this.sentAt = mail.sentAt();
		this.sizeBytes = size;
		this.bodyKind = mail.bodyKind();
		this.bodyText = Texts.cut(mail.text(), MAX_BODY_LENGTH);
		this.notes = Texts.cut(String.join("；", mail.notes()), 4000);
	}

	void describeOversized(String senderAddress, String subject, long size, String note) {
		this.senderAddress = Texts.cut(senderAddress, 320);
		this.subject = Texts.cut(subject, 1000);
		this.sizeBytes = size;
		this.notes = note;
	}

	void finish(MailStatus outcome, String senderUser, String ticketNumber, Instant at) {
		this.status = outcome;
		this.senderUser = senderUser;
		this.ticketNumber = ticketNumber;
		this.processedAt = at;
		this.lastError = null;
	}

	void awaitReview(String processInstanceId, Instant at) {
		finish(MailStatus.AWAITING_REVIEW, null, null, at);
		this.reviewProcessInstanceId = processInstanceId;
	}

	void review(MailStatus outcome, String engineer, String reason, String ticketNumber) {
		this.status = outcome;
		this.reviewedBy = engineer;
		this.reviewReason = reason;
		this.ticketNumber = ticketNumber;
	}

	/** Counts a failed attempt; gives the mail up once the attempts reach the limit. */
	void fail(String error, int maxAttempts, Instant at) {
		this.attempts++;
		this.lastError = Texts.cut(error, 1000);
		if (this.attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
			this.processedAt = at;
		}
	}

	void addNote(String note) {
		this.notes = Texts.cut((this.notes == null || this.notes.isEmpty()) ? note : this.notes + "；" + note, 4000);
	}

	Long getId() {
		return this.id;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	String getMessageId() {
		return this.messageId;
	}

	String getFolder() {
		return this.folder;
	}

	Long getUid() {
		return this.uid;
	}

	String getSenderAddress() {
		return this.senderAddress;
	}

	String getSenderName() {
		return this.senderName;
	}

	String getSenderUser() {
		return this.senderUser;
	}

	String getSubject() {
		return this.subject;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	Instant getFirstSeenAt() {
		return this.firstSeenAt;
	}

	Instant getProcessedAt() {
		return this.processedAt;
	}

	Long getSizeBytes() {
		return this.sizeBytes;
	}

	MailStatus getStatus() {
		return this.status;
	}

	BodyKind getBodyKind() {
		return this.bodyKind;
	}

	String getBodyText() {
		return this.bodyText;
	}

	String getNotes() {
		return this.notes;
	}

	String getTicketNumber() {
		return this.ticketNumber;
	}

	String getReviewProcessInstanceId() {
		return this.reviewProcessInstanceId;
	}

	String getReviewedBy() {
		return this.reviewedBy;
	}

	String getReviewReason() {
		return this.reviewReason;
	}

	int getAttempts() {
		return this.attempts;
	}

	String getLastError() {
		return this.lastError;
	}

}
