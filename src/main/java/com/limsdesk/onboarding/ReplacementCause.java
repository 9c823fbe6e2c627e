package com.limsdesk.onboarding;

import java.util.Arrays;
import java.util.List;

/**
 * Reason for replacing an engineer. The institute's request is a manager's cause, and the
 * others are the vendor's.
 */
public enum ReplacementCause {

	INSTITUTE_REQUEST("institute-request", "院方要求更换"), ROTATION("rotation", "轮换"), RESIGNATION("resignation", "离职"),
	OTHER("other", "其他");

	private final String code;

	private final String label;

	ReplacementCause(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(ReplacementCause::code).toList();
	}

	static ReplacementCause fromCode(String code) {
		return Arrays.stream(values())
			.filter((cause) -> cause.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown replacement cause '" + code + "'"));
	}

}
