package com.limsdesk.duty;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One engineer on duty on every day from the first to the last day, in working time or in
 * non-working time of those days. Days are dates in the institute's zone.
 */
@Entity
@Table(name = "desk_duty_entry")
public class DutyEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String engineer;

	@Column(name = "first_day", nullable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false)
	private LocalDate lastDay;

	@Enumerated(EnumType.STRING)
	@Column(name = "duty_kind", nullable = false, length = 32)
	private DutyKind kind;

	@Column(length = 200)
	private String note;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DutyEntry() {
	}

	DutyEntry(String engineer, LocalDate firstDay, LocalDate lastDay, DutyKind kind, String note, String createdBy,
			Instant createdAt) {
		this.engineer = engineer;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.kind = kind;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Ends the entry on the day before {@code day}, which must be after its first day.
	 */
	void endBefore(LocalDate day) {
		this.lastDay = day.minusDays(1);
	}

	/** Returns whether the entry covers the date with the given kind of duty. */
	boolean covers(LocalDate date, DutyKind dutyKind) {
		return this.kind == dutyKind && !date.isBefore(this.firstDay) && !date.isAfter(this.lastDay);
	}

	public Long getId() {
		return this.id;
	}

	public String getEngineer() {
		return this.engineer;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public DutyKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
