package com.limsdesk.notification;

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
 * A mail waiting to be sent or already sent. Recipients are kept as group and user ids
 * and resolved to addresses when the mail goes out, so that an address added later still
 * counts.
 */
@Entity
@Table(name = "desk_notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_groups", length = 1000)
	private String recipientGroups;

	@Column(name = "recipient_users", length = 1000)
	private String recipientUsers;

	@Column(nullable = false, length = 500)
	private String subject;

	@Column(nullable = false, length = 8000)
	private String body;

	@Column(length = 100)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "sent_to", length = 2000)
	private String sentTo;

	@Column(name = "last_error", length = 1000)
	private String lastError;

	protected Notification() {
	}

	Notification(String recipientGroups, String recipientUsers, String subject, String body, String reference,
			Instant createdAt) {
		this.recipientGroups = recipientGroups;
		this.recipientUsers = recipientUsers;
		this.subject = subject;
		this.body = body;
		this.reference = reference;
		this.status = Status.PENDING;
		this.createdAt = createdAt;
		this.nextAttemptAt = createdAt;
	}

	void markSent(Instant at, String addresses) {
		this.status = Status.SENT;
		this.sentAt = at;
		this.sentTo = addresses;
		this.attempts++;
		this.lastError = null;
	}

	void markFailed(String error, Instant nextAttempt) {
		this.attempts++;
		this.lastError = (error.length() > 1000) ? error.substring(0, 1000) : error;
		this.nextAttemptAt = nextAttempt;
	}

	Long getId() {
		return this.id;
	}

	String getRecipientGroups() {
		return this.recipientGroups;
	}

	String getRecipientUsers() {
		return this.recipientUsers;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	String getReference() {
		return this.reference;
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	String getSentTo() {
		return this.sentTo;
	}

	/**
	 * Delivery state. A notification is never deleted, and stays pending until it is
	 * sent.
	 */
	enum Status {

		PENDING, SENT

	}

}
