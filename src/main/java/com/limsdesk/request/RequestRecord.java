package com.limsdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One field of one LIMS record that a data correction changes: the value the requester
 * saw, the value that is right, and the values the engineer found before and left after
 * the change.
 */
@Entity
@Table(name = "desk_request_record")
public class RequestRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	@Column(name = "line_number", nullable = false, updatable = false)
	private int lineNumber;

	@Column(name = "record_kind", nullable = false, updatable = false, length = 8)
	private String recordKind;

	@Column(name = "record_number", nullable = false, updatable = false, length = 64)
	private String recordNumber;

	@Column(name = "field_name", nullable = false, updatable = false, length = 100)
	private String fieldName;

	@Column(name = "current_value", nullable = false, updatable = false, length = 1000)
	private String currentValue;

	@Column(name = "correct_value", nullable = false, updatable = false, length = 1000)
	private String correctValue;

	@Column(name = "value_before", length = 1000)
	private String valueBefore;

	@Column(name = "value_after", length = 1000)
	private String valueAfter;

	protected RequestRecord() {
	}

	RequestRecord(Long requestId, int lineNumber, RecordLines.Named named) {
		this.requestId = requestId;
		this.lineNumber = lineNumber;
		this.recordKind = named.kind();
		this.recordNumber = named.number();
		this.fieldName = named.field();
		this.currentValue = named.currentValue();
		this.correctValue = named.correctValue();
	}

	void recordChange(String before, String after) {
		this.valueBefore = before;
		this.valueAfter = after;
	}

	public Long getId() {
		return this.id;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public int getLineNumber() {
		return this.lineNumber;
	}

	public String getRecordKind() {
		return this.recordKind;
	}

	public String getRecordNumber() {
		return this.recordNumber;
	}

	public String getFieldName() {
		return this.fieldName;
	}

	public String getCurrentValue() {
		return this.currentValue;
	}

	public String getCorrectValue() {
		return this.correctValue;
	}

	public String getValueBefore() {
		return this.valueBefore;
	}

	public String getValueAfter() {
		return this.valueAfter;
	}

}
