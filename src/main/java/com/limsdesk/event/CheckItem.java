package com.limsdesk.event;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the pre-event checklist: the form field that carries each result and the
 * name the engineer reads.
 */
enum CheckItem {

	BACKUPS("backupsCheck", "备份已验证"), DISK_SPACE("diskSpaceCheck", "磁盘空间"), INTERFACES("interfacesCheck", "接口"),
	CERTIFICATES("certificatesCheck", "证书有效期"), SPARE_CLIENTS("spareClientsCheck", "备用客户端"),
	INSPECTION("inspectionCheck", "数据库巡检发现");

	private final String field;

	private final String label;

	CheckItem(String field, String label) {
		this.field = field;
		this.label = label;
	}

	String field() {
		return this.field;
	}

	String label() {
		return this.label;
	}

	static List<String> fields() {
		return Arrays.stream(values()).map(CheckItem::field).toList();
	}

}
