package com.limsdesk.training;

/** Whom a training is for, with the name users see. */
public enum TrainingKind {

	/** The yearly course for the institute's system administrators, free of charge. */
	ADMINISTRATOR("管理员培训"),

	/** A course for laboratory staff that a manager asks for. */
	USER("用户培训");

	private final String label;

	TrainingKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
