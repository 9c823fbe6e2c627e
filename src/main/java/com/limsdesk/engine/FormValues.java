package com.limsdesk.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * Reads and checks the values of a submitted form. Each check raises a
 * {@link FormInputException} that names the field and the problem, in Chinese because
 * Tasklist shows it to the user.
 */
public class FormValues {

	private final Map<String, Object> values;

	private final ZoneId zone;

	public FormValues(Map<String, Object> values, ZoneId zone) {
		this.values = values;
		this.zone = zone;
	}

	/** Returns the trimmed text of a required field of at most maxLength characters. */
	public String requiredText(String key, String label, int maxLength) {
		String text = optionalText(key, label, maxLength);
		if (text == null) {
			throw new FormInputException(key, label, "必填");
		}
		return text;
	}

	/** Returns the trimmed text of an optional field, or null when it is empty. */
	public String optionalText(String key, String label, int maxLength) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new FormInputException(key, label, "必须是文本");
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.length() > maxLength) {
			throw new FormInputException(key, label, "不能超过 " + maxLength + " 个字符，现有 " + trimmed.length() + " 个");
		}
		return trimmed;
	}

	/** Returns a required whole number between min and max. */
	public int requiredInteger(String key, String label, int min, int max) {
		Object value = this.values.get(key);
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new FormInputException(key, label, "必填");
		}
		long number;
		try {
			if (value instanceof Number given) {
				if (given.doubleValue() != Math.rint(given.doubleValue())) {
					throw new NumberFormatException();
				}
				number = given.longValue();
			}
			else {
				number = Long.parseLong(value.toString().strip());
			}
		}
		catch (NumberFormatException ex) {
			throw new FormInputException(key, label, "必须是整数，收到 '" + value + "'");
		}
		if (number < min || number > max) {
			throw new FormInputException(key, label, "必须在 " + min + " 到 " + max + " 之间，收到 " + number);
		}
		return (int) number;
	}

	/** Returns one of the allowed codes; the field is required. */
	public String requiredChoice(String key, String label, Collection<String> allowed) {
		Object value = this.values.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new FormInputException(key, label, "必填");
		}
		String code = value.toString().strip();
		if (!allowed.contains(code)) {
			throw new FormInputException(key, label, "必须是 " + String.join("、", allowed) + " 之一，收到 '" + code + "'");
		}
		return code;
	}

	/** Returns a boolean field, false when it is absent. */
	public boolean flag(String key, String label) {
		Object value = this.values.get(key);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		String text = value.toString().strip();
		if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
			return Boolean.parseBoolean(text);
		}
		throw new FormInputException(key, label, "必须是 true 或 false，收到 '" + value + "'");
	}

	/** Returns a required moment, in the forms that {@link #optionalMoment} reads. */
	public Instant requiredMoment(String key, String label) {
		Instant moment = optionalMoment(key, label);
		if (moment == null) {
			throw new FormInputException(key, label, "必填");
		}
		return moment;
	}

	/**
	 * Returns an optional moment: an ISO date-time with offset, or a local date-time in
	 * the institute's zone such as {@code 2026-12-07T09:00}.
	 */
	public Instant optionalMoment(String key, String label) {
		Object value = this.values.get(key);
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		String text = value.toString().strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// Not an offset date-time; a local one is tried next.
		}
		try {
			return LocalDateTime.parse(text).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FormInputException(key, label, "不是有效的日期时间，例如 2026-12-07T09:00，收到 '" + text + "'");
		}
	}

}
