package com.limsdesk.faq;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search over FAQ articles in Chinese, the same on H2 and PostgreSQL.
 * <p>
 * Chinese is written without spaces, so splitting a text into words needs a dictionary,
 * and neither database's own full-text search segments Chinese without extensions. The
 * desk therefore matches each query term, split on white space, as a substring of the
 * normalised title, keywords, question and answer: {@code LIKE '%term%'} with its
 * metacharacters escaped, which both databases run alike. Texts and terms are normalised
 * the same way: NFKC turns full-width letters, digits, signs and the ideographic space
 * into their half-width forms, then the text is lower-cased. Every term must occur
 * somewhere, and {@link #score} ranks the hits, with title and keywords weighing most.
 * <p>
 * NOTE: a term matches only as written, so 报告打印 does not find 打印报告. Users type two terms
 * (报告 打印) for that. The scan reads every published article, which suits a knowledge base
 * of some thousand articles, not millions.
 */
final class FaqSearchText {

	/** The maximum length of a query, in characters. */
	static final int MAX_QUERY_LENGTH = 100;

	/** The maximum number of terms in a query. */
	static final int MAX_TERMS = 8;

	/** The character that escapes LIKE metacharacters in {@link #likePattern}. */
	static final char ESCAPE = '\\';

	private static final int TITLE_WEIGHT = 8;

	private static final int WHOLE_TITLE_BONUS = 4;

	private static final int KEYWORD_WEIGHT = 5;

	private static final int WHOLE_KEYWORD_BONUS = 3;

	private static final int QUESTION_WEIGHT = 3;

	private static final int MAX_COUNTED_ANSWER_HITS = 3;

	private FaqSearchText() {
	}

	/** Returns the text in NFKC, lower case and with runs of white space as one space. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return folded.replaceAll("\\s+", " ").strip();
	}

	/** Returns the normalised text cut to the length of its search column. */
	static String column(String text, int length) {
		String normalised = normalise(text);
		return (normalised.length() <= length) ? normalised : normalised.substring(0, length);
	}

	/**
	 * Returns the distinct normalised terms of a query, in their order. An empty or blank
	 * query has no terms.
	 * @throws IllegalArgumentException when the query is longer than
	 * {@link #MAX_QUERY_LENGTH} or has more than {@link #MAX_TERMS} terms
	 */
	static List<String> terms(String query) {
		if (query == null) {
			return List.of();
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException(
					"is " + query.length() + " characters long; use at most " + MAX_QUERY_LENGTH);
		}
		LinkedHashSet<String> terms = new LinkedHashSet<>();
		for (String part : normalise(query).split(" ")) {
			if (!part.isEmpty()) {
				terms.add(part);
			}
		}
		if (terms.size() > MAX_TERMS) {
			throw new IllegalArgumentException("has " + terms.size() + " terms; use at most " + MAX_TERMS);
		}
		return new ArrayList<>(terms);
	}

	/**
	 * Returns the LIKE pattern that finds the term anywhere in a text, with {@code %},
	 * {@code _} and the escape character itself escaped by {@link #ESCAPE}.
	 */
	static String likePattern(String term) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : term.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	/**
	 * Returns the rank of an article for the terms, 0 when a term occurs nowhere. Per
	 * term: 8 for the title, 4 more when the term is the whole title, 5 for the keywords,
	 * 3 more when it is a whole keyword, 3 for the question, and 1 per occurrence in the
	 * answer up to 3.
	 */
	static int score(FaqArticle article, List<String> terms) {
		List<String> keywords = List.of(article.getSearchKeywords().split(Pattern.quote(FaqContent.KEYWORD_DELIMITER)));
		int score = 0;
		for (String term : terms) {
			int termScore = 0;
			if (article.getSearchTitle().contains(term)) {
				termScore += TITLE_WEIGHT + (article.getSearchTitle().equals(term) ? WHOLE_TITLE_BONUS : 0);
			}
			if (article.getSearchKeywords().contains(term)) {
				termScore += KEYWORD_WEIGHT + (keywords.contains(term) ? WHOLE_KEYWORD_BONUS : 0);
			}
			if (article.getSearchQuestion().contains(term)) {
				termScore += QUESTION_WEIGHT;
			}
			termScore += Math.min(occurrences(article.getSearchAnswer(), term), MAX_COUNTED_ANSWER_HITS);
			if (termScore == 0) {
				return 0;
			}
			score += termScore;
		}
		return score;
	}

	private static int occurrences(String text, String term) {
		int count = 0;
		int from = text.indexOf(term);
		while (from >= 0) {
			count++;
			from = text.indexOf(term, from + term.length());
		}
		return count;
	}

}
