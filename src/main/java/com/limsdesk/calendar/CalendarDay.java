package com.limsdesk.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holiday or make-up working day of a loaded year. */
@Entity
@Table(name = "desk_calendar_day")
class CalendarDay {

	@Id
	@Column(name = "calendar_date")
	private LocalDate date;

	@Column(name = "calendar_year", nullable = false)
	private int year;

	@Column(name = "kind", nullable = false, length = 10)
	@Convert(converter = DayKindConverter.class)
	private DayKind kind;

	@Column(name = "name", nullable = false, length = SpecialDays.MAX_NAME_LENGTH)
	private String name;

	protected CalendarDay() {
	}

	CalendarDay(SpecialDay day) {
		this.date = day.date();
		this.year = day.date().getYear();
		this.kind = day.kind();
		this.name = day.name();
	}

	SpecialDay toSpecialDay() {
		return new SpecialDay(this.date, this.kind, this.name);
	}

}
