package com.limsdesk.inspection;

import org.springframework.stereotype.Component;

/**
 * The inspection's cron expression for the timer start event of the BPMN. The engine
 * evaluates the expression when it deploys the process and again when the desk starts
 * (see {@link InspectionTimerRefresh}), so a changed setting takes effect at restart.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

	private final InspectionProperties properties;

	InspectionSchedule(InspectionProperties properties) {
		this.properties = properties;
	}

	public String getCron() {
		return this.properties.cron();
	}

}
