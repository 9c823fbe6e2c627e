package com.limsdesk.event;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One engineer of a plan with their on-site times, and for the accepted plan their
 * arrival: when they arrived, whether the lateness was recorded at their on-site time,
 * and whether the event ended before they arrived.
 */
@Entity
@Table(name = "desk_event_engineer")
public class EventEngineer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "plan_round", nullable = false, updatable = false)
	private int planRound;

	@Column(nullable = false, updatable = false, length = 64)
	private String engineer;

	@Column(name = "on_site_from", nullable = false, updatable = false)
	private Instant onSiteFrom;

	@Column(name = "on_site_until", nullable = false, updatable = false)
	private Instant onSiteUntil;

	@Column(updatable = false, length = 200)
	private String duty;

	@Column(name = "arrived_at")
	private Instant arrivedAt;

	@Column(name = "arrival_note", length = 500)
	private String arrivalNote;

	@Column(name = "late_recorded_at")
	private Instant lateRecordedAt;

	@Column(nullable = false)
	private boolean absent;

	protected EventEngineer() {
	}

	EventEngineer(Long eventId, int planRound, PlannedEngineer planned) {
		this.eventId = eventId;
		this.planRound = planRound;
		this.engineer = planned.engineer();
		this.onSiteFrom = planned.from();
		this.onSiteUntil = planned.until();
		this.duty = planned.duty();
	}

	void arrive(Instant at, String note) {
		if (this.arrivedAt != null) {
			throw new IllegalStateException(this.engineer + " already arrived at event " + this.eventId);
		}
		this.arrivedAt = at;
		this.arrivalNote = note;
	}

	void recordLate(Instant at) {
		this.lateRecordedAt = at;
	}

	void recordAbsent() {
		this.absent = true;
	}

	/** Returns whether the engineer arrived after their on-site time, or not at all. */
	public boolean isLate() {
		return this.absent || this.lateRecordedAt != null
				|| (this.arrivedAt != null && this.arrivedAt.isAfter(this.onSiteFrom));
	}

	/**
	 * Returns the minutes the engineer arrived after their on-site time, 0 when on time.
	 */
	public long minutesLate() {
		if (this.arrivedAt == null || !this.arrivedAt.isAfter(this.onSiteFrom)) {
			return 0;
		}
		return Duration.between(this.onSiteFrom, this.arrivedAt).toMinutes();
	}

	public int getPlanRound() {
		return this.planRound;
	}

	public String getEngineer() {
		return this.engineer;
	}

	public Instant getOnSiteFrom() {
		return this.onSiteFrom;
	}

	public Instant getOnSiteUntil() {
		return this.onSiteUntil;
	}

	public String getDuty() {
		return this.duty;
	}

	public Instant getArrivedAt() {
		return this.arrivedAt;
	}

	public String getArrivalNote() {
		return this.arrivalNote;
	}

	public Instant getLateRecordedAt() {
		return this.lateRecordedAt;
	}

	public boolean isAbsent() {
		return this.absent;
	}

}
