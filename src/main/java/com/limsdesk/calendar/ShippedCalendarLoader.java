package com.limsdesk.calendar;

import java.time.InstantSource;
import java.util.List;

import com.limsdesk.calendar.ShippedCalendarFiles.ShippedYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Copies each shipped calendar year into the database at start, unless the database has
 * that year already. A year that an administrator loaded is never overwritten.
 */
class ShippedCalendarLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ShippedCalendarLoader.class);

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final InstantSource clock;

	ShippedCalendarLoader(CalendarStore store, WorkingCalendar calendar, InstantSource clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load(ShippedCalendarFiles.readAll());
	}

	void load(List<ShippedYear> shippedYears) {
		for (ShippedYear shipped : shippedYears) {
			load(shipped);
		}
	}

	private void load(ShippedYear shipped) {
		LoadedYear year = new LoadedYear(shipped.year(), shipped.days(), this.clock.instant(), LoadedYear.SYSTEM);
		boolean added;
		try {
			added = this.store.addYearIfMissing(year);
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("Calendar of {} was loaded by another instance at the same time, so {} is skipped",
					shipped.year(), shipped.source());
			return;
		}
		if (added) {
			this.calendar.evict(shipped.year());
			logger.info("Loaded the calendar of {} with {} days from {}", shipped.year(), shipped.days().size(),
					shipped.source());
		}
		else {
			logger.debug("Calendar of {} is in the database already, so {} is not applied", shipped.year(),
					shipped.source());
		}
	}

}
