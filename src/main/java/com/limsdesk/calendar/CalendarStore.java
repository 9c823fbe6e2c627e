package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Storage of the loaded calendar years and of the notices that a year is missing. */
interface CalendarStore {

	/** Returns the year with its days, or empty when the year is not loaded. */
	Optional<LoadedYear> findYear(int year);

	boolean hasYear(int year);

	/** Replaces the days and the load record of a year in one transaction. */
	void replaceYear(LoadedYear year);

	/**
	 * Stores the year unless it is loaded already.
	 * @return whether the year was stored
	 */
	boolean addYearIfMissing(LoadedYear year);

	/**
	 * Records that administrators were notified on {@code day} that the year is missing.
	 * @return false when that was recorded for the same day already, so the notice must
	 * not go out again
	 */
	boolean recordMissingNotice(int year, LocalDate day);

}
