package com.limsdesk.faq;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a FAQ article: its texts and status, who made it, when and why. */
@Entity
@Table(name = "desk_faq_article_version")
public class FaqArticleVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id", nullable = false, updatable = false)
	private Long articleId;

	@Column(nullable = false, updatable = false)
	private int version;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false, updatable = false, length = 16)
	private FaqChange change;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private FaqStatus status;

	@Column(nullable = false, updatable = false, length = FaqContent.TITLE_LENGTH)
	private String title;

	@Column(nullable = false, updatable = false, length = FaqContent.TEXT_LENGTH)
	private String question;

	@Column(nullable = false, updatable = false, length = FaqContent.TEXT_LENGTH)
	private String answer;

	@Column(nullable = false, updatable = false, length = FaqContent.MODULE_LENGTH)
	private String module;

	@Column(updatable = false, length = FaqContent.KEYWORDS_LENGTH)
	private String keywords;

	@Column(updatable = false, length = FaqContent.SOURCES_LENGTH)
	private String sources;

	@Column(nullable = false, updatable = false, length = FaqService.REASON_LENGTH)
	private String reason;

	@Column(name = "changed_by", nullable = false, updatable = false, length = 64)
	private String changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	protected FaqArticleVersion() {
	}

	/** Records the article as it is now, after a change for the given reason. */
	FaqArticleVersion(FaqArticle article, FaqChange change, String reason) {
		this.articleId = article.getId();
		this.version = article.getCurrentVersion();
		this.change = change;
		this.status = article.getStatus();
		this.title = article.getTitle();
		this.question = article.getQuestion();
		this.answer = article.getAnswer();
		this.module = article.getModule();
		this.keywords = article.getKeywords();
		this.sources = article.getSources();
		this.reason = reason;
		this.changedBy = article.getUpdatedBy();
		this.changedAt = article.getUpdatedAt();
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public int getVersion() {
		return this.version;
	}

	public FaqChange getChange() {
		return this.change;
	}

	public FaqStatus getStatus() {
		return this.status;
	}

	public String getTitle() {
		return this.title;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getAnswer() {
		return this.answer;
	}

	public String getModule() {
		return this.module;
	}

	public List<String> keywordList() {
		return FaqContent.splitStored(this.keywords);
	}

	public List<String> sourceList() {
		return FaqContent.splitStored(this.sources);
	}

	public String getReason() {
		return this.reason;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
