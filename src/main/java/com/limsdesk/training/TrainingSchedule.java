package com.limsdesk.training;

import org.springframework.stereotype.Component;

/**
 * The administrator training's cron expression for the timer start event of the BPMN. The
 * engine evaluates it when it deploys the process and {@link TrainingTimerRefresh} again
 * at every start, so a changed month takes effect at restart.
 */
@Component("trainingSchedule")
public class TrainingSchedule {

	private final TrainingProperties properties;

	TrainingSchedule(TrainingProperties properties) {
		this.properties = properties;
	}

	public String getCron() {
		return this.properties.administratorCron();
	}

}
