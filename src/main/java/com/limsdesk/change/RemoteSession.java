package com.limsdesk.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A remote session of the implementation: who, from where, when and what was done. */
@Entity
@Table(name = "desk_change_session")
public class RemoteSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	@Column(nullable = false, updatable = false, length = 100)
	private String operator;

	@Column(name = "source_address", nullable = false, updatable = false, length = 100)
	private String sourceAddress;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "ended_at", nullable = false, updatable = false)
	private Instant endedAt;

	@Column(nullable = false, updatable = false, length = 2000)
	private String actions;

	@Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
	private String recordedBy;

	protected RemoteSession() {
	}

	RemoteSession(Long changeId, SessionLine line, String recordedBy) {
		this.changeId = changeId;
		this.operator = line.operator();
		this.sourceAddress = line.source();
		this.startedAt = line.startedAt();
		this.endedAt = line.endedAt();
		this.actions = line.actions();
		this.recordedBy = recordedBy;
	}

	/** One line of the remote session field, checked. */
	record SessionLine(String operator, String source, Instant startedAt, Instant endedAt, String actions) {
	}

	public Long getId() {
		return this.id;
	}

	public Long getChangeId() {
		return this.changeId;
	}

	public String getOperator() {
		return this.operator;
	}

	public String getSourceAddress() {
		return this.sourceAddress;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public String getActions() {
		return this.actions;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
