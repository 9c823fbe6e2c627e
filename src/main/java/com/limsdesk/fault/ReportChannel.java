package com.limsdesk.fault;

import java.util.Arrays;
import java.util.List;

/** Channel through which a fault reached the desk. */
public enum ReportChannel {

	TASKLIST("tasklist", "Tasklist"), PHONE("phone", "电话"), FAX("fax", "传真"), EMAIL("email", "邮件"),
	ONSITE("onsite", "现场"), MONITORING("monitoring", "监控");

	private final String code;

	private final String label;

	ReportChannel(String code, String label) {
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
	 * Returns the channels a person may choose; monitoring tickets are opened by the
	 * desk.
	 */
	static List<String> codes() {
		return Arrays.stream(values()).filter((channel) -> channel != MONITORING).map(ReportChannel::code).toList();
	}

	static ReportChannel fromCode(String code) {
		return Arrays.stream(values())
			.filter((channel) -> channel.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown channel '" + code + "'"));
	}

}
