package com.limsdesk.cleanup;

/**
 * Quotes Oracle identifiers for the statements that cannot take them as bind variables
 * ({@code SELECT COUNT(*)} and {@code DROP TABLE}). A quoted identifier keeps the name
 * exactly as the database listed it, in any case and with any character except the double
 * quote and NUL. Names with a double quote or any control character are rejected, so no
 * stored name can end the quoted identifier and add SQL of its own.
 */
final class TableIdentifiers {

	/**
	 * Maximum length in characters. Oracle allows 128 bytes from 12.2 on and 30 bytes on
	 * 11.2, so no real name is longer.
	 */
	static final int MAX_LENGTH = 128;

	private TableIdentifiers() {
	}

	/**
	 * Returns the identifier in double quotes.
	 * @throws IllegalArgumentException when it is empty, longer than 128 characters or
	 * contains a double quote or a control character
	 */
	static String quote(String identifier) {
		if (identifier == null || identifier.isEmpty()) {
			throw new IllegalArgumentException("name is empty");
		}
		if (identifier.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("name is longer than " + MAX_LENGTH + " characters");
		}
		for (int i = 0; i < identifier.length(); i++) {
			char character = identifier.charAt(i);
			if (character == '"') {
				throw new IllegalArgumentException("name contains a double quote at position " + (i + 1));
			}
			if (Character.isISOControl(character)) {
				throw new IllegalArgumentException(String
					.format("name contains the control character U+%04X at position %d", (int) character, i + 1));
			}
		}
		return "\"" + identifier + "\"";
	}

	/** Returns {@code "OWNER"."NAME"}, both parts checked by {@link #quote}. */
	static String qualified(String owner, String name) {
		return quote(owner) + "." + quote(name);
	}

}
