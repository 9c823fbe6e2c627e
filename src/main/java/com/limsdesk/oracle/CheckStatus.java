package com.limsdesk.oracle;

/**
 * Outcome of one check, from best to worst; {@code UNKNOWN} means the check could not
 * run.
 */
public enum CheckStatus {

	OK("正常"), WARNING("警告"), UNKNOWN("未知"), CRITICAL("严重");

	private final String label;

	CheckStatus(String label) {
		this.label = label;
	}

	/** Returns the Chinese name shown to users. */
	public String label() {
		return this.label;
	}

	/** Returns the worse of this status and the other one. */
	public CheckStatus worst(CheckStatus other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
