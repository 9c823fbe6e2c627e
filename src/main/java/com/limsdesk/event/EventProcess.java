package com.limsdesk.event;

import java.util.List;

/**
 * Key, activity ids and variable names of the temporary event support process, for its
 * steps and tests alike.
 */
public final class EventProcess {

	public static final String KEY = "event-support";

	public static final String NUMBER_PREFIX = "HD";

	public static final String START = "StartEvent_EventRequested";

	public static final String REGISTER = "Task_RegisterEvent";

	public static final String PLAN = "Task_PlanEvent";

	public static final String REVIEW_PLAN = "Task_ReviewPlan";

	public static final String CHECK_OPENS = "Event_CheckOpens";

	public static final String PRE_EVENT_CHECK = "SubProcess_PreEventCheck";

	public static final String INSPECTION = "CallActivity_Inspection";

	public static final String CHECKLIST = "Task_PreEventCheck";

	public static final String CHECK_OVERDUE = "Event_CheckOverdue";

	public static final String ESCALATE_FINDINGS = "Task_EscalateFindings";

	public static final String RESOLVE_FINDINGS = "Task_ResolveFindings";

	public static final String ARRIVAL = "SubProcess_Arrival";

	public static final String RECORD_ARRIVAL = "Task_RecordArrival";

	public static final String ARRIVAL_OVERDUE = "Event_ArrivalOverdue";

	public static final String ENDED_BEFORE_ARRIVAL = "Event_EndedBeforeArrival";

	public static final String EVENT_ENDED = "Event_EventEnded";

	public static final String WRITE_SUMMARY = "Task_WriteSummary";

	public static final String CLOSE = "Task_CloseEvent";

	public static final String CLOSED = "EndEvent_EventClosed";

	/** Fields of the start form, removed from the process once recorded. */
	static final List<String> REQUEST_FIELDS = List.of("eventName", "startsAt", "endsAt", "place", "criticalSystems",
			"engineersRequired", "arrivalRequiredAt", "contact");

	/** Multi-instance element variable: the engineer of one arrival branch. */
	public static final String ENGINEER = "engineer";

	private EventProcess() {
	}

}
