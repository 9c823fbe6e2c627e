package com.limsdesk.faq;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of FAQ articles and their versions. */
final class FaqViews {

	private static final int EXCERPT_LENGTH = 120;

	private FaqViews() {
	}

	/** An article in a list of search hits, with the start of its answer. */
	record Summary(String code, String title, String module, List<String> keywords, String status, String statusLabel,
			int version, String updatedBy, Instant updatedAt, int score, String excerpt) {

		static Summary of(FaqService.Hit hit) {
			FaqArticle a = hit.article();
			String answer = a.getAnswer().replaceAll("\\s+", " ");
			String excerpt = (answer.length() <= EXCERPT_LENGTH) ? answer : answer.substring(0, EXCERPT_LENGTH) + "…";
			return new Summary(a.getCode(), a.getTitle(), a.getModule(), a.keywordList(), a.getStatus().name(),
					a.getStatus().label(), a.getCurrentVersion(), a.getUpdatedBy(), a.getUpdatedAt(), hit.score(),
					excerpt);
		}

	}

	/** A record an article comes from, with its kind such as 已知错误. */
	record Source(String number, String kind) {
	}

	/**
	 * The current version of an article. The sources are internal records, so only the
	 * staff get them; they are null for reporters.
	 */
	record Detail(String code, String title, String question, String answer, String module, List<String> keywords,
			String status, String statusLabel, int version, String createdBy, Instant createdAt, String updatedBy,
			Instant updatedAt, List<Source> sources) {

		static Detail of(FaqArticle a, FaqService faq, boolean staff) {
			List<Source> sources = staff
					? a.sourceList().stream().map((number) -> new Source(number, faq.sourceKind(number))).toList()
					: null;
			return new Detail(a.getCode(), a.getTitle(), a.getQuestion(), a.getAnswer(), a.getModule(), a.keywordList(),
					a.getStatus().name(), a.getStatus().label(), a.getCurrentVersion(), a.getCreatedBy(),
					a.getCreatedAt(), a.getUpdatedBy(), a.getUpdatedAt(), sources);
		}

	}

	/** One version of an article, with who made it, when and why. */
	record Version(String code, int version, String change, String changeLabel, String status, String statusLabel,
			String title, String question, String answer, String module, List<String> keywords, List<String> sources,
			String reason, String changedBy, Instant changedAt) {

		static Version of(FaqArticle article, FaqArticleVersion v) {
			return new Version(article.getCode(), v.getVersion(), v.getChange().name(), v.getChange().label(),
					v.getStatus().name(), v.getStatus().label(), v.getTitle(), v.getQuestion(), v.getAnswer(),
					v.getModule(), v.keywordList(), v.sourceList(), v.getReason(), v.getChangedBy(), v.getChangedAt());
		}

	}

}
