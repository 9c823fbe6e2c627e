package com.limsdesk.faq;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The codes of FAQ articles, such as FAQ-0007, which are their ids in readable form. */
final class FaqCodes {

	private static final Pattern CODE = Pattern.compile("FAQ-(\\d{1,12})");

	private FaqCodes() {
	}

	static String format(Long id) {
		return (id != null) ? String.format("FAQ-%04d", id) : null;
	}

	/**
	 * Returns the id in a code, in any case and with surrounding white space, or null
	 * when the text is no code.
	 */
	static Long parse(String code) {
		if (code == null) {
			return null;
		}
		Matcher matcher = CODE.matcher(code.strip().toUpperCase(Locale.ROOT));
		return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
	}

}
