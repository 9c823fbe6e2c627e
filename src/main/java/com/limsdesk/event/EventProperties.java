package com.limsdesk.event;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of temporary event support, under the prefix {@code desk.event}.
 *
 * @param checkWorkingDaysBefore how many working days before the event's start date the
 * pre-event check falls: it opens at opening time and is due at closing time of that
 * working day; 1 by default, the working day before the event
 * @param arrivalWindow how long before their on-site time an engineer may record their
 * arrival; 4 hours by default
 * @param summaryWorkingDays the summary is due at closing time of this many working days
 * after the event ends; 1 by default
 * @param maxDuration the longest event the desk accepts; 31 days by default
 */
@ConfigurationProperties("desk.event")
public record EventProperties(int checkWorkingDaysBefore, Duration arrivalWindow, int summaryWorkingDays,
		Duration maxDuration) {

	public EventProperties {
		checkWorkingDaysBefore = (checkWorkingDaysBefore > 0) ? checkWorkingDaysBefore : 1;
		arrivalWindow = (arrivalWindow != null && !arrivalWindow.isNegative()) ? arrivalWindow : Duration.ofHours(4);
		summaryWorkingDays = (summaryWorkingDays > 0) ? summaryWorkingDays : 1;
		maxDuration = (maxDuration != null && !maxDuration.isNegative() && !maxDuration.isZero()) ? maxDuration
				: Duration.ofDays(31);
	}

}
