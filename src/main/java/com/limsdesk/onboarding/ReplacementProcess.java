package com.limsdesk.onboarding;

/**
 * Key, activity ids and variable names of the engineer replacement process and of the
 * staff change notice it calls, for their steps and tests alike.
 */
public final class ReplacementProcess {

	public static final String KEY = "engineer-replacement";

	public static final String NUMBER_PREFIX = "GH";

	public static final String START = "StartEvent_ReplacementRequested";

	public static final String REGISTER = "Task_RegisterReplacement";

	public static final String PROPOSE = "Task_ProposeCandidate";

	public static final String REVIEW = "Task_ReviewCandidate";

	public static final String START_TRAINING = "Task_StartTraining";

	public static final String TRAINING = "SubProcess_Training";

	public static final String RECORD_TRAINING = "Task_RecordTraining";

	public static final String DECIDE_ON_POST = "Task_DecideOnPost";

	public static final String TRAINING_MONTH_OVER = "Event_TrainingMonthOver";

	public static final String REMIND_APPROVAL = "Task_RemindApproval";

	public static final String HAND_OVER = "Task_HandOver";

	public static final String ANNOUNCE = "CallActivity_AnnounceChange";

	public static final String ON_POST = "EndEvent_EngineerOnPost";

	/** The staff change notice: a change of system lead or of a resident engineer. */
	public static final class Notice {

		public static final String KEY = "staff-change-notice";

		public static final String REGISTER = "Task_RegisterNotice";

		public static final String ACKNOWLEDGE = "Task_AcknowledgeStaffChange";

		public static final String ACKNOWLEDGED = "EndEvent_ChangeAcknowledged";

		private Notice() {
		}

	}

	/**
	 * Process variables: the number and a few routing values. The replacement record
	 * contains the rest, and the gateways read the record.
	 */
	public static final class Variables {

		public static final String NUMBER = "replacementNumber";

		/** The decision of the on-post approval: approve, extend or reject. */
		public static final String ON_POST_DECISION = "onPostDecision";

		private Variables() {
		}

	}

	private ReplacementProcess() {
	}

}
