package com.limsdesk.change;

/**
 * Key, activity ids and variable names of the change control process, for its steps and
 * tests alike.
 */
public final class ChangeProcess {

	public static final String KEY = "change-control";

	public static final String NUMBER_PREFIX = "BG";

	public static final String START = "StartEvent_ChangeRequested";

	public static final String DRAFT = "Task_DraftChange";

	public static final String REGISTER = "Task_RegisterChange";

	public static final String ASSESS = "Task_AssessChange";

	public static final String OPEN_APPROVALS = "Task_OpenApprovals";

	public static final String APPROVAL = "SubProcess_Approval";

	public static final String MANAGER_APPROVAL = "Task_ApproveAsManager";

	public static final String VENDOR_APPROVAL = "Task_ApproveAsVendor";

	public static final String APPROVAL_OVERDUE = "Event_ApprovalOverdue";

	public static final String REVISE = "Task_ReviseChange";

	public static final String IMPLEMENT = "Task_ImplementChange";

	public static final String VERIFY = "Task_VerifyChange";

	public static final String RELEASE = "Task_ReleaseChange";

	public static final String ROLL_BACK = "Task_RollBackChange";

	public static final String REVIEW = "Task_ReviewChange";

	public static final String CLOSED = "EndEvent_ChangeClosed";

	public static final String ROLLED_BACK = "EndEvent_ChangeRolledBack";

	public static final String WITHDRAWN = "EndEvent_ChangeWithdrawn";

	/**
	 * Process variables: ids and routing values only. The change record contains the
	 * rest.
	 */
	public static final class Variables {

		public static final String NEEDS_DRAFT = "needsDraft";

		/**
		 * Emergency flag of the change. The gateways read the change, not this variable.
		 */
		public static final String EMERGENCY = "emergency";

		public static final String RISK = "risk";

		public static final String APPROVED = "approved";

		public static final String RESUBMITTED = "resubmitted";

		public static final String VERIFIED = "verified";

		public static final String RELEASED = "released";

		/** The outcome of the change: closed, rolled-back or withdrawn. */
		public static final String OUTCOME = "changeOutcome";

		public static final String NUMBER = "changeNumber";

		private Variables() {
		}

	}

	private ChangeProcess() {
	}

}
