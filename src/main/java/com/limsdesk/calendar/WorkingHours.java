package com.limsdesk.calendar;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * The working hours of every working day: one or more periods in order, such as 08:30 to
 * 12:00 and 13:00 to 17:30. The gaps between periods are non-working time.
 */
final class WorkingHours {

	private final List<WorkingPeriod> periods;

	/**
	 * Creates working hours from periods in time order.
	 * @throws IllegalArgumentException when the list is empty, or a period starts before
	 * the previous one ends
	 */
	WorkingHours(List<WorkingPeriod> periods) {
		validate(periods);
		this.periods = List.copyOf(periods);
	}

	/**
	 * Checks that there is at least one period and that each period starts no earlier
	 * than the previous one ends.
	 * @throws IllegalArgumentException naming the first period out of order
	 */
	static void validate(List<WorkingPeriod> periods) {
		if (periods == null || periods.isEmpty()) {
			throw new IllegalArgumentException("working hours must contain at least one period such as 08:30-17:30");
		}
		for (int i = 1; i < periods.size(); i++) {
			WorkingPeriod previous = periods.get(i - 1);
			WorkingPeriod period = periods.get(i);
			if (period.start().isBefore(previous.end())) {
				throw new IllegalArgumentException("invalid working hours: period " + period + " starts before "
						+ previous + " ends. List the periods in time order without overlaps.");
			}
		}
	}

	/** Parses periods written as {@code HH:mm-HH:mm}, such as {@code 08:30-12:00}. */
	static WorkingHours parse(String... periods) {
		return new WorkingHours(Arrays.stream(periods).map(WorkingPeriod::parse).toList());
	}

	List<WorkingPeriod> periods() {
		return this.periods;
	}

	/** Returns the start of the first period. */
	LocalTime openingTime() {
		return this.periods.get(0).start();
	}

	/** Returns the end of the last period. */
	LocalTime closingTime() {
		return this.periods.get(this.periods.size() - 1).end();
	}

	/** Returns whether the time of day falls inside one of the periods. */
	boolean contains(LocalTime time) {
		return this.periods.stream().anyMatch((period) -> period.contains(time));
	}

	@Override
	public String toString() {
		return this.periods.toString();
	}

}
