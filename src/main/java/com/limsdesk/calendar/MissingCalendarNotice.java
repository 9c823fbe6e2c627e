package com.limsdesk.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last day on which administrators were notified that a year's calendar is missing.
 */
@Entity
@Table(name = "desk_calendar_missing_notice")
class MissingCalendarNotice {

	@Id
	@Column(name = "calendar_year")
	private Integer year;

	@Column(name = "notified_on", nullable = false)
	private LocalDate notifiedOn;

	protected MissingCalendarNotice() {
	}

	MissingCalendarNotice(int year) {
		this.year = year;
	}

	LocalDate notifiedOn() {
		return this.notifiedOn;
	}

	void markNotified(LocalDate day) {
		this.notifiedOn = day;
	}

}
