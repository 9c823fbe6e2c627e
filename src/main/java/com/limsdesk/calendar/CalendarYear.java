package com.limsdesk.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The load record of a year whose calendar is in the database. */
@Entity
@Table(name = "desk_calendar_year")
class CalendarYear {

	@Id
	@Column(name = "calendar_year")
	private Integer year;

	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	@Column(name = "loaded_by", nullable = false, length = 64)
	private String loadedBy;

	protected CalendarYear() {
	}

	CalendarYear(int year) {
		this.year = year;
	}

	void recordLoad(Instant loadedAt, String loadedBy) {
		this.loadedAt = loadedAt;
		this.loadedBy = loadedBy;
	}

	Instant loadedAt() {
		return this.loadedAt;
	}

	String loadedBy() {
		return this.loadedBy;
	}

}
