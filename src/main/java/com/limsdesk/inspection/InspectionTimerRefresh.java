package com.limsdesk.inspection;

import com.limsdesk.engine.StartTimers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the daily inspection timer in line with {@code desk.inspection.cron} at every
 * start. Runs after the deployment ({@code ProcessDeployment} has order -10).
 */
@Component
@Order(0)
class InspectionTimerRefresh implements ApplicationRunner {

	private final StartTimers startTimers;

	private final InspectionProperties properties;

	InspectionTimerRefresh(StartTimers startTimers, InspectionProperties properties) {
		this.startTimers = startTimers;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.startTimers.align(InspectionProcess.SCHEDULE_KEY, InspectionProcess.DAILY_START, this.properties.cron());
	}

}
