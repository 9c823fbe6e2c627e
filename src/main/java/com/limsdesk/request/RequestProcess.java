package com.limsdesk.request;

/**
 * Key, activity ids and variable names of the service request process, for its steps and
 * tests alike.
 */
public final class RequestProcess {

	public static final String KEY = "service-request";

	public static final String NUMBER_PREFIX = "FW";

	public static final String START = "StartEvent_RequestSubmitted";

	public static final String DRAFT = "Task_DraftRequest";

	public static final String REGISTER = "Task_RegisterRequest";

	public static final String ANSWER = "Task_AnswerGuidance";

	public static final String ANSWER_OVERDUE = "Event_AnswerOverdue";

	public static final String ASSESS = "Task_AssessRequest";

	public static final String ASSESSMENT_OVERDUE = "Event_AssessmentOverdue";

	public static final String APPROVE = "Task_ApproveDataWork";

	public static final String PERFORM = "Task_PerformDataWork";

	public static final String CHANGE = "CallActivity_ChangeControl";

	public static final String VERIFY = "Task_VerifyRequest";

	public static final String ANSWERED = "EndEvent_GuidanceAnswered";

	public static final String DECLINED = "EndEvent_RequestDeclined";

	public static final String REJECTED = "EndEvent_RequestRejected";

	public static final String COMPLETED = "EndEvent_RequestCompleted";

	public static final String NOT_IMPLEMENTED = "EndEvent_ChangeNotImplemented";

	/**
	 * Process variables: ids and routing values only. The request record contains the
	 * rest.
	 */
	public static final class Variables {

		/** Set by a process that starts a request for an engineer to fill in. */
		public static final String NEEDS_DRAFT = "needsDraft";

		public static final String ACCEPTED = "accepted";

		public static final String APPROVED = "approved";

		public static final String VERIFIED = "verified";

		/** Set by the change control process: closed, rolled-back or withdrawn. */
		public static final String CHANGE_OUTCOME = "changeOutcome";

		public static final String CHANGE_NUMBER = "changeNumber";

		private Variables() {
		}

	}

	private RequestProcess() {
	}

}
