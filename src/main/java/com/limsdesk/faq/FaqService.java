package com.limsdesk.faq;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.web.ConflictException;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * FAQ articles and their versions. Every change, a status change included, adds a version
 * with who, when and why; nothing is deleted. The callers check who may edit: engineers,
 * vendor-support and administrators.
 */
@Service
@Transactional
public class FaqService {

	/** The maximum length of the reason of a change. */
	public static final int REASON_LENGTH = 2000;

	private static final Logger logger = LoggerFactory.getLogger(FaqService.class);

	private final FaqArticleRepository articles;

	private final FaqArticleVersionRepository versions;

	private final FaqSources sources;

	FaqService(FaqArticleRepository articles, FaqArticleVersionRepository versions, FaqSources sources) {
		this.articles = articles;
		this.versions = versions;
		this.sources = sources;
	}

	/**
	 * Reads and checks the article fields of a form, as {@link FaqContent#read} does, and
	 * checks that every source exists.
	 * @throws FormInputException naming the field that is missing or invalid
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FaqContent read(FormValues form, String prefix, Map<String, String> defaults) {
		FaqContent content = FaqContent.read(form, prefix, defaults);
		this.sources.requireExisting(content.sources(), prefix.isEmpty() ? "sources" : prefix + "Sources");
		return content;
	}

	/** Publishes a new article as its version 1. */
	public FaqArticle create(FaqContent content, String reason, String user, Instant now) {
		FaqArticle article = this.articles.save(new FaqArticle(content, user, now));
		this.versions.save(new FaqArticleVersion(article, FaqChange.CREATED, reason));
		logger.info("FAQ article {} created by {}", article.getCode(), user);
		return article;
	}

	/**
	 * Makes the content the article's next version.
	 * @param basedOn the version the user edited, or null to skip the check
	 * @param prefix the prefix of the form's article fields, for the field a rejection
	 * names
	 * @throws ConflictException when someone saved a later version than basedOn
	 * @throws FormInputException when the content equals the current version's
	 */
	public FaqArticle revise(String code, FaqContent content, String reason, Integer basedOn, String user, Instant now,
			String prefix) {
		FaqArticle article = findByCode(code);
		if (basedOn != null && basedOn != article.getCurrentVersion()) {
			throw new ConflictException("FAQ article " + code + " is at version " + article.getCurrentVersion()
					+ ", saved by " + article.getUpdatedBy() + "; reload it and edit the current version, not version "
					+ basedOn);
		}
		if (content.equals(article.content())) {
			String key = prefix.isEmpty() ? "answer" : prefix + "Answer";
			throw new FormInputException(key, "答复", "与文章 " + code + " 的当前版本完全相同，没有需要保存的修改");
		}
		article.revise(content, user, now);
		this.versions.save(new FaqArticleVersion(article, FaqChange.EDITED, reason));
		logger.info("FAQ article {} revised to version {} by {}", code, article.getCurrentVersion(), user);
		return article;
	}

	/**
	 * Withdraws an article from the reporters, or publishes a withdrawn one again, as a
	 * new version with the texts kept.
	 * @throws ConflictException when the article has that status already
	 */
	public FaqArticle changeStatus(String code, FaqStatus status, String reason, String user, Instant now) {
		FaqArticle article = findByCode(code);
		if (article.getStatus() == status) {
			throw new ConflictException("FAQ article " + code + " is " + status.name().toLowerCase() + " already");
		}
		article.changeStatus(status, user, now);
		FaqChange change = (status == FaqStatus.WITHDRAWN) ? FaqChange.WITHDRAWN : FaqChange.REPUBLISHED;
		this.versions.save(new FaqArticleVersion(article, change, reason));
		logger.info("FAQ article {} {} by {}", code, status.name().toLowerCase(), user);
		return article;
	}

	/**
	 * Returns the articles that match the query, best first, as {@link FaqSearchText}
	 * ranks them; without terms, every article in the statuses, by module and code.
	 * @throws IllegalArgumentException for a query too long or with too many terms
	 */
	@Transactional(readOnly = true)
	public List<Hit> search(String query, String module, List<FaqStatus> statuses) {
		List<String> terms = FaqSearchText.terms(query);
		List<FaqArticle> found = this.articles.findContainingAll(terms, statuses, module);
		Comparator<Hit> order = Comparator.comparingInt(Hit::score)
			.reversed()
			.thenComparing((hit) -> hit.article().getModule())
			.thenComparing((hit) -> hit.article().getId());
		return found.stream()
			.map((article) -> new Hit(article, terms.isEmpty() ? 0 : FaqSearchText.score(article, terms)))
			.filter((hit) -> terms.isEmpty() || hit.score() > 0)
			.sorted(order)
			.toList();
	}

	@Transactional(readOnly = true)
	public FaqArticle findByCode(String code) {
		Long id = FaqCodes.parse(code);
		return ((id != null) ? this.articles.findById(id) : Optional.<FaqArticle>empty())
			.orElseThrow(() -> new NotFoundException("FAQ article " + code + " not found"));
	}

	@Transactional(readOnly = true)
	public List<FaqArticleVersion> versionsOf(FaqArticle article) {
		return this.versions.findByArticleIdOrderByVersionAsc(article.getId());
	}

	@Transactional(readOnly = true)
	public FaqArticleVersion version(FaqArticle article, int version) {
		return this.versions.findByArticleIdAndVersion(article.getId(), version)
			.orElseThrow(() -> new NotFoundException("FAQ article " + article.getCode() + " has no version " + version
					+ "; its versions are 1 to " + article.getCurrentVersion()));
	}

	/** Returns the published articles by module and code, for the export. */
	@Transactional(readOnly = true)
	public List<FaqArticle> published() {
		return this.articles.findByStatusInOrderByModuleAscIdAsc(List.of(FaqStatus.PUBLISHED));
	}

	/** Returns the kind of a source record as users read it, such as 已知错误. */
	@Transactional(readOnly = true)
	public String sourceKind(String source) {
		return this.sources.kindOf(source);
	}

	/** An article found by a search, with its rank; 0 for a search without terms. */
	public record Hit(FaqArticle article, int score) {
	}

}
