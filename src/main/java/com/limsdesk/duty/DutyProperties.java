package com.limsdesk.duty;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings of the duty roster under the prefix {@code desk.duty}.
 *
 * @param gapCheck the daily search for periods with nobody on duty
 */
@ConfigurationProperties("desk.duty")
record DutyProperties(GapCheck gapCheck) {

	DutyProperties {
		gapCheck = (gapCheck != null) ? gapCheck : new GapCheck(null, null);
	}

	/**
	 * @param cron Spring cron expression of the daily check, in the institute's zone. The
	 * default is {@value #DEFAULT_CRON}; {@code -} turns the check off.
	 * @param lookAhead how far ahead of the check a gap is reported, 14 days by default
	 */
	record GapCheck(String cron, Duration lookAhead) {

		/** Every day at 09:00. */
		static final String DEFAULT_CRON = "0 0 9 * * *";

		GapCheck {
			cron = (cron != null) ? cron.strip() : DEFAULT_CRON;
			if (!Scheduled.CRON_DISABLED.equals(cron) && !CronExpression.isValidExpression(cron)) {
				throw new IllegalArgumentException("invalid cron expression '" + cron
						+ "' for desk.duty.gap-check.cron, expected six fields such as " + DEFAULT_CRON);
			}
			lookAhead = (lookAhead != null) ? lookAhead : Duration.ofDays(14);
			if (lookAhead.isNegative() || lookAhead.isZero() || lookAhead.compareTo(Duration.ofDays(366)) > 0) {
				throw new IllegalArgumentException(
						"desk.duty.gap-check.look-ahead must be between 1 minute and 366 days, was " + lookAhead);
			}
		}

	}

}
