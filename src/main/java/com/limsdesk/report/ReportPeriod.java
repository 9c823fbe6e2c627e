package com.limsdesk.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers, first and last day included, as dates in the institute's
 * zone: a week from Monday to Sunday, a calendar quarter or a calendar year. A database
 * report covers a quarter.
 */
public record ReportPeriod(ReportKind kind, LocalDate start, LocalDate end) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	public ReportPeriod {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.equals(firstDay(kind, start)) || !end.equals(lastDay(kind, start))) {
			throw new IllegalArgumentException("a " + kind.code() + " period cannot run from " + start + " to " + end);
		}
	}

	/** Returns the period of the kind that contains the day. */
	public static ReportPeriod containing(ReportKind kind, LocalDate day) {
		LocalDate first = firstDay(kind, day);
		return new ReportPeriod(kind, first, lastDay(kind, first));
	}

	/** Returns the last period of the kind that ended before the day. */
	public static ReportPeriod lastEndedBefore(ReportKind kind, LocalDate day) {
		return containing(kind, firstDay(kind, day).minusDays(1));
	}

	/** Returns the period after this one. */
	public ReportPeriod next() {
		return containing(this.kind, this.end.plusDays(1));
	}

	/** Returns the period before this one. */
	public ReportPeriod previous() {
		return containing(this.kind, this.start.minusDays(1));
	}

	/** Returns the first moment of the period in the zone. */
	public Instant startsAt(ZoneId zone) {
		return this.start.atStartOfDay(zone).toInstant();
	}

	/** Returns the first moment after the period in the zone, which is not part of it. */
	public Instant endsAt(ZoneId zone) {
		return this.end.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** Returns whether the moment lies in the period. */
	public boolean contains(Instant moment, ZoneId zone) {
		return moment != null && !moment.isBefore(startsAt(zone)) && moment.isBefore(endsAt(zone));
	}

	/**
	 * Returns the report number: {@code ZB-2026-W49}, {@code JB-2026-Q4}, {@code NB-2026}
	 * or {@code SJ-2026-Q4}. A week belongs to the ISO week-based year of its Monday.
	 */
	public String number() {
		return switch (this.kind) {
			case WEEKLY -> String.format("ZB-%d-W%02d", this.start.get(IsoFields.WEEK_BASED_YEAR),
					this.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case QUARTERLY -> "JB-" + this.start.getYear() + "-Q" + this.start.get(IsoFields.QUARTER_OF_YEAR);
			case ANNUAL -> "NB-" + this.start.getYear();
			case DATABASE -> "SJ-" + this.start.getYear() + "-Q" + this.start.get(IsoFields.QUARTER_OF_YEAR);
		};
	}

	/**
	 * Returns the period's name in Chinese, such as 2026年第49周（2026年11月30日至2026年12月6日）.
	 */
	public String label() {
		String name = switch (this.kind) {
			case WEEKLY -> this.start.get(IsoFields.WEEK_BASED_YEAR) + "年第"
					+ this.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
			case QUARTERLY, DATABASE -> this.start.getYear() + "年第" + this.start.get(IsoFields.QUARTER_OF_YEAR) + "季度";
			case ANNUAL -> this.start.getYear() + "年度";
		};
		return name + "（" + DAY.format(this.start) + "至" + DAY.format(this.end) + "）";
	}

	/**
	 * Returns the first days of the intervals that charts count by: each day of a week,
	 * each week (from Monday) of a quarter, each month of a year.
	 */
	public List<LocalDate> buckets() {
		List<LocalDate> buckets = new ArrayList<>();
		LocalDate day = bucketOf(this.start);
		while (!day.isAfter(this.end)) {
			buckets.add(day);
			day = switch (this.kind) {
				case WEEKLY -> day.plusDays(1);
				case QUARTERLY, DATABASE -> day.plusWeeks(1);
				case ANNUAL -> day.plusMonths(1);
			};
		}
		return buckets;
	}

	/** Returns the first day of the chart interval that contains the day. */
	public LocalDate bucketOf(LocalDate day) {
		return switch (this.kind) {
			case WEEKLY -> day;
			case QUARTERLY, DATABASE -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case ANNUAL -> day.withDayOfMonth(1);
		};
	}

	/** Returns the name of a chart interval, such as 12-07, 12-07起 or 12月. */
	public String bucketLabel(LocalDate bucket) {
		return switch (this.kind) {
			case WEEKLY -> String.format("%02d-%02d", bucket.getMonthValue(), bucket.getDayOfMonth());
			case QUARTERLY, DATABASE -> String.format("%02d-%02d起", bucket.getMonthValue(), bucket.getDayOfMonth());
			case ANNUAL -> bucket.getMonthValue() + "月";
		};
	}

	/** Returns the name of the chart interval in Chinese: 日, 周 or 月. */
	public String bucketUnit() {
		return switch (this.kind) {
			case WEEKLY -> "日";
			case QUARTERLY, DATABASE -> "周";
			case ANNUAL -> "月";
		};
	}

	private static LocalDate firstDay(ReportKind kind, LocalDate day) {
		return switch (kind) {
			case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case QUARTERLY, DATABASE -> day.withMonth(day.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2).withDayOfMonth(1);
			case ANNUAL -> day.withDayOfYear(1);
		};
	}

	private static LocalDate lastDay(ReportKind kind, LocalDate first) {
		return switch (kind) {
			case WEEKLY -> first.plusDays(6);
			case QUARTERLY, DATABASE -> first.plusMonths(3).minusDays(1);
			case ANNUAL -> first.plusYears(1).minusDays(1);
		};
	}

}
