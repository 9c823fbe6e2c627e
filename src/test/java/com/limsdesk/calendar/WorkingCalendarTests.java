package com.limsdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The working calendar with the shipped years, under a JVM default zone of UTC. */
class WorkingCalendarTests {

	private TimeZone originalDefault;

	private WorkingCalendar calendar;

	@BeforeEach
	void setUp() {
		this.originalDefault = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		this.calendar = TestCalendars.shipped();
	}

	@AfterEach
	void restoreDefaultZone() {
		TimeZone.setDefault(this.originalDefault);
	}

	@Test
	void excludesWeekdayHolidays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
	}

	@Test
	void includesMakeUpWeekendDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday 4 January 2026").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14 February 2026").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday 11 October 2025").isTrue();
	}

	@Test
	void excludesPlainWeekend() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();
	}

	@Test
	void includesPlainWeekday() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();
	}

	@Test
	void countsOpeningMomentAsWorking() {
		assertThat(this.calendar.isWorkingTime(local("2026-12-07T08:30:00"))).isTrue();
		assertThat(this.calendar.isWorkingTime(local("2026-12-07T08:29:59"))).isFalse();
	}

	@Test
	void countsClosingMomentAsNonWorking() {
		assertThat(this.calendar.isWorkingTime(local("2026-12-07T17:30:00"))).isFalse();
		assertThat(this.calendar.isWorkingTime(local("2026-12-07T17:29:59.999"))).isTrue();
	}

	@Test
	void excludesWorkingHoursOnHoliday() {
		assertThat(this.calendar.isWorkingTime(local("2026-10-08T10:00:00"))).isTrue();
		assertThat(this.calendar.isWorkingTime(local("2026-10-07T10:00:00"))).isFalse();
	}

	@Test
	void excludesLunchBreak() {
		WorkingCalendar lunchCalendar = TestCalendars.shipped("08:30-12:00", "13:00-17:30");

		assertThat(lunchCalendar.isWorkingTime(local("2026-12-07T11:59:59"))).isTrue();
		assertThat(lunchCalendar.isWorkingTime(local("2026-12-07T12:00:00"))).isFalse();
		assertThat(lunchCalendar.isWorkingTime(local("2026-12-07T12:59:59"))).isFalse();
		assertThat(lunchCalendar.isWorkingTime(local("2026-12-07T13:00:00"))).isTrue();
	}

	@Test
	void spansAllPeriodsFromOpeningToClosing() {
		WorkingCalendar lunchCalendar = TestCalendars.shipped("08:30-12:00", "13:00-17:30");
		LocalDate day = LocalDate.of(2026, 12, 7);

		assertThat(lunchCalendar.openingTime(day)).isEqualTo(local("2026-12-07T08:30:00"));
		assertThat(lunchCalendar.closingTime(day)).isEqualTo(local("2026-12-07T17:30:00"));
	}

	@Test
	void returnsDateInInstituteZone() {
		// 00:30 in Shanghai on 8 December is 16:30 UTC on 7 December.
		assertThat(this.calendar.dateOf(local("2026-12-08T00:30:00"))).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void skipsSpringFestival() {
		assertThat(this.calendar.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void countsMakeUpSaturday() {
		assertThat(this.calendar.workingDayAfter(LocalDate.of(2026, 2, 26), 2)).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void rejectsZeroWorkingDays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.workingDayAfter(LocalDate.of(2026, 12, 7), 0))
			.withMessageContaining("at least 1");
	}

	@Test
	void reportsShippedYearsAsLoaded() {
		assertThat(this.calendar.isLoaded(2025)).isTrue();
		assertThat(this.calendar.isLoaded(2026)).isTrue();
		assertThat(this.calendar.isLoaded(2027)).isFalse();
	}

	@Test
	void keepsFixedHolidaysInFallbackYear() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("Friday 1 January 2027").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).as("Friday 1 October 2027").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2029, 5, 1))).as("Tuesday 1 May 2029").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2029, 5, 2))).as("Wednesday 2 May 2029").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2029, 10, 3))).as("Wednesday 3 October 2029").isFalse();
	}

	@Test
	void includesOtherWeekdaysInFallbackYear() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).as("Monday 4 January 2027").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Monday 8 February 2027").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("Monday 3 May 2027").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).as("Monday 4 October 2027").isTrue();
	}

	@Test
	void excludesWeekendsInFallbackYear() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("Saturday 2 January 2027").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 1, 3))).as("Sunday 3 January 2027").isFalse();
	}

	@Test
	void crossesIntoFallbackYear() {
		assertThat(this.calendar.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void endsSearchAfterYearOfHolidays() {
		InMemoryCalendarStore store = new InMemoryCalendarStore();
		List<SpecialDay> everyDay = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2030, 1, 1); day.getYear() == 2030; day = day.plusDays(1)) {
			everyDay.add(new SpecialDay(day, DayKind.HOLIDAY, "测试"));
		}
		store.replaceYear(new LoadedYear(2030, everyDay, Instant.EPOCH, "admin"));
		WorkingCalendar holidayCalendar = new WorkingCalendar(store, WorkingHours.parse("08:30-17:30"),
				TestCalendars.INSTITUTE_ZONE);

		assertThat(holidayCalendar.nextWorkingDay(LocalDate.of(2029, 12, 31))).isEqualTo(LocalDate.of(2031, 1, 2));
	}

	@Test
	void keepsCachedYearUntilEviction() {
		InMemoryCalendarStore store = TestCalendars.shippedStore();
		WorkingCalendar cachingCalendar = new WorkingCalendar(store, WorkingHours.parse("08:30-17:30"),
				TestCalendars.INSTITUTE_ZONE);
		LocalDate nationalDay = LocalDate.of(2026, 10, 1);
		assertThat(cachingCalendar.isWorkingDay(nationalDay)).isFalse();

		store.replaceYear(new LoadedYear(2026, List.of(), Instant.EPOCH, "admin"));

		assertThat(cachingCalendar.isWorkingDay(nationalDay)).as("before eviction").isFalse();
		cachingCalendar.evict(2026);
		assertThat(cachingCalendar.isWorkingDay(nationalDay)).as("after eviction").isTrue();
	}

	private static Instant local(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TestCalendars.INSTITUTE_ZONE).toInstant();
	}

}
