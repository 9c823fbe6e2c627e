package com.limsdesk.meeting;

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
 * An action item agreed in a meeting, with its owner and due date. It stays open, and on
 * every agenda, until a later meeting closes it.
 */
@Entity
@Table(name = "desk_meeting_action")
public class MeetingAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String number;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(nullable = false, updatable = false, length = 1000)
	private String description;

	@Column(name = "owner_user", nullable = false, updatable = false, length = 64)
	private String owner;

	@Column(name = "due_date", nullable = false, updatable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "closed_in_meeting_id")
	private Long closedInMeetingId;

	@Column(name = "closing_note", length = 1000)
	private String closingNote;

	@Column(name = "closed_by", length = 64)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected MeetingAction() {
	}

	MeetingAction(String number, Long meetingId, String description, String owner, LocalDate dueDate) {
		this.number = number;
		this.meetingId = meetingId;
		this.description = description;
		this.owner = owner;
		this.dueDate = dueDate;
		this.status = Status.OPEN;
	}

	void close(Long meetingId, String note, String user, Instant now) {
		this.status = Status.DONE;
		this.closedInMeetingId = meetingId;
		this.closingNote = note;
		this.closedBy = user;
		this.closedAt = now;
	}

	public String getNumber() {
		return this.number;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOwner() {
		return this.owner;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getClosedInMeetingId() {
		return this.closedInMeetingId;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	/** Whether an action item is still to be done. */
	public enum Status {

		OPEN("未完成"), DONE("已完成");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
