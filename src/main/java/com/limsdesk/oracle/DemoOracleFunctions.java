package com.limsdesk.oracle;

/**
 * Stand-ins for the Oracle packages that the desk calls on the demonstration target,
 * bound as H2 functions. H2 calls them through reflection, so the class and its methods
 * are public.
 */
public final class DemoOracleFunctions {

	private DemoOracleFunctions() {
	}

	/** Returns a DDL text for the table, as {@code DBMS_METADATA.GET_DDL} would. */
	public static String getDdl(String objectType, String name, String owner) {
		return "CREATE " + objectType + " \"" + owner + "\".\"" + name + "\" (...)  -- 演示库不保存真实定义";
	}

}
