package com.limsdesk.calendar;

import java.time.Instant;
import java.util.List;

/**
 * The calendar of one year as an administrator or the shipped files loaded it.
 *
 * @param year the calendar year
 * @param days holidays and make-up working days of the year, ordered by date
 * @param loadedAt when the year was last loaded
 * @param loadedBy user id of the administrator, or {@value #SYSTEM} for a shipped file
 */
record LoadedYear(int year, List<SpecialDay> days, Instant loadedAt, String loadedBy) {

	/** The {@code loadedBy} value of a year loaded from a file shipped with the desk. */
	static final String SYSTEM = "system";

	LoadedYear {
		days = List.copyOf(days);
	}

}
