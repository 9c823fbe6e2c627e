package com.limsdesk.servicelevel;

import java.time.Duration;
import java.util.Arrays;

/** Severity class of a fault, which decides its repair deadline. */
public enum Severity {

	/** 普通: one picture, one function or one computer affected. */
	ORDINARY("ordinary", "普通", Duration.ofHours(1)),

	/** 较大: the system misbehaves but daily work goes on. */
	SIGNIFICANT("significant", "较大", Duration.ofHours(2)),

	/** 重大: application service down and many users cannot work. */
	MAJOR("major", "重大", Duration.ofHours(4)),

	/** 特大: data lost, database files damaged, storage or server hardware failed. */
	CRITICAL("critical", "特大", Duration.ofHours(24));

	private final String code;

	private final String label;

	private final Duration repairTime;

	Severity(String code, String label, Duration repairTime) {
		this.code = code;
		this.label = label;
		this.repairTime = repairTime;
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
	 * Returns the repair time when the clock starts in working time. Only
	 * {@link #ORDINARY} has a longer time, two hours, when the clock starts in
	 * non-working time.
	 */
	public Duration repairTime() {
		return this.repairTime;
	}

	/**
	 * Parses a severity code.
	 * @throws IllegalArgumentException naming the allowed codes when the code is unknown
	 */
	public static Severity fromCode(String code) {
		return Arrays.stream(values())
			.filter((severity) -> severity.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown severity '" + code + "', expected one of ordinary, significant, major, critical"));
	}

}
