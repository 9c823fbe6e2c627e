package com.limsdesk.mailintake;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the HTML of a mail into plain text for a ticket: block elements become line
 * breaks, scripts, styles and comments are removed, and entities are decoded. Nothing of
 * the HTML is ever shown as HTML, so no markup reaches a page.
 */
final class HtmlText {

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");

	private static final Pattern LINE_BREAK = Pattern
		.compile("(?i)<br\\s*/?>|</?(p|div|tr|li|h[1-6]|table|blockquote|pre|ul|ol)\\b[^>]*>");

	private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private HtmlText() {
	}

	static String toText(String html) {
		String text = HIDDEN.matcher(html).replaceAll("");
		text = LINE_BREAK.matcher(text).replaceAll("\n");
		text = CELL.matcher(text).replaceAll("\t");
		text = TAG.matcher(text).replaceAll("");
		text = HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ');
		text = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
		return text.strip();
	}

}
