package com.limsdesk.identity;

import java.util.List;

/** Ids and Chinese names of the Camunda groups that the desk's roles are built on. */
public final class DeskGroups {

	public static final String REPORTERS = "reporters";

	public static final String ENGINEERS = "engineers";

	public static final String VENDOR_SUPPORT = "vendor-support";

	public static final String MANAGERS = "managers";

	public static final String ADMINISTRATORS = "camunda-admin";

	/**
	 * Service accounts of monitoring systems, which may only report faults with
	 * {@code POST /api/faults}.
	 */
	public static final String INTEGRATIONS = "integrations";

	/** Every group with its Chinese name, in the order the first start creates them. */
	public static final List<Group> ALL = List.of(new Group(REPORTERS, "院方用户"), new Group(ENGINEERS, "驻点运维工程师"),
			new Group(VENDOR_SUPPORT, "维保部门"), new Group(MANAGERS, "院方管理员"), new Group(ADMINISTRATORS, "系统管理员"),
			new Group(INTEGRATIONS, "系统对接账号"));

	private DeskGroups() {
	}

	/** Returns the Chinese name of a desk group, or the id of any other group. */
	public static String nameOf(String groupId) {
		return ALL.stream().filter((group) -> group.id().equals(groupId)).map(Group::name).findFirst().orElse(groupId);
	}

	/** A group id with the name users see. */
	public record Group(String id, String name) {
	}

}
