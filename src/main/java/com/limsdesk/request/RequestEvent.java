package com.limsdesk.request;

import java.time.Instant;

import com.limsdesk.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of a service request's journal. */
@Entity
@Table(name = "desk_request_event")
public class RequestEvent extends JournalEntry {

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	protected RequestEvent() {
	}

	RequestEvent(Long requestId, Instant occurredAt, String actor, String kind, String detail) {
		super(occurredAt, actor, kind, detail);
		this.requestId = requestId;
	}

}
