package com.limsdesk.fault;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of a ticket's journal: who did what and when. Entries are only ever added.
 */
@Entity
@Table(name = "desk_fault_event")
public class FaultEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ticket_id", nullable = false)
	private Long ticketId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(length = 64)
	private String actor;

	@Column(nullable = false, length = 32)
	private String kind;

	@Column(length = 4000)
	private String detail;

	protected FaultEvent() {
	}

	FaultEvent(Long ticketId, Instant occurredAt, String actor, String kind, String detail) {
		this.ticketId = ticketId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.detail = (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getKind() {
		return this.kind;
	}

	public String getDetail() {
		return this.detail;
	}

}
