package com.limsdesk.request;

/** Where a service request stands. The last four are final. */
public enum RequestStatus {

	SUBMITTED("已提交"), ACCEPTED("已受理"), APPROVED("已批准"), IN_CHANGE("变更中"), PERFORMED("已处理"), COMPLETED("已完成"),
	DECLINED("未受理"), REJECTED("未批准"), NOT_IMPLEMENTED("变更未实施");

	private final String label;

	RequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isFinal() {
		return this == COMPLETED || this == DECLINED || this == REJECTED || this == NOT_IMPLEMENTED;
	}

}
