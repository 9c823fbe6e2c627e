package com.limsdesk.servicelevel;

import java.util.Arrays;
import java.util.Optional;

/** Deadline rule that the deadline endpoint computes, by its code in the request. */
enum DeadlineRule {

	/** Response to a report; takes a category. */
	RESPONSE("response"),

	/** Repair from the clock start; takes a severity. */
	REPAIR("repair"),

	/** On-site arrival from the dispatch decision. */
	ONSITE("onsite"),

	/** Periodic report from the last day of the period. */
	REPORT("report");

	private final String code;

	DeadlineRule(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static Optional<DeadlineRule> fromCode(String code) {
		return Arrays.stream(values()).filter((rule) -> rule.code.equals(code)).findFirst();
	}

}
