package com.limsdesk.faq;

/**
 * Whether users read an article. A withdrawn article stays, with every version, for the
 * staff, and may be published again.
 */
public enum FaqStatus {

	PUBLISHED("已发布"), WITHDRAWN("已撤回");

	private final String label;

	FaqStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
