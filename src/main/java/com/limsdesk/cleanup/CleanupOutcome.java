package com.limsdesk.cleanup;

/** Outcome of the drop step for one approved table. */
enum CleanupOutcome {

	/**
	 * Dropped without PURGE, so that FLASHBACK TABLE ... TO BEFORE DROP can restore it.
	 */
	DROPPED("已删除"),

	/** In use by a session (ORA-14452 or ORA-00054); left in place. */
	IN_USE("正在使用，已跳过"),

	/** Gone since the listing; nothing to drop. */
	MISSING("已不存在"),

	/**
	 * Created again since the listing, or no longer within the configured schemas and
	 * patterns; left in place.
	 */
	CHANGED("已变化，已跳过"),

	/**
	 * Would not go to the recycle bin: the RECYCLEBIN parameter is off, or the table is
	 * in SYSTEM or in a dictionary-managed tablespace. Left in place.
	 */
	UNRECOVERABLE("删除后无法从回收站恢复，已跳过"),

	/** The stored name contains a double quote or a control character; left in place. */
	INVALID_NAME("名称含非法字符，已拒绝"),

	/** The drop or one of the steps before it failed; left in place. */
	FAILED("失败");

	private final String label;

	CleanupOutcome(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
