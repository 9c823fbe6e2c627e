package com.limsdesk.change;

import java.util.Arrays;
import java.util.List;

/** Risk of a change. A high-risk change needs the vendor's approval as well. */
public enum ChangeRisk {

	LOW("low", "低"), MEDIUM("medium", "中"), HIGH("high", "高");

	private final String code;

	private final String label;

	ChangeRisk(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(ChangeRisk::code).toList();
	}

	public static ChangeRisk fromCode(String code) {
		return Arrays.stream(values())
			.filter((risk) -> risk.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown change risk '" + code + "'"));
	}

}
