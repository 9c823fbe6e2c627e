package com.limsdesk.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting shared by the training's mail, task views and journal. */
final class TrainingText {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private TrainingText() {
	}

	/** Formats a moment in the institute's zone to the minute, or "-" for none. */
	static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTE.format(instant.atZone(zone)) : "-";
	}

}
