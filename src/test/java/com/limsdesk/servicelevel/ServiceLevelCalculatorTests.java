package com.limsdesk.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import com.limsdesk.calendar.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Deadlines computed with the shipped calendars of 2025 and 2026. Every test runs with a
 * JVM default zone other than the institute's, so a deadline that leaks the default zone
 * fails.
 */
class ServiceLevelCalculatorTests {

	/** JVM default zones of the vector cases: far west, far east and in between. */
	private static final List<String> DEFAULT_ZONES = List.of("UTC", "America/New_York", "Pacific/Kiritimati");

	private TimeZone originalDefault;

	private ServiceLevelCalculator calculator;

	@BeforeEach
	void setUp() {
		this.originalDefault = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		this.calculator = new ServiceLevelCalculator(TestCalendars.shipped());
	}

	@AfterEach
	void restoreDefaultZone() {
		TimeZone.setDefault(this.originalDefault);
	}

	static Stream<Arguments> vectorsInZones() {
		return DEFAULT_ZONES.stream()
			.flatMap((zone) -> SlaVector.readAll().stream().map((vector) -> Arguments.of(zone, vector)));
	}

	@Test
	void readsEveryVectorCase() {
		List<SlaVector> vectors = SlaVector.readAll();

		assertThat(vectors).extracting(SlaVector::id).doesNotHaveDuplicates();
		assertThat(vectors).hasSize(19);
	}

	@ParameterizedTest(name = "{1} with default zone {0}")
	@MethodSource("vectorsInZones")
	void computesVectorDeadline(String defaultZone, SlaVector vector) {
		TimeZone.setDefault(TimeZone.getTimeZone(defaultZone));
		ServiceLevelCalculator calculatorInZone = new ServiceLevelCalculator(TestCalendars.shipped());

		Instant due = dueOf(calculatorInZone, vector);

		assertThat(due).as(vector.toString()).isEqualTo(local(vector.expectedDue()));
	}

	@Test
	void givesMainFaultFifteenMinutes() {
		Instant reportedAt = local("2026-10-03T03:00:00");

		assertThat(this.calculator.responseDue(reportedAt, FaultCategory.MAIN)).isEqualTo(local("2026-10-03T03:15:00"));
	}

	@Test
	void returnsSameDayClosingJustBeforeClosing() {
		Instant reportedAt = local("2026-12-07T17:29:59");

		assertThat(this.calculator.responseDue(reportedAt, FaultCategory.GENERAL))
			.isEqualTo(local("2026-12-07T17:30:00"));
	}

	@Test
	void returnsSameDayClosingOnMakeUpSunday() {
		Instant reportedAt = local("2026-01-04T09:00:00");

		assertThat(this.calculator.responseDue(reportedAt, FaultCategory.GENERAL))
			.isEqualTo(local("2026-01-04T17:30:00"));
	}

	@Test
	void givesOneHourInClosingMinute() {
		Instant clockStart = local("2026-12-07T17:29:00");

		assertThat(this.calculator.repairDue(clockStart, Severity.ORDINARY)).isEqualTo(local("2026-12-07T18:29:00"));
	}

	@Test
	void givesOneHourOnMakeUpSunday() {
		Instant clockStart = local("2025-09-28T10:00:00");

		assertThat(this.calculator.repairDue(clockStart, Severity.ORDINARY)).isEqualTo(local("2025-09-28T11:00:00"));
	}

	@Test
	void givesTwoHoursOnPlainSunday() {
		Instant clockStart = local("2026-12-06T10:00:00");

		assertThat(this.calculator.repairDue(clockStart, Severity.ORDINARY)).isEqualTo(local("2026-12-06T12:00:00"));
	}

	@Test
	void countsMajorRepairAcrossMidnight() {
		Instant clockStart = local("2026-12-07T22:00:00");

		assertThat(this.calculator.repairDue(clockStart, Severity.MAJOR)).isEqualTo(local("2026-12-08T02:00:00"));
	}

	@Test
	void warnsAtEightyPercentOfRepairTime() {
		Instant working = local("2026-12-07T10:00:00");
		Instant nonWorking = local("2026-12-07T20:00:00");

		assertThat(this.calculator.repairWarningAt(working, Severity.ORDINARY))
			.isEqualTo(working.plus(Duration.ofMinutes(48)));
		assertThat(this.calculator.repairWarningAt(nonWorking, Severity.ORDINARY))
			.isEqualTo(nonWorking.plus(Duration.ofMinutes(96)));
		assertThat(this.calculator.repairWarningAt(working, Severity.SIGNIFICANT))
			.isEqualTo(working.plus(Duration.ofMinutes(96)));
		assertThat(this.calculator.repairWarningAt(working, Severity.MAJOR))
			.isEqualTo(working.plus(Duration.ofMinutes(192)));
		assertThat(this.calculator.repairWarningAt(working, Severity.CRITICAL))
			.isEqualTo(working.plus(Duration.ofMinutes(1152)));
	}

