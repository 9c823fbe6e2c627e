package com.limsdesk.problem;

/**
 * The status of a problem. Dismissed and closed are final, so such a problem is never
 * edited.
 */
public enum ProblemStatus {

	SUGGESTED("待确认"), DISMISSED("未建立"), ANALYSING("驻点工程师处理中"), ESCALATED("维保部门处理中"), AWAITING_ACCEPTANCE("待院方验收"),
	CLOSED("已关闭");

	private final String label;

	ProblemStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isFinal() {
		return this == DISMISSED || this == CLOSED;
	}

}
