package com.limsdesk.inspection;

import java.util.Map;

/** Key, activity ids and variable names of the database inspection process. */
public final class InspectionProcess {

	public static final String KEY = "database-inspection";

	/** The process whose timer starts the daily inspection through a call activity. */
	public static final String SCHEDULE_KEY = "database-inspection-schedule";

	public static final String DAILY_START = "StartEvent_Daily";

	public static final String REQUESTED_START = "StartEvent_Requested";

	public static final String OPEN = "Task_OpenInspection";

	public static final String INSPECT_TARGET = "SubProcess_InspectTarget";

	public static final String EVALUATE = "Task_EvaluateFindings";

	public static final String REVIEW = "Task_ReviewFindings";

	public static final String RECORD_REVIEW = "Task_RecordReview";

	public static final String ALL_CLEAR = "EndEvent_AllClear";

	public static final String REVIEWED = "EndEvent_Reviewed";

	/** The service task of each check, by check name, in inspection order. */
	public static final Map<String, String> CHECK_TASKS = orderedTasks();

	/** Start form field: the one target to inspect, empty for all. */
	public static final String TARGET_SCOPE = "targetScope";

	/** Multi-instance element variable: the target of the current branch. */
	public static final String TARGET = "target";

	public static final String REVIEW_NEEDED = "reviewNeeded";

	public static final String FINDING_SUMMARY = "findingSummary";

	/**
	 * Review form field: {@code raise} a ticket for the findings, or {@code dismiss}
	 * them.
	 */
	public static final String REVIEW_DECISION = "reviewDecision";

	public static final String REVIEW_NOTE = "reviewNote";

	private InspectionProcess() {
	}

	private static Map<String, String> orderedTasks() {
		java.util.LinkedHashMap<String, String> tasks = new java.util.LinkedHashMap<>();
		tasks.put("instance", "Task_CheckInstance");
		tasks.put("tablespaces", "Task_CheckTablespaces");
		tasks.put("connections", "Task_CheckConnections");
		tasks.put("performance", "Task_CheckPerformance");
		tasks.put("alert-log", "Task_CheckAlertLog");
		tasks.put("backups", "Task_CheckBackups");
		tasks.put("storage", "Task_CheckStorage");
		tasks.put("temporary-tables", "Task_CheckTemporaryTables");
		return java.util.Collections.unmodifiableMap(tasks);
	}

}
