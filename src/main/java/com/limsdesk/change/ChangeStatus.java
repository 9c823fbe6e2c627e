package com.limsdesk.change;

/** Where a change stands. The last three are final: such a change is never edited. */
public enum ChangeStatus {

	SUBMITTED("已提交"), ASSESSED("已评估"), AWAITING_APPROVAL("待审批"), REJECTED("已驳回"), APPROVED("已批准"), IMPLEMENTED("已实施"),
	VERIFIED("已验证"), RELEASED("已发布"), CLOSED("已关闭"), ROLLED_BACK("已回退"), WITHDRAWN("已撤回");

	private final String label;

	ChangeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isFinal() {
		return this == CLOSED || this == ROLLED_BACK || this == WITHDRAWN;
	}

}
