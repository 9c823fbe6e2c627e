package com.limsdesk.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the periodic reports, under the prefix {@code desk.report}. Each cron is a
 * six-field expression with seconds, in the JVM's time zone, and each timer drafts the
 * reports of the period that ended before it fires.
 *
 * @param weeklyCron when the weekly report of the past week is drafted; by default Monday
 * 00:30
 * @param quarterlyCron when the quarterly report and the database report of the past
 * quarter are drafted; by default 00:40 on the first day of each quarter
 * @param annualCron when the annual report of the past year is drafted; by default 00:50
 * on 1 January
 * @param maxUploadBytes largest document an engineer may upload, in bytes; by default 20
 * MiB
 */
@ConfigurationProperties("desk.report")
public record ReportProperties(String weeklyCron, String quarterlyCron, String annualCron, Long maxUploadBytes) {

	public ReportProperties {
		weeklyCron = cron("weekly-cron", weeklyCron, "0 30 0 ? * MON");
		quarterlyCron = cron("quarterly-cron", quarterlyCron, "0 40 0 1 1,4,7,10 ?");
		annualCron = cron("annual-cron", annualCron, "0 50 0 1 1 ?");
		maxUploadBytes = (maxUploadBytes != null && maxUploadBytes > 0) ? maxUploadBytes : 20L * 1024 * 1024;
	}

	static String cron(String name, String value, String fallback) {
		String cron = (value != null && !value.isBlank()) ? value.trim() : fallback;
		if (cron.split("\\s+").length != 6) {
			throw new IllegalArgumentException(
					"desk.report." + name + " must have six fields, seconds first, was '" + cron + "'");
		}
		return cron;
	}

}
