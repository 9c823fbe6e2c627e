package com.limsdesk.training;

import com.limsdesk.engine.StartTimers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the administrator training timer in line with
 * {@code desk.training.administrator-month} at every start. Runs after the deployment
 * ({@code ProcessDeployment} has order -10).
 */
@Component
@Order(0)
class TrainingTimerRefresh implements ApplicationRunner {

	private final StartTimers startTimers;

	private final TrainingProperties properties;

	TrainingTimerRefresh(StartTimers startTimers, TrainingProperties properties) {
		this.startTimers = startTimers;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.startTimers.align(TrainingProcess.SCHEDULE_KEY, TrainingProcess.SCHEDULE_START,
				this.properties.administratorCron());
	}

}
