package com.limsdesk.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.calendar.WorkingCalendar;

/**
 * The engineers on duty at a moment, from a set of roster entries that a caller loaded.
 * The working calendar decides whether the moment is working time. The entries covering
 * its date with that kind of duty name the engineers, and an engineer on leave is
 * replaced by their cover.
 */
final class DutySchedule {

	private final WorkingCalendar calendar;

	private final List<DutyEntry> entries;

	private final DutyAbsences absences;

	DutySchedule(WorkingCalendar calendar, List<DutyEntry> entries, DutyAbsences absences) {
		this.calendar = calendar;
		this.entries = List.copyOf(entries);
		this.absences = absences;
	}

	/** Returns the kind of duty that the moment falls in. */
	DutyKind kindAt(Instant moment) {
		return this.calendar.isWorkingTime(moment) ? DutyKind.WORKING_TIME : DutyKind.NON_WORKING_TIME;
	}

	/**
	 * Returns the engineers on duty at the moment, each once, in roster order. Empty when
	 * the roster names nobody, or only engineers on leave without a cover.
	 */
	List<String> onDutyAt(Instant moment) {
		DutyKind kind = kindAt(moment);
		LocalDate date = this.calendar.dateOf(moment);
		Set<String> engineers = new LinkedHashSet<>();
		for (DutyEntry entry : this.entries) {
			if (entry.covers(date, kind)) {
				String standIn = this.absences.standIn(entry.getEngineer(), moment);
				if (standIn != null) {
					engineers.add(standIn);
				}
			}
		}
		return List.copyOf(engineers);
	}

}
