package com.limsdesk.oracle;

import java.util.regex.Pattern;

/**
 * Table name patterns of {@code desk.oracle.targets[].temporary-tables.patterns}, in
 * which {@code *} is any text and every other character is literal. SQL LIKE gives
 * {@code _} and {@code %} a meaning of their own, so both are escaped: {@code TMP_*}
 * matches {@code TMP_A} but never {@code TMPLAB}. Names are compared as Oracle stores
 * them, which is upper case unless the table was created with a quoted name.
 */
public final class TemporaryTablePatterns {

	/** Escape character of the LIKE patterns, named in the statement's ESCAPE clause. */
	public static final char ESCAPE = '\\';

	private TemporaryTablePatterns() {
	}

	/**
	 * Returns the LIKE pattern for the given name pattern, to be used with ESCAPE '\'.
	 */
	public static String toLike(String pattern) {
		StringBuilder like = new StringBuilder(pattern.length() + 8);
		for (char character : pattern.toCharArray()) {
			if (character == '*') {
				like.append('%');
			}
			else {
				if (character == '_' || character == '%' || character == ESCAPE) {
					like.append(ESCAPE);
				}
				like.append(character);
			}
		}
		return like.toString();
	}

	/** Returns whether the table name matches the name pattern, as LIKE would decide. */
	public static boolean matches(String pattern, String name) {
		StringBuilder regex = new StringBuilder();
		for (String literal : pattern.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(literal));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(name).matches();
	}

}
