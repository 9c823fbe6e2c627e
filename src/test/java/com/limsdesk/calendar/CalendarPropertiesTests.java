package com.limsdesk.calendar;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import com.limsdesk.calendar.CalendarConfiguration.WorkingPeriodConverter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Binding of {@code desk.calendar} as the application binds it, with the period
 * converter.
 */
class CalendarPropertiesTests {

	@Test
	void defaultsToOnePeriodAndFirstNovember() {
		CalendarProperties properties = bind(Map.of());

		assertThat(properties.workingHours())
			.containsExactly(new WorkingPeriod(LocalTime.of(8, 30), LocalTime.of(17, 30)));
		assertThat(properties.missingYearWarning().warnFrom()).isEqualTo(MonthDay.of(11, 1));
		assertThat(properties.missingYearWarning().cron()).isEqualTo("0 0 8 * * *");
	}

	@Test
	void bindsLunchBreakPeriods() {
		CalendarProperties properties = bind(Map.of("desk.calendar.working-hours[0]", "08:30-12:00",
				"desk.calendar.working-hours[1]", "13:00-17:30"));

		assertThat(properties.hours().periods()).hasSize(2);
		assertThat(properties.hours().contains(LocalTime.of(12, 30))).isFalse();
	}

	@Test
	void bindsCommaSeparatedPeriods() {
		CalendarProperties properties = bind(Map.of("desk.calendar.working-hours", "08:30-12:00,13:00-17:30"));

		assertThat(properties.hours().periods()).hasSize(2);
	}

	@Test
	void bindsWarningDayAndCron() {
		CalendarProperties properties = bind(Map.of("desk.calendar.missing-year-warning.warn-from", "--10-15",
				"desk.calendar.missing-year-warning.cron", "0 30 9 * * MON-FRI"));

		assertThat(properties.missingYearWarning().warnFrom()).isEqualTo(MonthDay.of(10, 15));
		assertThat(properties.missingYearWarning().cron()).isEqualTo("0 30 9 * * MON-FRI");
	}

	@Test
	void rejectsOverlappingPeriodsAtStart() {
		Map<String, String> source = Map.of("desk.calendar.working-hours[0]", "08:30-12:30",
				"desk.calendar.working-hours[1]", "12:00-17:30");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(source))
			.havingRootCause()
			.withMessageContaining("starts before 08:30-12:30 ends");
	}

	@Test
	void rejectsMalformedPeriodAtStart() {
		Map<String, String> source = Map.of("desk.calendar.working-hours[0]", "8:30 to 17:30");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(source))
			.havingRootCause()
			.withMessageContaining("expected HH:mm-HH:mm");
	}

	@Test
	void rejectsInvalidCronAtStart() {
		Map<String, String> source = Map.of("desk.calendar.missing-year-warning.cron", "daily");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(source))
			.havingRootCause()
			.withMessageContaining("invalid cron expression 'daily'");
	}

	private static CalendarProperties bind(Map<String, String> properties) {
		ApplicationConversionService conversionService = new ApplicationConversionService();
		conversionService.addConverter(new WorkingPeriodConverter());
		Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null, conversionService);
		return binder.bindOrCreate("desk.calendar", CalendarProperties.class);
	}

}
