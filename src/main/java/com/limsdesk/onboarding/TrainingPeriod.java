package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The rule for the minimum training before a new engineer goes on post: one calendar
 * month from the first day of training, in the institute's zone. The end date is the
 * start date plus one month as {@link LocalDate#plusMonths} computes it, which keeps the
 * day of the month and, where the next month is shorter, takes its last day: a training
 * that starts on 2026-01-15 ends on 2026-02-15, one that starts on 2026-01-31 ends on
 * 2026-02-28. The managers may approve from 00:00 of the end date on.
 */
final class TrainingPeriod {

	static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private TrainingPeriod() {
	}

	/** Returns the end of the minimum training, the earliest date of approval. */
	static LocalDate minimumEnd(LocalDate start) {
		return start.plusMonths(1);
	}

	/** Returns whether the training that ends on the given date is over at the moment. */
	static boolean isOver(LocalDate end, Instant now, ZoneId zone) {
		return !now.atZone(zone).toLocalDate().isBefore(end);
	}

	/** Returns the first moment of the date in the zone. */
	static Instant startOf(LocalDate date, ZoneId zone) {
		return date.atStartOfDay(zone).toInstant();
	}

}
