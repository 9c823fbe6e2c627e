package com.limsdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;

/**
 * The texts of one version of a FAQ article, checked.
 *
 * @param title a short question or statement that users search for
 * @param question the question as users ask it
 * @param answer the answer
 * @param module the LIMS module the article is about
 * @param keywords search words, without repeats
 * @param sources the numbers of the records the article comes from: fault tickets (GZ-),
 * problems and known errors (WT-) and consultations (ZX-)
 */
public record FaqContent(String title, String question, String answer, String module, List<String> keywords,
		List<String> sources) {

	public static final int TITLE_LENGTH = 200;

	public static final int TEXT_LENGTH = 4000;

	public static final int MODULE_LENGTH = 100;

	static final int KEYWORDS_LENGTH = 500;

	static final int MAX_KEYWORD_LENGTH = 30;

	static final int SOURCES_LENGTH = 500;

	/** The delimiter of the keywords in the search column. */
	static final String KEYWORD_DELIMITER = "|";

	/** The separators users type between keywords and between record numbers. */
	private static final String SEPARATORS = "[,，;；、|\\s\\u3000]+";

	/** The form labels of the article fields, by field name without prefix. */
	private static final Map<String, String> LABELS = Map.of("title", "文章标题", "question", "问题", "answer", "答复",
			"module", "所属模块", "keywords", "关键词", "sources", "来源");

	public FaqContent {
		keywords = List.copyOf(keywords);
		sources = List.copyOf(sources);
	}

	/**
	 * Reads the article fields of a form. The keys are the field names with the given
	 * prefix, such as {@code faqTitle} for the prefix {@code faq}, or the plain names for
	 * an empty prefix. A text field left empty takes the default given for it, when there
	 * is one. The default source, such as the consultation the article comes from, is
	 * always added to the sources.
	 * @throws FormInputException naming the field that is missing or invalid
	 */
	public static FaqContent read(FormValues form, String prefix, Map<String, String> defaults) {
		String title = text(form, prefix, "title", TITLE_LENGTH, defaults);
		String question = text(form, prefix, "question", TEXT_LENGTH, defaults);
		String answer = text(form, prefix, "answer", TEXT_LENGTH, defaults);
		String module = text(form, prefix, "module", MODULE_LENGTH, defaults);
		String keywordKey = key(prefix, "keywords");
		List<String> keywords = keywords(form.optionalText(keywordKey, LABELS.get("keywords"), KEYWORDS_LENGTH),
				keywordKey);
		String sourceKey = key(prefix, "sources");
		List<String> sources = FaqSources.split(form.optionalText(sourceKey, LABELS.get("sources"), SOURCES_LENGTH),
				sourceKey, LABELS.get("sources"));
		String fixedSource = defaults.get("sources");
		if (fixedSource != null && !sources.contains(fixedSource)) {
			sources = new ArrayList<>(sources);
			sources.add(0, fixedSource);
		}
		return new FaqContent(title, question, answer, module, keywords, sources);
	}

	private static String text(FormValues form, String prefix, String name, int length, Map<String, String> defaults) {
		String key = key(prefix, name);
		String value = form.optionalText(key, LABELS.get(name), length);
		if (value == null) {
			value = defaults.get(name);
		}
		if (value == null || value.isBlank()) {
			throw new FormInputException(key, LABELS.get(name), "必填");
		}
		if (value.length() > length) {
			throw new FormInputException(key, LABELS.get(name), "不能超过 " + length + " 个字符，现有 " + value.length() + " 个");
		}
		return value;
	}

	private static List<String> keywords(String text, String key) {
		if (text == null) {
			return List.of();
		}
		LinkedHashSet<String> keywords = new LinkedHashSet<>();
		for (String part : text.split(SEPARATORS)) {
			String keyword = part.strip();
			if (keyword.length() > MAX_KEYWORD_LENGTH) {
				throw new FormInputException(key, LABELS.get("keywords"),
						"关键词“" + keyword + "”超过 " + MAX_KEYWORD_LENGTH + " 个字符，请用逗号或空格分隔多个关键词");
			}
			if (!keyword.isEmpty()) {
				keywords.add(keyword);
			}
		}
		return new ArrayList<>(keywords);
	}

	private static String key(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Returns the keywords as users read them, separated by 、. */
	String keywordText() {
		return String.join("、", this.keywords);
	}

	/** Returns the sources as stored, separated by commas. */
	String sourceText() {
		return String.join(", ", this.sources);
	}

	/** Splits stored keywords or sources back into a list. */
	static List<String> splitStored(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		for (String part : text.split(SEPARATORS)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

}
