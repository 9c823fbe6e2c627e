package com.limsdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.web.InvalidFieldException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarAdministrationTests {

	private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

	private InMemoryCalendarStore store;

	private WorkingCalendar calendar;

	private CalendarAdministration administration;

	@BeforeEach
	void setUp() {
		this.store = TestCalendars.shippedStore();
		this.calendar = new WorkingCalendar(this.store, WorkingHours.parse("08:30-17:30"),
				TestCalendars.INSTITUTE_ZONE);
		this.administration = new CalendarAdministration(this.store, this.calendar, () -> NOW);
	}

	@Test
	void appliesReplacedYearAtOnce() {
		LocalDate nationalDay = LocalDate.of(2026, 10, 1);
		LocalDate extraHoliday = LocalDate.of(2026, 12, 7);
		assertThat(this.calendar.isWorkingDay(nationalDay)).isFalse();

		this.administration.replaceYear(2026, List.of(new DayInput("2026-12-07", "holiday", "测试假日")), "admin");

		assertThat(this.calendar.isWorkingDay(nationalDay)).as("holiday of the replaced list").isTrue();
		assertThat(this.calendar.isWorkingDay(extraHoliday)).as("holiday of the new list").isFalse();
	}

	@Test
	void recordsWhoReplacedYearAndWhen() {
		this.administration.replaceYear(2031, List.of(new DayInput("2031-01-01", "holiday", "元旦")), "admin");

		LoadedYear loaded = this.store.findYear(2031).orElseThrow();
		assertThat(loaded.loadedBy()).isEqualTo("admin");
		assertThat(loaded.loadedAt()).isEqualTo(NOW);
		assertThat(this.calendar.isLoaded(2031)).isTrue();
	}

	@Test
	void loadsEmptyYearWithoutHolidays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).as("fallback New Year").isFalse();

		this.administration.replaceYear(2031, List.of(), "admin");

		assertThat(this.calendar.isLoaded(2031)).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).as("loaded year without holidays").isTrue();
	}

	@Test
	void rejectsYearWithTooFewWorkingDays() {
		List<DayInput> days = new ArrayList<>();
		for (LocalDate date = LocalDate.of(2031, 1, 1); date.getMonthValue() <= 4; date = date.plusDays(1)) {
			days.add(new DayInput(date.toString(), "holiday", "误录假日"));
		}

		InvalidFieldException ex = rejection(() -> this.administration.replaceYear(2031, days, "admin"));

		assertThat(ex.field()).isEqualTo("days");
		assertThat(ex.getMessage()).contains("working days");
		assertThat(this.calendar.isLoaded(2031)).isFalse();
	}

	@Test
	void rejectsInvalidEntryWithoutChange() {
		LoadedYear before = this.store.findYear(2026).orElseThrow();
		List<DayInput> days = List.of(new DayInput("2026-10-01", "holiday", "国庆节"),
				new DayInput("2026-10-02", "holiday", "国庆节"), new DayInput("2026-10-03", "holiday", "国庆节"),
				new DayInput("2026-10-09", "workday", "国庆节调休上班"));

		InvalidFieldException ex = rejection(() -> this.administration.replaceYear(2026, days, "admin"));

		assertThat(ex.field()).isEqualTo("days[3].date");
		assertThat(ex.getMessage()).contains("Saturday or Sunday");
		assertThat(this.store.findYear(2026)).contains(before);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday kept").isTrue();
	}

	@Test
	void namesMissingEntryByIndex() {
		List<DayInput> days = Arrays.asList(new DayInput("2031-01-01", "holiday", "元旦"), null);

		InvalidFieldException ex = rejection(() -> this.administration.replaceYear(2031, days, "admin"));

		assertThat(ex.field()).isEqualTo("days[1]");
		assertThat(this.store.hasYear(2031)).isFalse();
	}

	@Test
	void rejectsMissingBody() {
		InvalidFieldException ex = rejection(() -> this.administration.replaceYear(2031, null, "admin"));

		assertThat(ex.field()).isEqualTo("days");
	}

	@Test
	void rejectsYearOutsideRange() {
		InvalidFieldException ex = rejection(() -> this.administration.replaceYear(2206, List.of(), "admin"));

		assertThat(ex.field()).isEqualTo("year");
		assertThat(ex.getMessage()).contains("2206").contains("2000 to 2099");
		assertThat(this.store.hasYear(2206)).isFalse();
	}

	@Test
	void findsNoLoadedFallbackYear() {
		assertThat(this.administration.findYear(2027)).isEmpty();
		assertThat(this.administration.findYear(2026)).isPresent();
	}

	private static InvalidFieldException rejection(Runnable request) {
		InvalidFieldException ex = catchThrowableOfType(InvalidFieldException.class, request::run);
		assertThat(ex).as("InvalidFieldException").isNotNull();
		return ex;
	}

}
