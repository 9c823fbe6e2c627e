package com.limsdesk.fault;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A missed deadline of a ticket. It is written once per kind and never changed or
 * removed.
 */
@Entity
@Table(name = "desk_fault_breach")
public class FaultBreach {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ticket_id", nullable = false)
	private Long ticketId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Kind kind;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected FaultBreach() {
	}

	FaultBreach(Long ticketId, Kind kind, Instant dueAt, Instant recordedAt) {
		this.ticketId = ticketId;
		this.kind = kind;
		this.dueAt = dueAt;
		this.recordedAt = recordedAt;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	/** The deadline that was missed, with the Chinese name used in mail and Cockpit. */
	public enum Kind {

		RESPONSE("响应超时"), REPAIR("修复超时"), ONSITE("到场超时");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
