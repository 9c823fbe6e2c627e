package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CalendarStore} in memory, for tests without a database. */
class InMemoryCalendarStore implements CalendarStore {

	private final Map<Integer, LoadedYear> years = new ConcurrentHashMap<>();

	private final Map<Integer, LocalDate> notices = new ConcurrentHashMap<>();

	@Override
	public Optional<LoadedYear> findYear(int year) {
		return Optional.ofNullable(this.years.get(year));
	}

	@Override
	public boolean hasYear(int year) {
		return this.years.containsKey(year);
	}

	@Override
	public void replaceYear(LoadedYear year) {
		this.years.put(year.year(), year);
	}

	@Override
	public boolean addYearIfMissing(LoadedYear year) {
		return this.years.putIfAbsent(year.year(), year) == null;
	}

	@Override
	public boolean recordMissingNotice(int year, LocalDate day) {
		return !day.equals(this.notices.put(year, day));
	}

}
