package com.limsdesk.problem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.limsdesk.engine.TaskViews;

/** Formatting shared by the problem's mail, task views and journal. */
final class ProblemText {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ProblemText() {
	}

	/** Formats a moment in the institute's zone to the minute, or "-" for none. */
	static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTE.format(instant.atZone(zone)) : "-";
	}

	/** Shortens a text to the 4000 characters of a string column or variable. */
	static String fit(String text) {
		return TaskViews.fit(text);
	}

}
