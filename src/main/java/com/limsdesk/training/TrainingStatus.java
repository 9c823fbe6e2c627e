package com.limsdesk.training;

/** The status of a training, with the name users see. */
public enum TrainingStatus {

	SCHEDULING("待安排"), PREPARING("准备材料"), DELIVERY("待实施"), FEEDBACK("待反馈"), COMPLETED("已完成"), NOT_DELIVERED("未实施");

	private final String label;

	TrainingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
