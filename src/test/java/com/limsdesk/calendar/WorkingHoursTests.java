package com.limsdesk.calendar;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingHoursTests {

	@Test
	void parsesLunchBreakPeriods() {
		WorkingHours hours = WorkingHours.parse("08:30-12:00", "13:00-17:30");

		assertThat(hours.openingTime()).isEqualTo(LocalTime.of(8, 30));
		assertThat(hours.closingTime()).isEqualTo(LocalTime.of(17, 30));
		assertThat(hours.contains(LocalTime.of(12, 30))).isFalse();
		assertThat(hours.contains(LocalTime.of(13, 0))).isTrue();
	}

	@Test
	void acceptsPeriodsThatTouch() {
		WorkingHours hours = WorkingHours.parse("08:30-12:00", "12:00-17:30");

		assertThat(hours.contains(LocalTime.of(12, 0))).isTrue();
	}

	@Test
	void rejectsOverlappingPeriods() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("08:30-12:30", "12:00-17:30"))
			.withMessageContaining("12:00-17:30 starts before 08:30-12:30 ends");
	}

	@Test
	void rejectsPeriodsOutOfOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("13:00-17:30", "08:30-12:00"))
			.withMessageContaining("in time order");
	}

	@Test
	void rejectsPeriodEndingBeforeStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.parse("17:30-08:30"))
			.withMessageContaining("the start must be before the end");
	}

	@Test
	void rejectsEmptyPeriod() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.parse("08:30-08:30"))
			.withMessageContaining("the start must be before the end");
	}

	@Test
	void rejectsMalformedPeriods() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.parse("8-17"))
			.withMessageContaining("expected HH:mm-HH:mm");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.parse("08:30"))
			.withMessageContaining("expected HH:mm-HH:mm");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.parse("08:30-25:00"))
			.withMessageContaining("expected HH:mm-HH:mm");
	}

	@Test
	void rejectsNoPeriods() {
		assertThatIllegalArgumentException().isThrownBy(WorkingHours::parse)
			.withMessageContaining("at least one period");
	}

}
