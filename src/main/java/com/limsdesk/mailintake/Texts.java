package com.limsdesk.mailintake;

/** Text helpers for values that go into columns of limited length. */
final class Texts {

	private Texts() {
	}

	/** Returns the text cut to at most {@code max} characters, or null for null. */
	static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max;
		// Never split a surrogate pair, which would leave half a character.
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

}
