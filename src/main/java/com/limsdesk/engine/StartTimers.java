package com.limsdesk.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings timer start events in line with their cron setting. The engine evaluates a timer
 * start event's expression only when it deploys the process, and the desk deploys only
 * changed files, so a changed setting alone would leave the timer job on the old
 * schedule. A timer whose cycle equals the setting is left alone, so that a start missed
 * while the desk was down still happens.
 */
@Component
public class StartTimers {

	private static final Logger logger = LoggerFactory.getLogger(StartTimers.class);

	private final SystemContext systemContext;

	StartTimers(SystemContext systemContext) {
		this.systemContext = systemContext;
	}

	/**
	 * Recomputes the due date and the repeat of every timer job of the given start event
	 * whose cron expression differs from the given one, and logs the next start.
	 */
	public void align(String processKey, String startEventId, String cron) {
		this.systemContext.inCommand((context) -> {
			for (Job job : timers(context, processKey, startEventId)) {
				TimerEntity timer = (TimerEntity) context.getJobManager().findJobById(job.getId());
				if (!cron.equals(timer.getRepeat())) {
					String previous = timer.getRepeat();
					declaration(context, timer, startEventId).updateJob(timer);
					logger.info("Moved timer {} of {} from cron '{}' to '{}'", timer.getId(), processKey, previous,
							cron);
				}
				logger.info("Next start of {} is at {}", processKey, timer.getDuedate().toInstant());
			}
			return null;
		});
	}

	private static List<Job> timers(CommandContext context, String processKey, String startEventId) {
		return context.getProcessEngineConfiguration()
			.getManagementService()
			.createJobQuery()
			.processDefinitionKey(processKey)
			.activityId(startEventId)
			.timers()
			.list();
	}

	@SuppressWarnings("unchecked")
	private static TimerDeclarationImpl declaration(CommandContext context, JobEntity timer, String startEventId) {
		ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(timer.getProcessDefinitionId());
		List<TimerDeclarationImpl> declarations = (List<TimerDeclarationImpl>) definition
			.getProperty(BpmnParse.PROPERTYNAME_START_TIMER);
		return declarations.stream()
			.filter((declaration) -> TimerStartEventJobHandler.TYPE.equals(declaration.getJobHandlerType()))
			.filter((declaration) -> startEventId.equals(declaration.getActivityId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"process definition " + definition.getId() + " has no timer start event " + startEventId));
	}

}
