package com.limsdesk.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.faq.FaqArticle;
import com.limsdesk.faq.FaqContent;
import com.limsdesk.faq.FaqService;
import com.limsdesk.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns an answer into a new FAQ article or a new version of an existing one, in the
 * transaction of the answer, from the {@code faq...} fields of the answer form. An empty
 * field takes its text from the consultation or, for an update, from the article.
 */
@Component
class ConsultationFaq {

	static final String NONE = "none";

	static final String CREATE = "create";

	static final String UPDATE = "update";

	private static final String PREFIX = "faq";

	private final FaqService faq;

	ConsultationFaq(FaqService faq) {
		this.faq = faq;
	}

	/** Returns the action the engineer chose; no choice is {@link #NONE}. */
	static String action(FormValues form) {
		String action = form.optionalText("faqAction", "整理为常见问题", 16);
		if (action == null) {
			return NONE;
		}
		return form.requiredChoice("faqAction", "整理为常见问题", List.of(NONE, CREATE, UPDATE));
	}

	/**
	 * Carries out the action and returns the article's code with a note for the journal,
	 * or null for {@link #NONE}.
	 * @throws FormInputException naming the field that is missing or invalid
	 */
	Result apply(String action, FormValues form, Consultation consultation, String answer, String user, Instant now) {
		if (CREATE.equals(action)) {
			Map<String, String> defaults = new HashMap<>();
			defaults.put("title", consultation.getTitle());
			defaults.put("question", consultation.getQuestion());
			defaults.put("answer", answer);
			defaults.put("module", consultation.getModule());
			defaults.put("sources", consultation.getNumber());
			FaqContent content = this.faq.read(form, PREFIX, defaults);
			FaqArticle article = this.faq.create(content, "由咨询 " + consultation.getNumber() + " 的答复整理", user, now);
			return new Result(article.getCode(), "新建常见问题 " + article.getCode() + "：" + article.getTitle());
		}
		if (UPDATE.equals(action)) {
			FaqArticle article = existing(form);
			String reason = form.requiredText("faqReason", "更新原因", FaqService.REASON_LENGTH);
			Map<String, String> defaults = new HashMap<>();
			defaults.put("title", article.getTitle());
			defaults.put("question", article.getQuestion());
			defaults.put("answer", answer);
			defaults.put("module", article.getModule());
			defaults.put("sources", consultation.getNumber());
			FaqContent read = this.faq.read(form, PREFIX, defaults);
			List<String> keywords = read.keywords().isEmpty() ? article.keywordList() : read.keywords();
			LinkedHashSet<String> sources = new LinkedHashSet<>(article.sourceList());
			sources.addAll(read.sources());
			FaqContent content = new FaqContent(read.title(), read.question(), read.answer(), read.module(), keywords,
					new ArrayList<>(sources));
			this.faq.revise(article.getCode(), content, reason, null, user, now, PREFIX);
			return new Result(article.getCode(),
					"更新常见问题 " + article.getCode() + " 至第 " + article.getCurrentVersion() + " 版：" + reason);
		}
		return null;
	}

	private FaqArticle existing(FormValues form) {
		String code = form.requiredText("faqArticle", "要更新的文章", 16).toUpperCase();
		try {
			return this.faq.findByCode(code);
		}
		catch (NotFoundException ex) {
			throw new FormInputException("faqArticle", "要更新的文章", "常见问题 " + code + " 不存在，编号形如 FAQ-0001");
		}
	}

	/** The article an answer created or updated, and the note for the journal. */
	record Result(String code, String note) {
	}

}
