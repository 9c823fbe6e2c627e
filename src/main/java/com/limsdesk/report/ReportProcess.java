package com.limsdesk.report;

/**
 * Keys, activity ids and variable names of the report processes, for their steps and
 * tests alike.
 */
public final class ReportProcess {

	/** The timer that drafts the weekly report when a week ends. */
	public static final String WEEKLY_SCHEDULE_KEY = "report-weekly-schedule";

	public static final String WEEK_ENDED = "StartEvent_WeekEnded";

	/**
	 * The timer that drafts the quarterly and the database report when a quarter ends.
	 */
	public static final String QUARTERLY_SCHEDULE_KEY = "report-quarterly-schedule";

	public static final String QUARTER_ENDED = "StartEvent_QuarterEnded";

	/** The timer that drafts the annual report when a year ends. */
	public static final String ANNUAL_SCHEDULE_KEY = "report-annual-schedule";

	public static final String YEAR_ENDED = "StartEvent_YearEnded";

	/** The writing, submission and review of one report. */
	public static final String KEY = "report-review";

	public static final String WRITE = "Task_WriteReport";

	public static final String OVERDUE = "Event_ReportOverdue";

	public static final String ESCALATE = "Task_EscalateOverdueReport";

	public static final String REVIEW = "Task_ReviewReport";

	public static final String APPROVED = "EndEvent_ReportApproved";

	public static final String OVERDUE_ESCALATED = "EndEvent_OverdueEscalated";

	/** Form fields of the engineer's submission. */
	public static final class Fields {

		public static final String SUMMARY = "reportSummary";

		public static final String ANALYSIS = "analysis";

		public static final String SOLUTIONS = "solutions";

		public static final String FEEDBACK = "feedback";

		public static final String UPLOAD_ID = "uploadId";

		public static final String DECISION = "reviewDecision";

		public static final String COMMENT = "reviewComment";

		private Fields() {
		}

	}

	private ReportProcess() {
	}

}
