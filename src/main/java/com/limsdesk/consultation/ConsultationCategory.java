package com.limsdesk.consultation;

import java.util.Arrays;
import java.util.List;

/** Whether a question is about the laboratory's work in the LIMS or about the system. */
public enum ConsultationCategory {

	BUSINESS("business", "业务咨询"), TECHNICAL("technical", "技术咨询");

	private final String code;

	private final String label;

	ConsultationCategory(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** Returns the code that the question form submits. */
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(ConsultationCategory::code).toList();
	}

	static ConsultationCategory ofCode(String code) {
		return Arrays.stream(values())
			.filter((category) -> category.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown consultation category " + code));
	}

}
