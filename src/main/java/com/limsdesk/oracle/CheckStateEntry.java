package com.limsdesk.oracle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored value of a check's state on one target. */
@Entity
@Table(name = "desk_oracle_check_state")
class CheckStateEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String target;

	@Column(name = "check_name", nullable = false, length = 32)
	private String checkName;

	@Column(name = "state_key", nullable = false, length = 100)
	private String key;

	@Column(name = "state_value", nullable = false, length = CheckState.MAX_VALUE_LENGTH)
	private String value;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CheckStateEntry() {
	}

	CheckStateEntry(String target, String checkName, String key, Instant at) {
		this.target = target;
		this.checkName = checkName;
		this.key = key;
		this.value = "";
		this.updatedAt = at;
	}

	String getKey() {
		return this.key;
	}

	String getValue() {
		return this.value;
	}

	void update(String value, Instant at) {
		this.value = value;
		this.updatedAt = at;
	}

}
