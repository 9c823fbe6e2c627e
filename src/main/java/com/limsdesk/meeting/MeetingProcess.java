package com.limsdesk.meeting;

/** Key, activity ids and form fields of the weekly meeting process. */
public final class MeetingProcess {

	public static final String KEY = "weekly-meeting";

	public static final String START = "StartEvent_MeetingDue";

	public static final String OPEN = "Task_DrawUpAgenda";

	public static final String HOLD = "Task_HoldMeeting";

	public static final String HELD = "EndEvent_MinutesRecorded";

	public static final String ALREADY_OPEN = "EndEvent_MeetingAlreadyOpen";

	/** Form fields of the minutes. */
	public static final class Fields {

		public static final String AGENDA = "agenda";

		public static final String HELD_AT = "heldAt";

		public static final String ATTENDEES = "attendees";

		public static final String MINUTES = "minutes";

		public static final String CLOSED_ACTIONS = "closedActions";

		public static final String NEW_ACTIONS = "newActions";

		private Fields() {
		}

	}

	private MeetingProcess() {
	}

}
