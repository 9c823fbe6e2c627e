package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SpecialDaysTests {

	private static final DayInput NATIONAL_DAY = new DayInput("2026-10-01", "holiday", "国庆节");

	@Test
	void returnsEntriesOrderedByDate() {
		List<SpecialDay> days = SpecialDays.validate(2026,
				List.of(NATIONAL_DAY, new DayInput(" 2026-02-14 ", " workday ", " 春节调休上班 ")));

		assertThat(days).containsExactly(new SpecialDay(LocalDate.of(2026, 2, 14), DayKind.WORKDAY, "春节调休上班"),
				new SpecialDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"));
	}

	@Test
	void acceptsHolidayOnAnyDay() {
		List<SpecialDay> days = SpecialDays.validate(2026,
				List.of(new DayInput("2026-10-03", "holiday", "国庆节"), new DayInput("2026-10-04", "holiday", "国庆节")));

		assertThat(days).hasSize(2);
	}

	@Test
	void rejectsDateOutsideYear() {
		InvalidDayException ex = invalid(2026, NATIONAL_DAY, new DayInput("2027-01-01", "holiday", "元旦"));

		assertThat(ex.index()).isEqualTo(1);
		assertThat(ex.property()).isEqualTo("date");
		assertThat(ex.getMessage()).isEqualTo("2027-01-01 is outside the year 2026");
	}

	@Test
	void rejectsMalformedDate() {
		InvalidDayException ex = invalid(2026, new DayInput("2026-02-30", "holiday", "春节"));

		assertThat(ex.index()).isZero();
		assertThat(ex.property()).isEqualTo("date");
		assertThat(ex.getMessage()).contains("invalid date '2026-02-30'");
	}

	@Test
	void rejectsMissingDate() {
		InvalidDayException ex = invalid(2026, new DayInput(null, "holiday", "春节"));

		assertThat(ex.property()).isEqualTo("date");
		assertThat(ex.getMessage()).startsWith("is missing");
	}

	@Test
	void rejectsUnknownKind() {
		InvalidDayException ex = invalid(2026, NATIONAL_DAY, new DayInput("2026-10-02", "day-off", "国庆节"));

		assertThat(ex.index()).isEqualTo(1);
		assertThat(ex.property()).isEqualTo("kind");
		assertThat(ex.getMessage()).isEqualTo("unknown kind 'day-off', expected holiday or workday");
	}

	@Test
	void rejectsDuplicateDate() {
		InvalidDayException ex = invalid(2026, NATIONAL_DAY, new DayInput("2026-10-02", "holiday", "国庆节"),
				new DayInput("2026-10-01", "holiday", "国庆节"));

		assertThat(ex.index()).isEqualTo(2);
		assertThat(ex.property()).isEqualTo("date");
		assertThat(ex.getMessage()).isEqualTo("duplicate date 2026-10-01");
	}

	@Test
	void rejectsWorkdayOnWeekday() {
		InvalidDayException ex = invalid(2026, new DayInput("2026-10-08", "workday", "国庆节调休上班"));

		assertThat(ex.property()).isEqualTo("date");
		assertThat(ex.getMessage()).contains("Saturday or Sunday").contains("2026-10-08 is a Thursday");
	}

	@Test
	void rejectsBlankName() {
		InvalidDayException ex = invalid(2026, new DayInput("2026-10-01", "holiday", " "));

		assertThat(ex.property()).isEqualTo("name");
		assertThat(ex.getMessage()).startsWith("is missing");
	}

	@Test
	void rejectsOverlongName() {
		InvalidDayException ex = invalid(2026, new DayInput("2026-10-01", "holiday", "节".repeat(101)));

		assertThat(ex.property()).isEqualTo("name");
		assertThat(ex.getMessage()).isEqualTo("is longer than 100 characters");
	}

	@Test
	void rejectsMissingEntry() {
		InvalidDayException ex = invalid(2026, NATIONAL_DAY, null);

		assertThat(ex.index()).isEqualTo(1);
		assertThat(ex.property()).isNull();
	}

	private static InvalidDayException invalid(int year, DayInput... inputs) {
		InvalidDayException ex = catchThrowableOfType(InvalidDayException.class,
				() -> SpecialDays.validate(year, Arrays.asList(inputs)));
		assertThat(ex).as("rejection of %s", Arrays.toString(inputs)).isNotNull();
		return ex;
	}

}
