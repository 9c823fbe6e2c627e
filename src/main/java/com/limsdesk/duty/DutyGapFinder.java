package com.limsdesk.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.limsdesk.calendar.WorkingCalendar;

/**
 * Finds the periods with nobody on duty. Who is on duty changes only at midnight, where
 * working time starts or ends, and where a leave starts or ends, so the finder looks at
 * one moment between each two such changes.
 */
final class DutyGapFinder {

	private final WorkingCalendar calendar;

	private final DutyAbsences absences;

	DutyGapFinder(WorkingCalendar calendar, DutyAbsences absences) {
		this.calendar = calendar;
		this.absences = absences;
	}

	/**
	 * Returns the gaps from {@code from} (inclusive) to {@code to} (exclusive), in time
	 * order, each cut to that period. A gap that reaches {@code to} is open-ended.
	 */
	List<DutyGap> find(DutySchedule schedule, Instant from, Instant to) {
		List<Instant> changes = new ArrayList<>(changes(from, to));
		List<DutyGap> gaps = new ArrayList<>();
		Instant gapStart = null;
		for (int i = 0; i < changes.size() - 1; i++) {
			Instant segment = changes.get(i);
			boolean uncovered = schedule.onDutyAt(segment).isEmpty();
			if (uncovered && gapStart == null) {
				gapStart = segment;
			}
			else if (!uncovered && gapStart != null) {
				gaps.add(new DutyGap(gapStart, segment, false));
				gapStart = null;
			}
		}
		if (gapStart != null) {
			gaps.add(new DutyGap(gapStart, to, true));
		}
		return gaps;
	}

	private TreeSet<Instant> changes(Instant from, Instant to) {
		TreeSet<Instant> changes = new TreeSet<>();
		changes.add(from);
		changes.add(to);
		LocalDate last = this.calendar.dateOf(to);
		for (LocalDate date = this.calendar.dateOf(from); !date.isAfter(last); date = date.plusDays(1)) {
			changes.add(date.atStartOfDay(this.calendar.zone()).toInstant());
			changes.addAll(this.calendar.workingTimeBoundaries(date));
		}
		changes.addAll(this.absences.changesBetween(from, to));
		return new TreeSet<>(changes.subSet(from, true, to, true));
	}

}
