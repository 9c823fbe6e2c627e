package com.limsdesk.cleanup;

import com.limsdesk.engine.StartTimers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the monthly timer in line with {@code desk.cleanup.cron} at every start. Runs
 * after the deployment ({@code ProcessDeployment} has order -10).
 */
@Component
@Order(0)
class CleanupTimerUpdate implements ApplicationRunner {

	private final StartTimers startTimers;

	private final CleanupSchedule schedule;

	CleanupTimerUpdate(StartTimers startTimers, CleanupSchedule schedule) {
		this.startTimers = startTimers;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) {
		update();
	}

	/** Moves the monthly timer to the configured cron expression when it differs. */
	void update() {
		this.startTimers.align(CleanupProcess.SCHEDULE_KEY, CleanupProcess.MONTHLY_START, this.schedule.getCron());
	}

}
