package com.limsdesk.inspection;

import com.limsdesk.servicelevel.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the database inspection, under the prefix {@code desk.inspection}.
 *
 * @param cron when the inspection starts by itself: a six-field cron expression with
 * seconds, in the JVM's time zone; by default every day at 07:30
 * @param severity severity of a ticket opened for a critical finding that names none
 * @param reviewSeverity severity of a ticket that an engineer raises for a warning or a
 * check that could not run. Such a ticket has the general category, so its response is
 * due within the working day.
 * @param ticketReporter desk user who confirms the fix of a ticket the inspection opened
 * @param module module named on those tickets
 */
@ConfigurationProperties("desk.inspection")
public record InspectionProperties(String cron, Severity severity, Severity reviewSeverity, String ticketReporter,
		String module) {

	public InspectionProperties {
		cron = (cron != null && !cron.isBlank()) ? cron : "0 30 7 * * ?";
		if (cron.trim().split("\\s+").length != 6) {
			throw new IllegalArgumentException(
					"desk.inspection.cron must have six fields, seconds first, was '" + cron + "'");
		}
		severity = (severity != null) ? severity : Severity.MAJOR;
		reviewSeverity = (reviewSeverity != null) ? reviewSeverity : Severity.ORDINARY;
		ticketReporter = (ticketReporter != null && !ticketReporter.isBlank()) ? ticketReporter : "manager";
		module = (module != null && !module.isBlank()) ? module : "数据库";
	}

}
