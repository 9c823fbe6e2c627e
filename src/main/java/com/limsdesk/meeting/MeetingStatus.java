package com.limsdesk.meeting;

/** Where a weekly meeting stands. */
public enum MeetingStatus {

	/** The agenda is drawn up; the meeting waits for its minutes. */
	OPEN("待召开"),

	/** The minutes are recorded. */
	HELD("已召开");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
