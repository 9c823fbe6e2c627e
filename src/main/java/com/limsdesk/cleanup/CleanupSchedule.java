package com.limsdesk.cleanup;

import org.springframework.stereotype.Component;

/**
 * The cron expression of the monthly timer of {@code temp-table-cleanup-schedule}, read
 * by the process model as {@code ${cleanupSchedule.cron}}. The engine evaluates the
 * expression of a timer start event when it deploys the process, with no process
 * variables, so only beans resolve there. {@link CleanupTimerUpdate} applies a changed
 * setting to the deployed timer.
 */
@Component("cleanupSchedule")
public class CleanupSchedule {

	private final CleanupProperties properties;

	CleanupSchedule(CleanupProperties properties) {
		this.properties = properties;
	}

	/** Returns {@code desk.cleanup.cron}. */
	public String getCron() {
		return this.properties.cron();
	}

}
