package com.limsdesk.request;

import java.util.Arrays;
import java.util.List;

/** What a data maintenance request asks for. A restore needs a manager's approval. */
public enum DataOperation {

	MAINTENANCE("maintenance", "数据维护"), BACKUP("backup", "数据备份"), RESTORE("restore", "数据恢复");

	private final String code;

	private final String label;

	DataOperation(String code, String label) {
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
		return Arrays.stream(values()).map(DataOperation::code).toList();
	}

	public static DataOperation fromCode(String code) {
		return Arrays.stream(values())
			.filter((operation) -> operation.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown data operation '" + code + "'"));
	}

}
