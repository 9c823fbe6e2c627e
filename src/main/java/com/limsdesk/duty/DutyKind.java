package com.limsdesk.duty;

import java.util.Arrays;
import java.util.List;

/** Which part of a day a roster entry covers, with the Chinese name users see. */
public enum DutyKind {

	/** The working hours of a working day. */
	WORKING_TIME("工作时间"),

	/** Nights, weekends and holidays: every moment outside working time. */
	NON_WORKING_TIME("非工作时间");

	private final String label;

	DutyKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
