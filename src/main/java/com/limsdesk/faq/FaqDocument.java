package com.limsdesk.faq;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the published FAQ as a Word document (DOCX) for the institute: a title page line
 * with the date and count, then the articles by module, each with its code, question,
 * answer, keywords and version.
 */
class FaqDocument {

	static final String TITLE = "LIMS 系统常见问题汇编";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String FONT = "宋体";

	private final ZoneId zone;

	FaqDocument(ZoneId zone) {
		this.zone = zone;
	}

	void write(List<FaqArticle> articles, Instant now, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, TITLE, 18, true);
			XWPFParagraph about = document.createParagraph();
			about.setAlignment(ParagraphAlignment.CENTER);
			run(about, "导出日期：" + DAY.format(now.atZone(this.zone)) + "，共 " + articles.size() + " 篇已发布文章", 10, false);
			String module = null;
			for (FaqArticle article : articles) {
				if (!article.getModule().equals(module)) {
					module = article.getModule();
					run(document.createParagraph(), "模块：" + module, 14, true);
				}
				writeArticle(document, article);
			}
			if (articles.isEmpty()) {
				run(document.createParagraph(), "目前没有已发布的文章。", 11, false);
			}
			document.write(out);
		}
	}

	private void writeArticle(XWPFDocument document, FaqArticle article) {
		run(document.createParagraph(), article.getCode() + " " + article.getTitle(), 12, true);
		labelled(document, "问题", article.getQuestion());
		labelled(document, "答复", article.getAnswer());
		if (!article.keywordList().isEmpty()) {
			labelled(document, "关键词", String.join("、", article.keywordList()));
		}
		labelled(document, "版本", "第 " + article.getCurrentVersion() + " 版，" + article.getUpdatedBy() + " 更新于 "
				+ MINUTE.format(article.getUpdatedAt().atZone(this.zone)));
	}

	/** Writes a bold label and the text, one paragraph per line of the text. */
	private static void labelled(XWPFDocument document, String label, String text) {
		String[] lines = text.split("\\R");
		XWPFParagraph first = document.createParagraph();
		run(first, label + "：", 11, true);
		run(first, lines[0], 11, false);
		for (int i = 1; i < lines.length; i++) {
			run(document.createParagraph(), lines[i], 11, false);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily(FONT);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
	}

}
