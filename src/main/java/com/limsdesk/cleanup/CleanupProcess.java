package com.limsdesk.cleanup;

/**
 * Key, activity ids and variable names of the temporary table cleanup process, for
 * delegates and tests alike.
 */
public final class CleanupProcess {

	public static final String KEY = "temp-table-cleanup";

	/**
	 * The process whose timer starts a run each month. Camunda 7 allows no timer start
	 * event beside the none start event that Tasklist uses, so the timer lives in a
	 * process of its own that calls this one.
	 */
	public static final String SCHEDULE_KEY = "temp-table-cleanup-schedule";

	/** Prefix of the business key, such as {@code QL-00042}. */
	public static final String NUMBER_PREFIX = "QL";

	/** Timer start event of {@link #SCHEDULE_KEY}. */
	public static final String MONTHLY_START = "StartEvent_Monthly";

	/** Call activity of {@link #SCHEDULE_KEY} that runs this process. */
	public static final String CALL_CLEANUP = "CallActivity_Cleanup";

	public static final String START = "StartEvent_Requested";

	public static final String LIST_CANDIDATES = "Task_ListCandidates";

	public static final String REVIEW = "Task_ReviewCandidates";

	public static final String RECORD_REVIEW = "Task_RecordReview";

	public static final String APPROVE = "Task_ApproveCleanup";

	public static final String RECORD_APPROVAL = "Task_RecordApproval";

	public static final String DROP_TABLES = "Task_DropTables";

	public static final String NOTHING_TO_CLEAN = "EndEvent_NothingToClean";

	public static final String NOTHING_SELECTED = "EndEvent_NothingSelected";

	public static final String REJECTED = "EndEvent_Rejected";

	public static final String CLEANED = "EndEvent_Cleaned";

	/**
	 * Process variables: ids, routing values and the final summary. The cleanup records
	 * contain the rest.
	 */
	public static final class Variables {

		public static final String TRIGGER = "cleanupTrigger";

		public static final String STARTED_BY = "startedBy";

		public static final String CANDIDATE_COUNT = "candidateCount";

		public static final String SELECTED_COUNT = "selectedCount";

		public static final String APPROVAL = "approval";

		public static final String SUMMARY = "cleanupSummary";

		/** Review form: the record ids of the picked tables. */
		public static final String SELECTED_TABLES = "selectedTables";

		/** Review form: the options of the checklist, a task variable. */
		public static final String CANDIDATE_OPTIONS = "candidateOptions";

		private Variables() {
		}

	}

	/** Values of {@link Variables#TRIGGER}. */
	public static final class Triggers {

		public static final String TIMER = "timer";

		public static final String MANUAL = "manual";

		private Triggers() {
		}

	}

	/** Values of {@link Variables#APPROVAL}. */
	public static final class Approvals {

		public static final String APPROVE = "approve";

		public static final String REJECT = "reject";

		private Approvals() {
		}

	}

	private CleanupProcess() {
	}

}
