package com.limsdesk.journal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One entry of a record's journal: who did what and when. Each record type keeps its
 * entries in its own table with a key to the record. Entries are only ever added.
 */
@MappedSuperclass
public abstract class JournalEntry {

	/** The maximum length of the detail text, as the journal tables declare it. */
	public static final int MAX_DETAIL_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false, length = 64)
	private String actor;

	@Column(nullable = false, updatable = false, length = 32)
	private String kind;

	@Column(updatable = false, length = MAX_DETAIL_LENGTH)
	private String detail;

	protected JournalEntry() {
	}

	/** Creates an entry, cutting a longer detail to the column's length. */
	protected JournalEntry(Instant occurredAt, String actor, String kind, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.detail = (detail != null && detail.length() > MAX_DETAIL_LENGTH) ? detail.substring(0, MAX_DETAIL_LENGTH)
				: detail;
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
