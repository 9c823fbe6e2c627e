package com.limsdesk.report;

import org.springframework.stereotype.Component;

/**
 * The cron expressions of the report timers for the timer start events of
 * {@code report-weekly-schedule}, {@code report-quarterly-schedule} and
 * {@code report-annual-schedule}. The engine evaluates them when it deploys the process;
 * {@link ReportTimerRefresh} brings the timers in line with changed settings at every
 * start.
 */
@Component("reportSchedule")
public class ReportSchedule {

	private final ReportProperties properties;

	ReportSchedule(ReportProperties properties) {
		this.properties = properties;
	}

	public String getWeeklyCron() {
		return this.properties.weeklyCron();
	}

	public String getQuarterlyCron() {
		return this.properties.quarterlyCron();
	}

	public String getAnnualCron() {
		return this.properties.annualCron();
	}

}
