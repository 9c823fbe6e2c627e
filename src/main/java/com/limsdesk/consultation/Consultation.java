package com.limsdesk.consultation;

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
 * A question that a user asked the vendor, with its status and deadlines. The question,
 * every answer and every follow-up are {@link ConsultationMessage}s.
 */
@Entity
@Table(name = "desk_consultation")
public class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ConsultationStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ConsultationCategory category;

	@Column(nullable = false, length = 100)
	private String module;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String question;

	@Column(name = "asked_by", nullable = false, length = 64)
	private String askedBy;

	@Column(name = "asked_at", nullable = false)
	private Instant askedAt;

	@Column(name = "answer_due")
	private Instant answerDue;

	@Column(name = "answer_overdue_at")
	private Instant answerOverdueAt;

	@Column(name = "last_answered_by", length = 64)
	private String lastAnsweredBy;

	@Column(name = "last_answered_at")
	private Instant lastAnsweredAt;

	@Column(name = "reply_due")
	private Instant replyDue;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Consultation() {
	}

	Consultation(String number, String processInstanceId, Question question, String askedBy, Instant askedAt,
			Instant answerDue) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.category = question.category();
		this.module = question.module();
		this.title = question.title();
		this.question = question.text();
		this.askedBy = askedBy;
		this.askedAt = askedAt;
		this.answerDue = answerDue;
		this.status = ConsultationStatus.AWAITING_ANSWER;
	}

	void answer(String user, Instant at, Instant replyDue) {
		requireStatus(ConsultationStatus.AWAITING_ANSWER);
		this.lastAnsweredBy = user;
		this.lastAnsweredAt = at;
		this.replyDue = replyDue;
		this.answerDue = null;
		this.status = ConsultationStatus.ANSWERED;
	}

	void followUp(Instant answerDue) {
		requireStatus(ConsultationStatus.ANSWERED);
		this.answerDue = answerDue;
		this.replyDue = null;
		this.status = ConsultationStatus.AWAITING_ANSWER;
	}

	void markAnswerOverdue(Instant at) {
		requireStatus(ConsultationStatus.AWAITING_ANSWER);
		this.answerOverdueAt = at;
	}

	void close(ConsultationStatus finalStatus, Instant at) {
		requireStatus(ConsultationStatus.ANSWERED);
		this.status = finalStatus;
		this.replyDue = null;
		this.closedAt = at;
	}

	private void requireStatus(ConsultationStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("consultation " + this.number + " is " + this.status.name().toLowerCase()
					+ " and does not allow this step");
		}
	}

	public boolean isOpen() {
		return this.closedAt == null;
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

	public ConsultationStatus getStatus() {
		return this.status;
	}

	public ConsultationCategory getCategory() {
		return this.category;
	}

	public String getModule() {
		return this.module;
	}

	public String getTitle() {
		return this.title;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getAskedBy() {
		return this.askedBy;
	}

	public Instant getAskedAt() {
		return this.askedAt;
	}

	public Instant getAnswerDue() {
		return this.answerDue;
	}

	public Instant getAnswerOverdueAt() {
		return this.answerOverdueAt;
	}

	public String getLastAnsweredBy() {
		return this.lastAnsweredBy;
	}

	public Instant getLastAnsweredAt() {
		return this.lastAnsweredAt;
	}

	public Instant getReplyDue() {
		return this.replyDue;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	/** The checked fields of the question form. */
	record Question(ConsultationCategory category, String module, String title, String text) {
	}

}
