package com.limsdesk.faq;

/** What one version of an article changed. */
public enum FaqChange {

	CREATED("新建"), EDITED("修改"), WITHDRAWN("撤回"), REPUBLISHED("重新发布");

	private final String label;

	FaqChange(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
