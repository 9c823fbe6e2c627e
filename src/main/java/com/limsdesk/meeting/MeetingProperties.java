package com.limsdesk.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the weekly meeting, under the prefix {@code desk.meeting}.
 *
 * @param cron when the meeting task opens with its agenda: a six-field cron expression
 * with seconds, in the JVM's time zone; by default Thursday 09:00, after last week's
 * report is due
 */
@ConfigurationProperties("desk.meeting")
public record MeetingProperties(String cron) {

	public MeetingProperties {
		cron = (cron != null && !cron.isBlank()) ? cron.trim() : "0 0 9 ? * THU";
		if (cron.split("\\s+").length != 6) {
			throw new IllegalArgumentException(
					"desk.meeting.cron must have six fields, seconds first, was '" + cron + "'");
		}
	}

}
