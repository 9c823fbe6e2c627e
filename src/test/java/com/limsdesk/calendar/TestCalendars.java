package com.limsdesk.calendar;

import java.time.Instant;
import java.time.ZoneId;

import com.limsdesk.calendar.ShippedCalendarFiles.ShippedYear;

/**
 * Working calendars for unit tests: the shipped years in memory, in the institute's zone.
 */
public final class TestCalendars {

	public static final ZoneId INSTITUTE_ZONE = ZoneId.of("Asia/Shanghai");

	private TestCalendars() {
	}

	/**
	 * Returns a calendar of the shipped years with the default working hours 08:30-17:30.
	 */
	public static WorkingCalendar shipped() {
		return shipped("08:30-17:30");
	}

	/**
	 * Returns a calendar of the shipped years with the given working periods, such as
	 * 08:30-12:00.
	 */
	public static WorkingCalendar shipped(String... workingPeriods) {
		return new WorkingCalendar(shippedStore(), WorkingHours.parse(workingPeriods), INSTITUTE_ZONE);
	}

	static InMemoryCalendarStore shippedStore() {
		InMemoryCalendarStore store = new InMemoryCalendarStore();
		for (ShippedYear shipped : ShippedCalendarFiles.readAll()) {
			store.addYearIfMissing(new LoadedYear(shipped.year(), shipped.days(), Instant.EPOCH, LoadedYear.SYSTEM));
		}
		return store;
	}

}
