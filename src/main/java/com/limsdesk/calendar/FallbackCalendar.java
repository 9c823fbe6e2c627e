package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Holidays of a year that has no loaded calendar: only the statutory holidays with a
 * fixed date. Monday to Friday are working days apart from these, and no weekend day is
 * one.
 */
final class FallbackCalendar {

	private FallbackCalendar() {
	}

	/** Returns 1 January, 1 and 2 May, and 1 to 3 October of the year. */
	static List<SpecialDay> holidays(int year) {
		return List.of(holiday(year, 1, 1, "元旦"), holiday(year, 5, 1, "劳动节"), holiday(year, 5, 2, "劳动节"),
				holiday(year, 10, 1, "国庆节"), holiday(year, 10, 2, "国庆节"), holiday(year, 10, 3, "国庆节"));
	}

	private static SpecialDay holiday(int year, int month, int day, String name) {
		return new SpecialDay(LocalDate.of(year, month, day), DayKind.HOLIDAY, name);
	}

}
