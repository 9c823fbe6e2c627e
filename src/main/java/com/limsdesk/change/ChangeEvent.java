package com.limsdesk.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a change's journal. Entries are only ever added. */
@Entity
@Table(name = "desk_change_event")
public class ChangeEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false, length = 64)
	private String actor;

	@Column(nullable = false, updatable = false, length = 32)
	private String kind;

	@Column(updatable = false, length = 4000)
	private String detail;

	protected ChangeEvent() {
	}

	ChangeEvent(Long changeId, Instant occurredAt, String actor, String kind, String detail) {
		this.changeId = changeId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.detail = (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail;
	}

	public Long getId() {
		return this.id;
	}

	public Long getChangeId() {
		return this.changeId;
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
