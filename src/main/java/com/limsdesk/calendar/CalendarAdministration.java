package com.limsdesk.calendar;

import java.time.DayOfWeek;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.limsdesk.web.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Service that reads and replaces the calendar of a year for administrators. */
class CalendarAdministration {

	private static final Logger logger = LoggerFactory.getLogger(CalendarAdministration.class);

	static final int MIN_WORKING_DAYS = 200;

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final InstantSource clock;

	CalendarAdministration(CalendarStore store, WorkingCalendar calendar, InstantSource clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Returns the loaded calendar of the year, or empty when the fallback rule applies.
	 */
	Optional<LoadedYear> findYear(int year) {
		requireSupportedYear(year);
		return this.store.findYear(year);
	}

	/**
	 * Validates every entry, then replaces the days of the year in one transaction and
	 * drops the cached year. Nothing changes when any entry is invalid.
	 * @throws InvalidFieldException naming the first invalid entry, such as
	 * {@code days[3].date}
	 */
	LoadedYear replaceYear(int year, List<DayInput> inputs, String userId) {
		requireSupportedYear(year);
		if (inputs == null) {
			throw new InvalidFieldException("days", "is missing, expected a JSON array of {date, kind, name}");
		}
		List<SpecialDay> days;
		try {
			days = SpecialDays.validate(year, inputs);
		}
		catch (InvalidDayException ex) {
			throw new InvalidFieldException(fieldName(ex), ex.getMessage());
		}
		requirePlausibleYear(year, days);
		LoadedYear loaded = new LoadedYear(year, days, this.clock.instant(), userId);
		this.store.replaceYear(loaded);
		this.calendar.evict(year);
		logger.info("Calendar of {} replaced by {}, holidays and make-up working days: {}", year, userId, days.size());
		return loaded;
	}

	/**
	 * Rejects a calendar with fewer than {@value #MIN_WORKING_DAYS} working days, which
	 * is a mistake rather than a notice: the State Council's calendars have about 250,
	 * and a year of holidays would push every general response deadline into the next
	 * year.
	 */
	private static void requirePlausibleYear(int year, List<SpecialDay> days) {
		Map<LocalDate, DayKind> special = new HashMap<>();
		days.forEach((day) -> special.put(day.date(), day.kind()));
		int workingDays = 0;
		for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
			DayKind kind = special.get(date);
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (kind == DayKind.WORKDAY || (kind == null && !weekend)) {
				workingDays++;
			}
		}
		if (workingDays < MIN_WORKING_DAYS) {
			throw new InvalidFieldException("days", "the year " + year + " would have only " + workingDays
					+ " working days, fewer than " + MIN_WORKING_DAYS + "; check the holiday entries");
		}
	}

	private static void requireSupportedYear(int year) {
		if (year < WorkingCalendar.FIRST_SUPPORTED_YEAR || year > WorkingCalendar.LAST_SUPPORTED_YEAR) {
			throw new InvalidFieldException("year", "year " + year + " is outside the supported range "
					+ WorkingCalendar.FIRST_SUPPORTED_YEAR + " to " + WorkingCalendar.LAST_SUPPORTED_YEAR);
		}
	}

	private static String fieldName(InvalidDayException ex) {
		String entry = "days[" + ex.index() + "]";
		return (ex.property() != null) ? entry + "." + ex.property() : entry;
	}

}
