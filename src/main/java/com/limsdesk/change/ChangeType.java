package com.limsdesk.change;

import java.util.Arrays;
import java.util.List;

/** The kind of system part a change touches, as the request for change states it. */
public enum ChangeType {

	DEFECT_FIX("defect-fix", "缺陷修复"), FUNCTIONAL("functional", "功能变更"), TEMPLATE("template", "模板"),
	CONFIGURATION("configuration", "配置"), DATA_ACQUISITION("data-acquisition", "数据采集"), INTERFACE("interface", "接口"),
	DATABASE("database", "数据库");

	private final String code;

	private final String label;

	ChangeType(String code, String label) {
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
		return Arrays.stream(values()).map(ChangeType::code).toList();
	}

	public static ChangeType fromCode(String code) {
		return Arrays.stream(values())
			.filter((type) -> type.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown change type '" + code + "'"));
	}

}
