package com.limsdesk.leave;

/**
 * Key, activity ids and variable names of the engineer leave process, for its steps and
 * tests alike.
 */
public final class LeaveProcess {

	public static final String KEY = "engineer-leave";

	public static final String NUMBER_PREFIX = "QJ";

	public static final String START = "StartEvent_LeaveRequested";

	public static final String REGISTER = "Task_RegisterLeave";

	public static final String PREPARATION = "SubProcess_Preparation";

	public static final String APPROVE = "Task_ApproveLeave";

	public static final String ACCEPT_COVER = "Task_AcceptCover";

	public static final String NAME_OTHER_COVER = "Task_NameOtherCover";

	public static final String RECORD_HANDOVER = "Task_RecordHandover";

	public static final String CONFIRM_HANDOVER = "Task_ConfirmHandover";

	/** Timer on the preparation at the leave's first minute. */
	public static final String START_REACHED = "Event_LeaveStartReached";

	/** Timer after a completed preparation, at the leave's first minute. */
	public static final String LEAVE_STARTS = "Event_LeaveStarts";

	public static final String LEAVE_ENDS = "Event_LeaveEnds";

	public static final String START_LEAVE = "Task_StartLeave";

	public static final String LAPSE_LEAVE = "Task_LapseLeave";

	public static final String END_LEAVE = "Task_EndLeave";

	public static final String ENDED = "EndEvent_LeaveEnded";

	public static final String REJECTED = "EndEvent_LeaveRejected";

	public static final String WITHDRAWN = "EndEvent_LeaveWithdrawn";

	public static final String LAPSED = "EndEvent_LeaveLapsed";

	/**
	 * Process variables: ids and routing values only. The leave record contains the rest.
	 */
	public static final class Variables {

		public static final String NUMBER = "leaveNumber";

		private Variables() {
		}

	}

	private LeaveProcess() {
	}

}
