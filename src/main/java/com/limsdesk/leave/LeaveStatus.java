package com.limsdesk.leave;

import java.util.List;

/** Where a leave stands, with the Chinese name users see. */
public enum LeaveStatus {

	REQUESTED("待审批"), APPROVED("待替班确认"), COVER_DECLINED("替班已拒绝"), COVERED("待交接"), HANDED_OVER("待确认交接"),
	CONFIRMED("交接已确认"), ACTIVE("休假中"), ENDED("已结束"), REJECTED("未获批准"), WITHDRAWN("已撤回"), LAPSED("未生效");

	/**
	 * States in which the leave takes effect at its first minute: it has an accepted
	 * cover.
	 */
	static final List<LeaveStatus> EFFECTIVE = List.of(COVERED, HANDED_OVER, CONFIRMED, ACTIVE);

	/** States of a leave that may still take effect or has. */
	static final List<LeaveStatus> PENDING_OR_EFFECTIVE = List.of(REQUESTED, APPROVED, COVER_DECLINED, COVERED,
			HANDED_OVER, CONFIRMED, ACTIVE);

	private final String label;

	LeaveStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isEffective() {
		return EFFECTIVE.contains(this);
	}

}