	@Test
	void givesTwoHoursOnSiteAtClosing() {
		Instant dispatchedAt = local("2026-12-07T17:30:00");

		assertThat(this.calculator.onSiteDue(dispatchedAt)).isEqualTo(local("2026-12-07T19:30:00"));
	}

	@Test
	void givesDayOnSiteAtOpening() {
		Instant dispatchedAt = local("2026-12-07T08:30:00");

		assertThat(this.calculator.onSiteDue(dispatchedAt)).isEqualTo(local("2026-12-08T08:30:00"));
	}

	@Test
	void treatsLunchBreakAsNonWorkingTime() {
		ServiceLevelCalculator lunchCalculator = new ServiceLevelCalculator(
				TestCalendars.shipped("08:30-12:00", "13:00-17:30"));

		assertThat(lunchCalculator.repairDue(local("2026-12-07T11:59:00"), Severity.ORDINARY))
			.isEqualTo(local("2026-12-07T12:59:00"));
		assertThat(lunchCalculator.repairDue(local("2026-12-07T12:00:00"), Severity.ORDINARY))
			.isEqualTo(local("2026-12-07T14:00:00"));
		assertThat(lunchCalculator.repairDue(local("2026-12-07T13:00:00"), Severity.ORDINARY))
			.isEqualTo(local("2026-12-07T14:00:00"));
		assertThat(lunchCalculator.onSiteDue(local("2026-12-07T12:30:00"))).isEqualTo(local("2026-12-07T14:30:00"));
	}

	@Test
	void returnsSameDayClosingInLunchBreak() {
		ServiceLevelCalculator lunchCalculator = new ServiceLevelCalculator(
				TestCalendars.shipped("08:30-12:00", "13:00-17:30"));

		assertThat(lunchCalculator.responseDue(local("2026-12-07T12:30:00"), FaultCategory.GENERAL))
			.isEqualTo(local("2026-12-07T17:30:00"));
	}

	@Test
	void treatsFallbackNewYearAsHoliday() {
		Instant reportedAt = local("2026-12-31T18:00:00");

		assertThat(this.calculator.responseDue(reportedAt, FaultCategory.GENERAL))
			.isEqualTo(local("2027-01-04T17:30:00"));
		assertThat(this.calculator.repairDue(local("2027-01-01T10:00:00"), Severity.ORDINARY))
			.isEqualTo(local("2027-01-01T12:00:00"));
	}

	@Test
	void treatsFallbackMondayAsWorking() {
		Instant clockStart = local("2027-03-01T10:00:00");

		assertThat(this.calculator.repairDue(clockStart, Severity.ORDINARY)).isEqualTo(local("2027-03-01T11:00:00"));
	}

	@Test
	void countsReportDaysIntoFallbackYear() {
		assertThat(this.calculator.reportDue(LocalDate.of(2026, 12, 30))).isEqualTo(local("2027-01-04T17:30:00"));
	}

	@Test
	void skipsNationalDayForConfirmation() {
		Instant fixedAt = local("2026-09-30T10:00:00");

		assertThat(this.calculator.closingOfWorkingDayAfter(fixedAt, 3)).isEqualTo(local("2026-10-10T17:30:00"));
	}

	@Test
	void countsWorkingDaysFromInstituteDate() {
		// 00:30 on 8 December in Shanghai is still 7 December in New York.
		Instant fixedAt = local("2026-12-08T00:30:00");

		assertThat(this.calculator.closingOfWorkingDayAfter(fixedAt, 1)).isEqualTo(local("2026-12-09T17:30:00"));
	}

	@Test
	void rejectsZeroWorkingDays() {
		Instant fixedAt = local("2026-12-07T10:00:00");

		assertThatIllegalArgumentException().isThrownBy(() -> this.calculator.closingOfWorkingDayAfter(fixedAt, 0))
			.withMessageContaining("at least 1");
	}

	private static Instant dueOf(ServiceLevelCalculator calculator, SlaVector vector) {
		return switch (vector.rule()) {
			case "response" -> calculator.responseDue(local(vector.start()), FaultCategory.fromCode(vector.category()));
			case "repair" -> calculator.repairDue(local(vector.start()), Severity.fromCode(vector.severity()));
			case "onsite" -> calculator.onSiteDue(local(vector.start()));
			case "report" -> calculator.reportDue(LocalDate.parse(vector.start()));
			default -> throw new IllegalArgumentException("unknown rule in " + vector);
		};
	}

	private static Instant local(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TestCalendars.INSTITUTE_ZONE).toInstant();
	}

}
