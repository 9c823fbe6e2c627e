package com.limsdesk.calendar;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings of the working calendar under the prefix {@code desk.calendar}.
 *
 * @param workingHours periods of working time on every working day, in time order and not
 * overlapping, each written as {@code HH:mm-HH:mm}. The default is {@code 08:30-17:30}.
 * @param missingYearWarning when administrators are notified that a year's calendar is
 * missing
 */
@ConfigurationProperties("desk.calendar")
record CalendarProperties(List<WorkingPeriod> workingHours, MissingYearWarning missingYearWarning) {

	static final List<WorkingPeriod> DEFAULT_WORKING_HOURS = List
		.of(new WorkingPeriod(LocalTime.of(8, 30), LocalTime.of(17, 30)));

	CalendarProperties {
		workingHours = (workingHours != null) ? List.copyOf(workingHours) : DEFAULT_WORKING_HOURS;
		WorkingHours.validate(workingHours);
		missingYearWarning = (missingYearWarning != null) ? missingYearWarning : new MissingYearWarning(null, null);
	}

	WorkingHours hours() {
		return new WorkingHours(this.workingHours);
	}

	/**
	 * @param cron Spring cron expression of the daily check, in the institute's zone. The
	 * default is {@value #DEFAULT_CRON}. The value {@code -} turns the daily check off,
	 * but the check at start still runs.
	 * @param warnFrom day of the year, as an ISO month-day such as {@code --11-01}, from
	 * which the next year's calendar is expected. The default is 1 November.
	 */
	record MissingYearWarning(String cron, MonthDay warnFrom) {

		/** Every day at 08:00. */
		static final String DEFAULT_CRON = "0 0 8 * * *";

		MissingYearWarning {
			cron = (cron != null) ? cron.strip() : DEFAULT_CRON;
			if (!Scheduled.CRON_DISABLED.equals(cron) && !CronExpression.isValidExpression(cron)) {
				throw new IllegalArgumentException("invalid cron expression '" + cron
						+ "' for desk.calendar.missing-year-warning.cron, expected six fields such as " + DEFAULT_CRON);
			}
			warnFrom = (warnFrom != null) ? warnFrom : MonthDay.of(11, 1);
		}

	}

}
