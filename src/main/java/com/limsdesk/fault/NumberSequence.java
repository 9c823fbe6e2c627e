package com.limsdesk.fault;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Last number handed out for a prefix in one year. */
@Entity
@Table(name = "desk_number_sequence")
class NumberSequence {

	@EmbeddedId
	private Key key;

	@Column(name = "last_value", nullable = false)
	private long lastValue;

	protected NumberSequence() {
	}

	NumberSequence(Key key) {
		this.key = key;
	}

	long increment() {
		return ++this.lastValue;
	}

	/** Prefix and year of a counter. */
	@Embeddable
	record Key(@Column(length = 16) String prefix, @Column(name = "period") int period) implements Serializable {
	}

}
