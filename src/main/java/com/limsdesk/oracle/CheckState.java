package com.limsdesk.oracle;

import java.util.HashMap;
import java.util.Map;

/**
 * Values a check keeps from one run to the next on the same target, such as the last
 * instance startup time or the alert log position. The runner stores them only after a
 * run that completed, so a failed run is repeated from the same starting point.
 */
public final class CheckState {

	/** Maximum length of one stored value, set by the column that stores it. */
	public static final int MAX_VALUE_LENGTH = 4000;

	private final Map<String, String> values;

	private final Map<String, String> changes = new HashMap<>();

	public CheckState(Map<String, String> values) {
		this.values = new HashMap<>(values);
	}

	public String get(String key) {
		return this.values.get(key);
	}

	public void put(String key, String value) {
		if (value == null) {
			throw new IllegalArgumentException("check state value '" + key + "' is missing");
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException(
					"check state value '" + key + "' is longer than " + MAX_VALUE_LENGTH + " characters");
		}
		this.values.put(key, value);
		this.changes.put(key, value);
	}

	/** Returns the values put during this run. */
	public Map<String, String> changes() {
		return Map.copyOf(this.changes);
	}

	/** Returns every value, as the next run will see it. */
	public Map<String, String> values() {
		return Map.copyOf(this.values);
	}

}
