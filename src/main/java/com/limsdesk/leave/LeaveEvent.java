package com.limsdesk.leave;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a leave's journal. */
@Entity
@Table(name = "desk_leave_event")
public class LeaveEvent extends JournalEntry {

	@Column(name = "leave_id", nullable = false, updatable = false)
	private Long leaveId;

	protected LeaveEvent() {
	}

	LeaveEvent(Long leaveId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.leaveId = leaveId;
	}

}
