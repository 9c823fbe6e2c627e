package com.limsdesk.fault;

/** State of a fault ticket, with the Chinese name users see. */
public enum FaultStatus {

	AWAITING_TRIAGE("待分诊"), IN_REPAIR("处理中"), AWAITING_ARRIVAL("等待到场"), AWAITING_CONFIRMATION("待确认"), CLOSED("已关闭"),
	CLOSED_UNCONFIRMED("超时自动关闭");

	private final String label;

	FaultStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
