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

/**
 * One message of a consultation's thread: the question, an answer or a follow-up. An
 * answer names the FAQ article it created or updated.
 */
@Entity
@Table(name = "desk_consultation_message")
public class ConsultationMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private Long consultationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Kind kind;

	@Column(nullable = false, updatable = false, length = 64)
	private String author;

	@Column(name = "written_at", nullable = false, updatable = false)
	private Instant writtenAt;

	@Column(nullable = false, updatable = false, length = 4000)
	private String text;

	@Column(name = "faq_article", updatable = false, length = 16)
	private String faqArticle;

	protected ConsultationMessage() {
	}

	ConsultationMessage(Long consultationId, Kind kind, String author, Instant writtenAt, String text,
			String faqArticle) {
		this.consultationId = consultationId;
		this.kind = kind;
		this.author = author;
		this.writtenAt = writtenAt;
		this.text = text;
		this.faqArticle = faqArticle;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getText() {
		return this.text;
	}

	public String getFaqArticle() {
		return this.faqArticle;
	}

	/** The kind of a message, with the label users read. */
	public enum Kind {

		QUESTION("提问"), ANSWER("答复"), FOLLOW_UP("追问");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
