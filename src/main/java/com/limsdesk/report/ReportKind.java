package com.limsdesk.report;

import java.util.Arrays;

/** The periodic reports of the contract, each with its Chinese name. */
public enum ReportKind {

	/** O&M report of a week, Monday to Sunday. */
	WEEKLY("weekly", "运维周报"),

	/** O&M report of a calendar quarter. */
	QUARTERLY("quarterly", "运维季度报告"),

	/** O&M report of a calendar year. */
	ANNUAL("annual", "运维年度报告"),

	/** Database report of a calendar quarter: inspections, backups and tablespaces. */
	DATABASE("database", "数据库季度报告");

	private final String code;

	private final String label;

	ReportKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Returns the kind with the given code.
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static ReportKind fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown report kind '" + code + "'"));
	}

}
