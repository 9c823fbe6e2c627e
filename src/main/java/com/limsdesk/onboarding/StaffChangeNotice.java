package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change of the vendor's system lead or of a resident engineer, reported to the
 * managers, and its acknowledgement by one of them.
 */
@Entity
@Table(name = "desk_staff_change")
public class StaffChangeNotice {

	/** Kind of post whose change the notice reports. */
	public enum Kind {

		SYSTEM_LEAD("系统负责人变更"), ENGINEER("驻点工程师变更");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** The change as reported. */
	record Change(Kind kind, String previousPerson, String newPerson, String newContact, LocalDate effectiveDate,
			String note) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, updatable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Kind kind;

	@Column(name = "previous_person", nullable = false, updatable = false, length = 100)
	private String previousPerson;

	@Column(name = "new_person", nullable = false, updatable = false, length = 100)
	private String newPerson;

	@Column(name = "new_contact", nullable = false, updatable = false, length = 200)
	private String newContact;

	@Column(name = "effective_date", nullable = false, updatable = false)
	private LocalDate effectiveDate;

	@Column(updatable = false, length = 2000)
	private String note;

	@Column(name = "reported_by", nullable = false, updatable = false, length = 64)
	private String reportedBy;

	@Column(name = "reported_at", nullable = false, updatable = false)
	private Instant reportedAt;

	@Column(name = "acknowledged_by", length = 64)
	private String acknowledgedBy;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledgement_note", length = 2000)
	private String acknowledgementNote;

	protected StaffChangeNotice() {
	}

	StaffChangeNotice(String number, String processInstanceId, Change change, String reportedBy, Instant reportedAt) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.kind = change.kind();
		this.previousPerson = change.previousPerson();
		this.newPerson = change.newPerson();
		this.newContact = change.newContact();
		this.effectiveDate = change.effectiveDate();
		this.note = change.note();
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	void acknowledge(String user, String note, Instant at) {
		if (this.acknowledgedAt != null) {
			throw new IllegalStateException("staff change " + this.number + " is acknowledged already");
		}
		this.acknowledgedBy = user;
		this.acknowledgementNote = note;
		this.acknowledgedAt = at;
	}

	public String getNumber() {
		return this.number;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getPreviousPerson() {
		return this.previousPerson;
	}

	public String getNewPerson() {
		return this.newPerson;
	}

	public String getNewContact() {
		return this.newContact;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public String getNote() {
		return this.note;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public String getAcknowledgementNote() {
		return this.acknowledgementNote;
	}

}
