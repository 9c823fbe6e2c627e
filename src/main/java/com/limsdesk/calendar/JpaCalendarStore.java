package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the calendar in the {@code desk_calendar_} tables. */
@Component
class JpaCalendarStore implements CalendarStore {

	private final CalendarYearRepository years;

	private final CalendarDayRepository days;

	private final MissingCalendarNoticeRepository notices;

	JpaCalendarStore(CalendarYearRepository years, CalendarDayRepository days,
			MissingCalendarNoticeRepository notices) {
		this.years = years;
		this.days = days;
		this.notices = notices;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LoadedYear> findYear(int year) {
		return this.years.findById(year).map((record) -> {
			List<SpecialDay> entries = this.days.findByYearOrderByDate(year)
				.stream()
				.map(CalendarDay::toSpecialDay)
				.toList();
			return new LoadedYear(year, entries, record.loadedAt(), record.loadedBy());
		});
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasYear(int year) {
		return this.years.existsById(year);
	}

	@Override
	@Transactional
	public void replaceYear(LoadedYear year) {
		// The row lock serializes two replacements of a year that is loaded already. Two
		// first loads of a year at the same time fail on the primary key instead.
		Optional<CalendarYear> existing = this.years.findForUpdate(year.year());
		this.days.deleteByYear(year.year());
		CalendarYear record = existing.orElseGet(() -> new CalendarYear(year.year()));
		save(record, year);
	}

	@Override
	@Transactional
	public boolean addYearIfMissing(LoadedYear year) {
		if (this.years.existsById(year.year())) {
			return false;
		}
		save(new CalendarYear(year.year()), year);
		return true;
	}

	@Override
	@Transactional
	public boolean recordMissingNotice(int year, LocalDate day) {
		MissingCalendarNotice notice = this.notices.findForUpdate(year)
			.orElseGet(() -> new MissingCalendarNotice(year));
		if (day.equals(notice.notifiedOn())) {
			return false;
		}
		notice.markNotified(day);
		this.notices.save(notice);
		return true;
	}

	private void save(CalendarYear record, LoadedYear year) {
		record.recordLoad(year.loadedAt(), year.loadedBy());
		this.years.saveAndFlush(record);
		this.days.saveAll(year.days().stream().map(CalendarDay::new).toList());
	}

}
