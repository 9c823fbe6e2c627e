package com.limsdesk.problem;

/**
 * Key, activity ids and variable names of the problem management process, for its steps
 * and tests alike.
 */
public final class ProblemProcess {

	public static final String KEY = "problem-management";

	public static final String NUMBER_PREFIX = "WT";

	/**
	 * The start event of a problem that an engineer reports, in Tasklist or over REST.
	 */
	public static final String START = "StartEvent_ProblemReported";

	/**
	 * The message start event of a suggestion that the desk raises for recurring faults.
	 */
	public static final String RECURRENCE_START = "StartEvent_RecurrenceDetected";

	/** The name of the message that starts a suggestion. */
	public static final String RECURRENCE_MESSAGE = "problem-recurrence-detected";

	public static final String REGISTER = "Task_RegisterProblem";

	public static final String RECORD_SUGGESTION = "Task_RecordSuggestion";

	public static final String CONFIRM = "Task_ConfirmProblem";

	public static final String ENGINEER_WORK = "SubProcess_EngineerWork";

	public static final String ANALYSE = "Task_AnalyseProblem";

	public static final String ENGINEER_DEADLINE = "Event_EngineerDeadline";

	public static final String ESCALATE = "Task_EscalateProblem";

	public static final String VENDOR_SOLUTION = "Task_DeliverVendorSolution";

	public static final String PLAN_OVERDUE = "Event_VendorPlanOverdue";

	public static final String ACCEPT = "Task_AcceptSolution";

	public static final String CLOSED = "EndEvent_ProblemClosed";

	public static final String DISMISSED = "EndEvent_SuggestionDismissed";

	public static final String SUGGESTION_NOT_NEEDED = "EndEvent_SuggestionNotNeeded";

	public static final String PLAN_OVERDUE_RECORDED = "EndEvent_PlanOverdueRecorded";

	/**
	 * Process variables: ids and the values a suggestion starts with. The problem record
	 * contains the rest, and the gateways read the record.
	 */
	public static final class Variables {

		public static final String NUMBER = "problemNumber";

		/** The module of a suggestion, set by the desk when it starts one. */
		public static final String MODULE = "module";

		/** The ticket numbers of a suggestion, separated by commas. */
		public static final String SUGGESTED_TICKETS = "suggestedTickets";

		private Variables() {
		}

	}

	private ProblemProcess() {
	}

}
