package com.limsdesk.fault;

/**
 * Key, activity ids and variable names of the fault process, for delegates and tests
 * alike.
 */
public final class FaultProcess {

	public static final String KEY = "fault-handling";

	public static final String TICKET_PREFIX = "GZ";

	public static final String START = "StartEvent_FaultReported";

	public static final String REGISTER = "Task_RegisterFault";

	public static final String TRIAGE = "Task_TriageFault";

	public static final String RECORD_TRIAGE = "Task_RecordTriage";

	public static final String RESPONSE_OVERDUE = "Event_ResponseOverdue";

	public static final String FIX = "Task_FixFault";

	public static final String RECORD_FIX_OUTCOME = "Task_RecordFixOutcome";

	public static final String REPAIR_WARNING = "Event_RepairWarning";

	public static final String REPAIR_OVERDUE = "Event_RepairOverdue";

	public static final String FIX_OUTCOME = "Gateway_FixOutcome";

	public static final String ARRIVE_ON_SITE = "Task_ArriveOnSite";

	public static final String ARRIVAL_OVERDUE = "Event_ArrivalOverdue";

	public static final String CONFIRM = "Task_ConfirmFix";

	public static final String RECORD_CONFIRMATION = "Task_RecordConfirmation";

	public static final String CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";

	public static final String CLOSED = "EndEvent_FaultClosed";

	public static final String CLOSED_UNCONFIRMED = "EndEvent_ClosedUnconfirmed";

	/**
	 * Process variables, which are ids and routing values only. The ticket contains the
	 * rest.
	 */
	public static final class Variables {

		public static final String CATEGORY = "category";

		public static final String SEVERITY = "severity";

		public static final String FIX_OUTCOME = "fixOutcome";

		public static final String CONFIRMATION = "confirmation";

		public static final String SLA_BREACH = "slaBreach";

		private Variables() {
		}

	}

	/** Values of {@link Variables#FIX_OUTCOME}. */
	public static final class FixOutcomes {

		public static final String FIXED = "fixed";

		public static final String ON_SITE = "onsite";

		public static final String RECLASSIFY = "reclassify";

		private FixOutcomes() {
		}

	}

	private FaultProcess() {
	}

}
