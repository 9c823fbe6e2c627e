package com.limsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fault ticket or service request number that a change is linked to. */
@Entity
@Table(name = "desk_change_link")
class ChangeLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_id", nullable = false, updatable = false)
	private Long changeId;

	@Column(name = "linked_number", nullable = false, updatable = false, length = 32)
	private String linkedNumber;

	protected ChangeLink() {
	}

	ChangeLink(Long changeId, String linkedNumber) {
		this.changeId = changeId;
		this.linkedNumber = linkedNumber;
	}

}
