package com.limsdesk.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One measured number of a check, kept for trends and reports.
 *
 * @param subject what was measured, such as a tablespace or wait event name; empty for
 * the target as a whole
 * @param name the quantity, such as {@code used_bytes}
 * @param value the number, rounded to four decimal places
 * @param unit the unit: {@code bytes}, {@code percent}, {@code seconds}, {@code count} or
 * {@code days}
 */
public record Figure(String subject, String name, BigDecimal value, String unit) {

	public Figure {
		subject = (subject != null) ? subject : "";
		value = (value.scale() > 4) ? value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros() : value;
	}

	/**
	 * Returns the figure as one line of text, such as
	 * {@code USERS used_percent = 91.2 percent}.
	 */
	public String text() {
		return (this.subject.isEmpty() ? "" : this.subject + " ") + this.name + " = " + this.value.toPlainString() + " "
				+ this.unit;
	}

	public static Figure of(String subject, String name, double value, String unit) {
		return new Figure(subject, name, BigDecimal.valueOf(value), unit);
	}

	public static Figure of(String subject, String name, long value, String unit) {
		return new Figure(subject, name, BigDecimal.valueOf(value), unit);
	}

}
