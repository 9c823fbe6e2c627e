package com.limsdesk.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days and working time of the institute. A working day is Monday to Friday minus
 * the holidays, plus the make-up working days, of the year's loaded calendar. A year with
 * no loaded calendar counts Monday to Friday minus 1 January, 1 and 2 May and 1 to 3
 * October. Working time is the working hours on a working day, with the start of a period
 * inside it and its end outside it. All dates are in the institute's zone.
 *
 * <p>
 * Each year is read from the database once and cached until an administrator replaces it.
 * NOTE: the cache belongs to one JVM. With several instances on one database, a year
 * replaced through one instance takes effect on the others only after their restart.
 */
public class WorkingCalendar {

	/** First year that the REST API accepts, so that a mistyped year is rejected. */
	public static final int FIRST_SUPPORTED_YEAR = 2000;

	/** Last year that the REST API accepts, so that a mistyped year is rejected. */
	public static final int LAST_SUPPORTED_YEAR = 2099;

	/**
	 * Maximum number of days that a search for a working day looks ahead, so that a
	 * calendar of holidays only cannot make it loop forever.
	 */
	private static final int MAX_SEARCH_DAYS = 3 * 366;

	private final CalendarStore store;

	private final WorkingHours hours;

	private final ZoneId zone;

	private final Map<Integer, YearDays> years = new ConcurrentHashMap<>();

	WorkingCalendar(CalendarStore store, WorkingHours hours, ZoneId zone) {
		this.store = store;
		this.hours = hours;
		this.zone = zone;
	}

	/** Returns the institute's zone, in which dates and working hours are counted. */
	public ZoneId zone() {
		return this.zone;
	}

	/** Returns the date in the institute's zone at the moment. */
	public LocalDate dateOf(Instant moment) {
		return LocalDate.ofInstant(moment, this.zone);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = yearDays(date.getYear()).kinds().get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * Returns whether the moment is in working time. The opening moment of a period is
	 * working time, and its closing moment is not.
	 */
	public boolean isWorkingTime(Instant moment) {
		ZonedDateTime local = moment.atZone(this.zone);
		return isWorkingDay(local.toLocalDate()) && this.hours.contains(local.toLocalTime());
	}

	/**
	 * Returns the moment the first period of working hours starts on that date, working
	 * day or not.
	 */
	public Instant openingTime(LocalDate date) {
		return date.atTime(this.hours.openingTime()).atZone(this.zone).toInstant();
	}

	/**
	 * Returns the moment the last period of working hours ends on that date, working day
	 * or not.
	 */
	public Instant closingTime(LocalDate date) {
		return date.atTime(this.hours.closingTime()).atZone(this.zone).toInstant();
	}

	/**
	 * Returns the moments on that date at which working time starts or ends, in time
	 * order: the opening and the closing moment of each period of working hours on a
	 * working day, and none on any other day.
	 */
	public List<Instant> workingTimeBoundaries(LocalDate date) {
		if (!isWorkingDay(date)) {
			return List.of();
		}
		List<Instant> boundaries = new ArrayList<>();
		for (WorkingPeriod period : this.hours.periods()) {
			boundaries.add(date.atTime(period.start()).atZone(this.zone).toInstant());
			boundaries.add(date.atTime(period.end()).atZone(this.zone).toInstant());
		}
		return boundaries;
	}

	/** Returns the first working day after the date. */
	public LocalDate nextWorkingDay(LocalDate date) {
		return workingDayAfter(date, 1);
	}

	/**
	 * Returns the N-th working day after the date, not counting the date itself.
	 * @throws IllegalArgumentException when {@code workingDays} is less than 1
	 */
	public LocalDate workingDayAfter(LocalDate date, int workingDays) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be at least 1, but was " + workingDays);
		}
		LocalDate day = date;
		int found = 0;
		for (int step = 0; step < MAX_SEARCH_DAYS; step++) {
			day = day.plusDays(1);
			if (isWorkingDay(day) && ++found == workingDays) {
				return day;
			}
		}
		throw new IllegalStateException("found fewer than " + workingDays + " working days within " + MAX_SEARCH_DAYS
				+ " days after " + date + ", so check the loaded calendars for years without working days");
	}

	/**
	 * Returns the N-th working day before the date, not counting the date itself.
	 * @throws IllegalArgumentException when {@code workingDays} is less than 1
	 */
	public LocalDate workingDayBefore(LocalDate date, int workingDays) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be at least 1, but was " + workingDays);
		}
		LocalDate day = date;
		int found = 0;
		for (int step = 0; step < MAX_SEARCH_DAYS; step++) {
			day = day.minusDays(1);
			if (isWorkingDay(day) && ++found == workingDays) {
				return day;
			}
		}
		throw new IllegalStateException("found fewer than " + workingDays + " working days within " + MAX_SEARCH_DAYS
				+ " days before " + date + ", so check the loaded calendars for years without working days");
	}

	/**
	 * Returns whether the year has a loaded calendar, as opposed to the fallback rule.
	 */
	public boolean isLoaded(int year) {
		return yearDays(year).loaded();
	}

	/**
	 * Drops the cached days of the year, so that the next query reads them from the
	 * database.
	 */
	void evict(int year) {
		this.years.remove(year);
	}

	private YearDays yearDays(int year) {
		return this.years.computeIfAbsent(year, this::readYear);
	}

	private YearDays readYear(int year) {
		return this.store.findYear(year)
			.map((loaded) -> new YearDays(true, byDate(loaded.days())))
			.orElseGet(() -> new YearDays(false, byDate(FallbackCalendar.holidays(year))));
	}

	private static Map<LocalDate, DayKind> byDate(List<SpecialDay> days) {
		return days.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::date, SpecialDay::kind));
	}

	/** Cached days of one year that depart from the Monday-to-Friday rule. */
	private record YearDays(boolean loaded, Map<LocalDate, DayKind> kinds) {

	}

}
