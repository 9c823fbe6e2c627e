package com.limsdesk.event;

import java.util.Arrays;
import java.util.List;

/** The result of one item of the pre-event checklist, as the form's codes name it. */
public enum CheckResult {

	OK("ok", "正常"), CLEARED("cleared", "发现问题，已消除"), OPEN("open", "发现问题，活动前无法消除");

	private final String code;

	private final String label;

	CheckResult(String code, String label) {
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
		return Arrays.stream(values()).map(CheckResult::code).toList();
	}

	static CheckResult fromCode(String code) {
		return Arrays.stream(values())
			.filter((result) -> result.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown check result '" + code + "'"));
	}

}
