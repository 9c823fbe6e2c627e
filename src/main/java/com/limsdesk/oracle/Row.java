package com.limsdesk.oracle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of a check query, by upper-case column label. Oracle pads some text values (the
 * limits of {@code V$RESOURCE_LIMIT}, for example), so text comes back trimmed.
 */
public record Row(Map<String, Object> values) {

	public Object value(String column) {
		String key = column.toUpperCase(java.util.Locale.ROOT);
		if (!this.values.containsKey(key)) {
			throw new IllegalArgumentException("column " + key + " not in the query result " + this.values.keySet());
		}
		return this.values.get(key);
	}

	/** Returns the column as trimmed text, or null. */
	public String text(String column) {
		Object value = value(column);
		return (value != null) ? value.toString().strip() : null;
	}

	/**
	 * Returns the column as a number, or null when it is null or not a number such as
	 * UNLIMITED.
	 */
	public BigDecimal number(String column) {
		Object value = value(column);
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		try {
			return new BigDecimal(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Returns the column as a long, or the given default when it is null or no number.
	 */
	public long longValue(String column, long defaultValue) {
		BigDecimal number = number(column);
		return (number != null) ? number.longValue() : defaultValue;
	}

	/**
	 * Returns a DATE or TIMESTAMP column as the database server's local time, or null.
	 */
	public LocalDateTime dateTime(String column) {
		Object value = value(column);
		if (value == null) {
			return null;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		if (value instanceof LocalDateTime local) {
			return local;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toLocalDateTime();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().atStartOfDay();
		}
		throw new IllegalArgumentException(
				"column " + column + " is not a date or timestamp: " + value.getClass().getName());
	}

	/** Returns a TIMESTAMP WITH TIME ZONE column with its offset, or null. */
	public OffsetDateTime offsetDateTime(String column) {
		Object value = value(column);
		return (value instanceof OffsetDateTime offset) ? offset : null;
	}

}
