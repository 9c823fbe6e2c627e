package com.limsdesk.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The result of one item of an event's pre-event checklist. */
@Entity
@Table(name = "desk_event_check_item")
public class EventCheckItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private CheckItem item;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private CheckResult result;

	protected EventCheckItem() {
	}

	EventCheckItem(Long eventId, CheckItem item, CheckResult result) {
		this.eventId = eventId;
		this.item = item;
		this.result = result;
	}

	public String getItemLabel() {
		return this.item.label();
	}

	public CheckResult getResult() {
		return this.result;
	}

}
