package com.limsdesk.fault;

import java.util.Arrays;

/** State that a monitoring system reports for an alert. */
public enum AlertState {

	/** The monitored thing is failing. */
	PROBLEM("problem"),

	/** The monitored thing works again. */
	RECOVERED("recovered");

	private final String code;

	AlertState(String code) {
		this.code = code;
	}

	/** Returns the code used in the REST API. */
	public String code() {
		return this.code;
	}

	/**
	 * Parses a state code.
	 * @throws IllegalArgumentException naming the allowed codes when the code is unknown
	 */
	public static AlertState fromCode(String code) {
		return Arrays.stream(values())
			.filter((state) -> state.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown state '" + code + "', expected one of problem, recovered"));
	}

}
