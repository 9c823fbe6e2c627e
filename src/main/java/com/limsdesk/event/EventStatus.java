package com.limsdesk.event;

/** The status of an event's support, with the name users see. */
public enum EventStatus {

	PLANNING("制定方案"), PLAN_REVIEW("方案待审核"), PREPARING("活动准备"), SUMMARY("编写总结"), SUMMARY_REVIEW("总结待审核"), CLOSED("已关闭");

	private final String label;

	EventStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
