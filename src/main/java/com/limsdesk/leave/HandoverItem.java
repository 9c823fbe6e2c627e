package com.limsdesk.leave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One open record or task of the engineer at the handover, with their note on it. */
@Entity
@Table(name = "desk_leave_handover_item")
public class HandoverItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "leave_id", nullable = false, updatable = false)
	private Long leaveId;

	@Column(nullable = false, updatable = false, length = 64)
	private String reference;

	@Column(nullable = false, updatable = false, length = 1000)
	private String description;

	@Column(nullable = false, updatable = false, length = 1000)
	private String note;

	protected HandoverItem() {
	}

	HandoverItem(Long leaveId, String reference, String description, String note) {
		this.leaveId = leaveId;
		this.reference = reference;
		this.description = description;
		this.note = note;
	}

	public String getReference() {
		return this.reference;
	}

	public String getDescription() {
		return this.description;
	}

	public String getNote() {
		return this.note;
	}

}
