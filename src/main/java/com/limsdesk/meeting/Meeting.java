package com.limsdesk.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One weekly meeting: its agenda as drawn up, then its minutes. */
@Entity
@Table(name = "desk_meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, unique = true, updatable = false, length = 64)
	private String processInstanceId;

	@Column(name = "week_start", nullable = false, unique = true, updatable = false)
	private LocalDate weekStart;

	@Column(nullable = false, updatable = false, length = 8000)
	private String agenda;

	@Column(name = "report_number", updatable = false, length = 32)
	private String reportNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private MeetingStatus status;

	@Column(name = "held_at")
	private Instant heldAt;

	@Column(length = 1000)
	private String attendees;

	@Column(length = 8000)
	private String minutes;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	protected Meeting() {
	}

	Meeting(LocalDate weekStart, String processInstanceId, String agenda, String reportNumber, Instant openedAt) {
		this.number = numberOf(weekStart);
		this.weekStart = weekStart;
		this.processInstanceId = processInstanceId;
		this.agenda = agenda;
		this.reportNumber = reportNumber;
		this.openedAt = openedAt;
		this.status = MeetingStatus.OPEN;
	}

	/** Returns the number of the meeting of the week, such as HY-2026-W50. */
	static String numberOf(LocalDate weekStart) {
		return String.format("HY-%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR),
				weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	void record(Instant heldAt, String attendees, String minutes, String user, Instant now) {
		this.heldAt = heldAt;
		this.attendees = attendees;
		this.minutes = minutes;
		this.recordedBy = user;
		this.recordedAt = now;
		this.status = MeetingStatus.HELD;
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public LocalDate getWeekStart() {
		return this.weekStart;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public String getReportNumber() {
		return this.reportNumber;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public Instant getHeldAt() {
		return this.heldAt;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

}
