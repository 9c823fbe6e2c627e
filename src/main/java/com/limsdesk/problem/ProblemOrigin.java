package com.limsdesk.problem;

/** The source of a problem: an engineer, a fault fix or a recurrence suggestion. */
public enum ProblemOrigin {

	REPORTED("工程师提出"), FAULT("由故障工单发起"), RECURRENCE("故障重复出现");

	private final String label;

	ProblemOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
