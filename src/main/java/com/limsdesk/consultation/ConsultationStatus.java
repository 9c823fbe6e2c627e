package com.limsdesk.consultation;

/** The status of a consultation. Resolved and closed are final. */
public enum ConsultationStatus {

	AWAITING_ANSWER("待答复"), ANSWERED("已答复，待提问人确认"), RESOLVED("已解决"), CLOSED_WITHOUT_REPLY("提问人未确认，已关闭");

	private final String label;

	ConsultationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
