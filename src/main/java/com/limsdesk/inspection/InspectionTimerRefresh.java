package com.limsdesk.inspection;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.limsdesk.engine.SystemContext;

/**
 * Applies a changed {@code desk.inspection.cron} to the timer start event. The engine
 * evaluates the timer's expression only when it deploys the process, and an unchanged
 * BPMN is not deployed again. So at startup, a timer whose cycle differs from the setting
 * gets its due date computed again. A timer with the current cycle is left alone, so that
 * a run missed while the desk was down still happens.
 */
@Component
@Order(-5)
class InspectionTimerRefresh implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(InspectionTimerRefresh.class);

	private final ManagementService managementService;

	private final SystemContext systemContext;

	private final InspectionProperties properties;

	InspectionTimerRefresh(ManagementService managementService, SystemContext systemContext,
			InspectionProperties properties) {
		this.managementService = managementService;
		this.systemContext = systemContext;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.systemContext.withoutAuthorization(() -> {
			for (Job job : this.managementService.createJobQuery()
				.processDefinitionKey(InspectionProcess.SCHEDULE_KEY)
				.activityId(InspectionProcess.DAILY_START)
				.list()) {
				String cycle = (job instanceof TimerEntity timer) ? timer.getRepeat() : null;
				if (!this.properties.cron().equals(cycle)) {
					this.managementService.recalculateJobDuedate(job.getId(), false);
					logger.info("Moved the inspection timer from cycle '{}' to '{}'", cycle, this.properties.cron());
				}
			}
			return null;
		});
	}

}
