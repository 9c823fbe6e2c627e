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
import jakarta.persistence.Version;

/**
 * A FAQ article as its latest version has it, with the texts normalised for search. Every
 * version, this one included, is a {@link FaqArticleVersion}; the article is never
 * deleted.
 */
@Entity
@Table(name = "desk_faq_article")
public class FaqArticle {

	/** The search columns' lengths, as the table declares them. */
	static final int SEARCH_TITLE_LENGTH = 1000;

	static final int SEARCH_KEYWORDS_LENGTH = 1000;

	static final int SEARCH_TEXT_LENGTH = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FaqStatus status;

	@Column(name = "version", nullable = false)
	private int currentVersion;

	@Column(nullable = false, length = FaqContent.TITLE_LENGTH)
	private String title;

	@Column(nullable = false, length = FaqContent.TEXT_LENGTH)
	private String question;

	@Column(nullable = false, length = FaqContent.TEXT_LENGTH)
	private String answer;

	@Column(nullable = false, length = FaqContent.MODULE_LENGTH)
	private String module;

	@Column(length = FaqContent.KEYWORDS_LENGTH)
	private String keywords;

	@Column(length = FaqContent.SOURCES_LENGTH)
	private String sources;

	@Column(name = "search_title", nullable = false, length = SEARCH_TITLE_LENGTH)
	private String searchTitle;

	@Column(name = "search_keywords", nullable = false, length = SEARCH_KEYWORDS_LENGTH)
	private String searchKeywords;

	@Column(name = "search_question", nullable = false, length = SEARCH_TEXT_LENGTH)
	private String searchQuestion;

	@Column(name = "search_answer", nullable = false, length = SEARCH_TEXT_LENGTH)
	private String searchAnswer;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected FaqArticle() {
	}

	FaqArticle(FaqContent content, String user, Instant at) {
		this.status = FaqStatus.PUBLISHED;
		this.createdBy = user;
		this.createdAt = at;
		apply(content, user, at);
	}

	/** Makes the content the article's next version. */
	void revise(FaqContent content, String user, Instant at) {
		apply(content, user, at);
	}

	/** Changes the status as the article's next version, with the texts kept. */
	void changeStatus(FaqStatus status, String user, Instant at) {
		this.status = status;
		apply(content(), user, at);
	}

	private void apply(FaqContent content, String user, Instant at) {
		this.currentVersion++;
		this.title = content.title();
		this.question = content.question();
		this.answer = content.answer();
		this.module = content.module();
		this.keywords = content.keywords().isEmpty() ? null : content.keywordText();
		this.sources = content.sources().isEmpty() ? null : content.sourceText();
		this.searchTitle = FaqSearchText.column(content.title(), SEARCH_TITLE_LENGTH);
		this.searchKeywords = FaqSearchText.column(String.join(FaqContent.KEYWORD_DELIMITER, content.keywords()),
				SEARCH_KEYWORDS_LENGTH);
		this.searchQuestion = FaqSearchText.column(content.question(), SEARCH_TEXT_LENGTH);
		this.searchAnswer = FaqSearchText.column(content.answer(), SEARCH_TEXT_LENGTH);
		this.updatedBy = user;
		this.updatedAt = at;
	}

	/** Returns the texts of the current version. */
	public FaqContent content() {
		return new FaqContent(this.title, this.question, this.answer, this.module, keywordList(), sourceList());
	}

	public List<String> keywordList() {
		return FaqContent.splitStored(this.keywords);
	}

	public List<String> sourceList() {
		return FaqContent.splitStored(this.sources);
	}

	public boolean isPublished() {
		return this.status == FaqStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	/** Returns the code users read and search for, such as FAQ-0007, made from the id. */
	public String getCode() {
		return FaqCodes.format(this.id);
	}

	public FaqStatus getStatus() {
		return this.status;
	}

	public int getCurrentVersion() {
		return this.currentVersion;
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

	public String getKeywords() {
		return this.keywords;
	}

	public String getSources() {
		return this.sources;
	}

	String getSearchTitle() {
		return this.searchTitle;
	}

	String getSearchKeywords() {
		return this.searchKeywords;
	}

	String getSearchQuestion() {
		return this.searchQuestion;
	}

	String getSearchAnswer() {
		return this.searchAnswer;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
