package com.limsdesk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The field keys of a deployed Camunda Form. A key is also the name of the variable that
 * the field reads and writes, so the keys are the variables a start or a task completion
 * may carry.
 */
public final class FormFields {

	/** The fields of a start or a task that has no Camunda Form. */
	public static final FormFields NONE = new FormFields(Set.of(), Set.of());

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Set<String> keys;

	private final Set<String> decisionKeys;

	private FormFields(Set<String> keys, Set<String> decisionKeys) {
		this.keys = Collections.unmodifiableSet(keys);
		this.decisionKeys = Collections.unmodifiableSet(decisionKeys);
	}

	/** Reads the keys of every field, nested ones included, from the form's JSON. */
	public static FormFields read(InputStream form) {
		try (form) {
			Set<String> keys = new LinkedHashSet<>();
			Set<String> decisionKeys = new LinkedHashSet<>();
			collect(JSON.readTree(form), keys, decisionKeys);
			return new FormFields(keys, decisionKeys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading a deployed form failed", ex);
		}
	}

	private static void collect(JsonNode component, Set<String> keys, Set<String> decisionKeys) {
		String key = component.path("key").asText("");
		if (!key.isEmpty()) {
			keys.add(key);
			if (isDecision(key) && !component.path("readonly").asBoolean(false)
					&& !component.path("disabled").asBoolean(false)) {
				decisionKeys.add(key);
			}
		}
		for (JsonNode child : component.path("components")) {
			collect(child, keys, decisionKeys);
		}
	}

	/**
	 * Returns whether a field records a person's decision or their comment on it, such as
	 * {@code managerDecision}, {@code decision} or {@code decisionComment}.
	 */
	private static boolean isDecision(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return lower.endsWith("decision") || lower.endsWith("comment");
	}

	/** Returns the key of every field, read-only views included. */
	public Set<String> keys() {
		return this.keys;
	}

	/** Returns the keys of the editable decision and comment fields. */
	public Set<String> decisionKeys() {
		return this.decisionKeys;
	}

}
