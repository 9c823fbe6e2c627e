package com.limsdesk.report;

import com.limsdesk.engine.StartTimers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the report timers in line with {@code desk.report.*-cron} at every start. Runs
 * after the deployment ({@code ProcessDeployment} has order -10).
 */
@Component
@Order(0)
class ReportTimerRefresh implements ApplicationRunner {

	private final StartTimers startTimers;

	private final ReportProperties properties;

	ReportTimerRefresh(StartTimers startTimers, ReportProperties properties) {
		this.startTimers = startTimers;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.startTimers.align(ReportProcess.WEEKLY_SCHEDULE_KEY, ReportProcess.WEEK_ENDED,
				this.properties.weeklyCron());
		this.startTimers.align(ReportProcess.QUARTERLY_SCHEDULE_KEY, ReportProcess.QUARTER_ENDED,
				this.properties.quarterlyCron());
		this.startTimers.align(ReportProcess.ANNUAL_SCHEDULE_KEY, ReportProcess.YEAR_ENDED,
				this.properties.annualCron());
	}

}
