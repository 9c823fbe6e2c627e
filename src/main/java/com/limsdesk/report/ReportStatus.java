package com.limsdesk.report;

/** The state of a report, with the Chinese name shown to users. */
public enum ReportStatus {

	/** Drafted by the desk; the engineer writes and submits it. */
	DRAFTING("待提交"),

	/** Submitted; a manager reviews it. */
	SUBMITTED("待审核"),

	/** Returned by a manager with comments; the engineer corrects and resubmits it. */
	RETURNED("已退回"),

	/** Approved by a manager. */
	APPROVED("已通过");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
