package com.limsdesk.training;

import java.util.Arrays;
import java.util.List;

/** How a training is given, with the name users see. */
public enum TrainingMode {

	ONSITE("现场"), CLASSROOM("教室"), REMOTE("远程");

	private final String label;

	TrainingMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(TrainingMode::name).toList();
	}

}
