package com.limsdesk.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingPeriodTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@ParameterizedTest
	@CsvSource({ "2026-01-15, 2026-02-15", "2026-01-31, 2026-02-28", "2028-01-31, 2028-02-29", "2026-03-31, 2026-04-30",
			"2026-12-20, 2027-01-20" })
	void minimumEndIsOneCalendarMonthLater(LocalDate start, LocalDate end) {
		assertThat(TrainingPeriod.minimumEnd(start)).isEqualTo(end);
	}

	@ParameterizedTest
	@CsvSource({ "2026-02-27T15:59:59Z, false", "2026-02-27T16:00:00Z, true", "2026-02-28T09:00:00Z, true",
			"2026-02-27T09:00:00Z, false" })
	void trainingIsOverFromMidnightOfEndInShanghai(Instant now, boolean over) {
		assertThat(TrainingPeriod.isOver(LocalDate.parse("2026-02-28"), now, SHANGHAI)).isEqualTo(over);
	}

	@ParameterizedTest
	@CsvSource({ "2026-02-28, 2026-02-27T16:00:00Z", "2026-04-16, 2026-04-15T16:00:00Z" })
	void startOfDateIsMidnightInShanghai(LocalDate date, Instant midnight) {
		assertThat(TrainingPeriod.startOf(date, SHANGHAI)).isEqualTo(midnight);
	}

}
