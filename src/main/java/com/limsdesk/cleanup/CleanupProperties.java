package com.limsdesk.cleanup;

import java.text.ParseException;

import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the temporary table cleanup, under the prefix {@code desk.cleanup}.
 *
 * @param cron when the monthly run starts, as a Camunda (Quartz) cron expression with six
 * fields, seconds first; 09:00 on the 1st of each month by default. Camunda evaluates it
 * in the default time zone of the JVM, not in {@code desk.zone}.
 * @param maxCandidates tables offered for review in one run at most, the largest first;
 * the rest wait for the next run
 */
@ConfigurationProperties("desk.cleanup")
public record CleanupProperties(String cron, Integer maxCandidates) {

	public static final String DEFAULT_CRON = "0 0 9 1 * ?";

	public CleanupProperties {
		cron = (cron != null && !cron.isBlank()) ? cron.strip() : DEFAULT_CRON;
		maxCandidates = (maxCandidates != null) ? maxCandidates : 200;
		if (maxCandidates < 1 || maxCandidates > 1000) {
			throw new IllegalArgumentException(
					"desk.cleanup.max-candidates must be between 1 and 1000, was " + maxCandidates);
		}
		try {
			CronTimer.parse(cron);
		}
		catch (ParseException | RuntimeException ex) {
			throw new IllegalArgumentException("desk.cleanup.cron is invalid: '" + cron + "' (" + ex.getMessage()
					+ "); expected a cron expression with six fields, seconds first, such as '" + DEFAULT_CRON + "'",
					ex);
		}
	}

}
