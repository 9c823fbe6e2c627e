package com.limsdesk.servicelevel;

import java.util.Arrays;

/** Fault category of the contract, which decides the response deadline. */
public enum FaultCategory {

	/** A fault in the laboratory's core flow or in a service the LIMS runs on. */
	MAIN("main", "主要系统流程或相关服务"),

	/**
	 * Any other fault, such as one client machine or a display glitch outside the core
	 * flow.
	 */
	GENERAL("general", "一般故障");

	private final String code;

	private final String label;

	FaultCategory(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** Returns the code used in forms, process variables and the REST API. */
	public String code() {
		return this.code;
	}

	/** Returns the Chinese name shown to users. */
	public String label() {
		return this.label;
	}

	/**
	 * Parses a category code.
	 * @throws IllegalArgumentException naming the allowed codes when the code is unknown
	 */
	public static FaultCategory fromCode(String code) {
		return Arrays.stream(values())
			.filter((category) -> category.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown category '" + code + "', expected one of main, general"));
	}

}
