package com.limsdesk.onboarding;

/** The state of a replacement, with the label that the records page shows. */
public enum ReplacementStatus {

	AWAITING_CANDIDATE("待提出候选人"), REVIEWING_CANDIDATE("候选人待审核"), ACCEPTED("待开始培训"), TRAINING("培训中"), ON_POST("已上岗");

	private final String label;

	ReplacementStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
