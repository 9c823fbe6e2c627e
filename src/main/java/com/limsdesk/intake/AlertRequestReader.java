package com.limsdesk.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.fault.AlertState;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import com.limsdesk.web.InvalidFieldException;

/**
 * Checks the JSON body of {@code POST /api/faults} and turns it into an
 * {@link AlertRequest}. Every rejection names the field, so that the monitoring system's
 * operator can fix the mapping.
 */
class AlertRequestReader {

	static final int MAX_SOURCE_LENGTH = 64;

	static final int MAX_KEY_LENGTH = 200;

	static final int MAX_SUMMARY_LENGTH = 200;

	/**
	 * The ticket's description contains the summary and the details in 4000 characters.
	 */
	static final int MAX_DETAILS_LENGTH = 3500;

	static final int MAX_MODULE_LENGTH = 100;

	private static final Set<String> FIELDS = Set.of("source", "key", "state", "eventTime", "summary", "details",
			"severity", "category", "module");

	private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/** Control characters other than tab, line feed and carriage return. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

	private final IntakeProperties properties;

	AlertRequestReader(IntakeProperties properties) {
		this.properties = properties;
	}

	AlertRequest read(JsonNode body, Instant now) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		rejectUnknownFields(body);
		String source = requiredLine(body, "source", MAX_SOURCE_LENGTH);
		if (!SOURCE.matcher(source).matches()) {
			throw new InvalidFieldException("source",
					"must be letters, digits, '.', '_' or '-', starting with a letter or digit, was '" + source + "'");
		}
		String key = requiredLine(body, "key", MAX_KEY_LENGTH);
		AlertState state = choice(body, "state", AlertState::fromCode);
		Instant eventTime = eventTime(body, now);
		String summary = requiredLine(body, "summary", MAX_SUMMARY_LENGTH);
		String details = optionalText(body, "details", MAX_DETAILS_LENGTH, true);
		Severity severity = body.hasNonNull("severity") ? choice(body, "severity", AlertRequestReader::severity)
				: this.properties.severity();
		FaultCategory category = body.hasNonNull("category") ? choice(body, "category", AlertRequestReader::category)
				: this.properties.category();
		String module = optionalText(body, "module", MAX_MODULE_LENGTH, false);
		return new AlertRequest(source, key, state, eventTime, summary, details, severity, category,
				(module != null) ? module : this.properties.module());
	}

	private static void rejectUnknownFields(JsonNode body) {
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				throw new InvalidFieldException(name, "is not a field of a fault report; the fields are "
						+ String.join(", ", FIELDS.stream().sorted().toList()));
			}
		}
	}

	private static String requiredLine(JsonNode body, String field, int maxLength) {
		String value = optionalText(body, field, maxLength, false);
		if (value == null) {
			throw new InvalidFieldException(field, "is missing");
		}
		return value;
	}

	/** Returns the trimmed text, or null when the field is absent, null or blank. */
	private static String optionalText(JsonNode body, String field, int maxLength, boolean multiline) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isTextual()) {
			throw new InvalidFieldException(field, "must be a string, was " + node.getNodeType().name().toLowerCase());
		}
		String value = node.asText().strip();
		if (value.isEmpty()) {
			return null;
		}
		// UTF-16 units, as H2 counts a column's length: an emoji counts as two.
		if (value.length() > maxLength) {
			throw new InvalidFieldException(field, "is longer than " + maxLength + " characters");
		}
		if (CONTROL.matcher(value).find() || (!multiline && value.matches("(?s).*[\\n\\r\\t].*"))) {
			throw new InvalidFieldException(field,
					multiline ? "contains control characters" : "must be one line without control characters");
		}
		return value;
	}

	private static <T> T choice(JsonNode body, String field, Function<String, T> parser) {
		String value = requiredLine(body, field, 50);
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, ex.getMessage());
		}
	}

	private Instant eventTime(JsonNode body, Instant now) {
		String value = requiredLine(body, "eventTime", 64);
		Instant eventTime;
		try {
			eventTime = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("eventTime",
					"must be an ISO-8601 time with a UTC offset, such as 2026-12-05T08:30:00+08:00, was '" + value
							+ "'");
		}
		Duration skew = this.properties.maxClockSkew();
		if (eventTime.isAfter(now.plus(skew))) {
			throw new InvalidFieldException("eventTime",
					"lies more than " + skew.toMinutes() + " minutes in the future: " + value);
		}
		if (eventTime.isBefore(now.minus(this.properties.maxEventAge()))) {
			throw new InvalidFieldException("eventTime",
					"is older than " + this.properties.maxEventAge().toDays() + " days: " + value);
		}
		// The database keeps microseconds; a finer time would not find its duplicate.
		return eventTime.truncatedTo(ChronoUnit.MICROS);
	}

	/** Parses a severity by its code (significant) or its Chinese name (较大). */
	static Severity severity(String value) {
		return Arrays.stream(Severity.values())
			.filter((severity) -> severity.label().equals(value))
			.findFirst()
			.orElseGet(() -> fromCode(value, Severity::fromCode, "普通, 较大, 重大, 特大"));
	}

	/** Parses a category by its code (main) or its Chinese name (一般故障). */
	static FaultCategory category(String value) {
		return Arrays.stream(FaultCategory.values())
			.filter((category) -> category.label().equals(value))
			.findFirst()
			.orElseGet(() -> fromCode(value, FaultCategory::fromCode, "主要系统流程或相关服务, 一般故障"));
	}

	private static <T> T fromCode(String value, Function<String, T> parser, String labels) {
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(ex.getMessage() + ", or their Chinese names " + labels, ex);
		}
	}

}
