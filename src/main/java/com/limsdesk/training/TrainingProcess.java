package com.limsdesk.training;

import java.util.List;

/**
 * Key, activity ids and variable names of the training process, for its steps and tests.
 */
public final class TrainingProcess {

	public static final String KEY = "training";

	public static final String NUMBER_PREFIX = "PX";

	public static final String REQUESTED_START = "StartEvent_TrainingRequested";

	/** The message start event of an administrator training, which the schedule sends. */
	public static final String ADMINISTRATOR_START = "StartEvent_AdministratorTrainingDue";

	public static final String ADMINISTRATOR_MESSAGE = "administrator-training-due";

	/** The process whose yearly timer starts the administrator training. */
	public static final String SCHEDULE_KEY = "administrator-training-schedule";

	public static final String SCHEDULE_START = "StartEvent_ContractYearMonth";

	public static final String SCHEDULE = "Task_ScheduleTraining";

	public static final String PREPARE = "Task_PrepareMaterial";

	public static final String DELIVER = "Task_RecordDelivery";

	public static final String FEEDBACK = "Task_RecordFeedback";

	public static final String ALREADY_SCHEDULED = "EndEvent_AdministratorTrainingExists";

	public static final String DELIVERED = "EndEvent_TrainingDelivered";

	public static final String NOT_DELIVERED = "EndEvent_TrainingNotDelivered";

	/**
	 * Fields of the request and schedule forms, removed from the process once recorded.
	 */
	static final List<String> PLAN_FIELDS = List.of("topic", "content", "startsAt", "endsAt", "plannedAttendees",
			"place", "mode");

	private TrainingProcess() {
	}

}
