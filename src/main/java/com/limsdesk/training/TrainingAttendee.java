package com.limsdesk.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person on the attendance list of a delivered training. */
@Entity
@Table(name = "desk_training_attendee")
public class TrainingAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "training_id", nullable = false, updatable = false)
	private Long trainingId;

	@Column(name = "line_number", nullable = false, updatable = false)
	private int lineNumber;

	@Column(nullable = false, updatable = false, length = 100)
	private String name;

	@Column(updatable = false, length = 100)
	private String department;

	protected TrainingAttendee() {
	}

	TrainingAttendee(Long trainingId, int lineNumber, Attendee attendee) {
		this.trainingId = trainingId;
		this.lineNumber = lineNumber;
		this.name = attendee.name();
		this.department = attendee.department();
	}

	public String getName() {
		return this.name;
	}

	public String getDepartment() {
		return this.department;
	}

}
