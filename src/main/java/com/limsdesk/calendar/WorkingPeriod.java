package com.limsdesk.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One period of working hours within a day, such as 08:30 to 12:00. The start belongs to
 * the period and the end does not.
 *
 * @param start opening time of the period
 * @param end closing time of the period, after the start
 */
record WorkingPeriod(LocalTime start, LocalTime end) {

	WorkingPeriod {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException(
					"invalid working period " + start + "-" + end + ": the start must be before the end");
		}
	}

	/**
	 * Parses a period written as {@code HH:mm-HH:mm}, such as {@code 08:30-17:30}.
	 * @throws IllegalArgumentException when the text is malformed or the start is not
	 * before the end
	 */
	static WorkingPeriod parse(String text) {
		String[] times = (text != null) ? text.strip().split("-", -1) : new String[0];
		if (times.length != 2) {
			throw new IllegalArgumentException(
					"invalid working period '" + text + "', expected HH:mm-HH:mm such as 08:30-17:30");
		}
		try {
			return new WorkingPeriod(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"invalid working period '" + text + "', expected HH:mm-HH:mm such as 08:30-17:30", ex);
		}
	}

	boolean contains(LocalTime time) {
		return !time.isBefore(this.start) && time.isBefore(this.end);
	}

	@Override
	public String toString() {
		return this.start + "-" + this.end;
	}

}
