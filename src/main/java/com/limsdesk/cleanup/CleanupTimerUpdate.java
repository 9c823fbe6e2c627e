package com.limsdesk.cleanup;

import java.util.List;

import com.limsdesk.engine.SystemContext;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the monthly timer in line with {@code desk.cleanup.cron} at every start. The
 * engine evaluates the timer's expression only when it deploys the process, and the desk
 * deploys only changed files, so a changed setting alone would leave the timer job on the
 * old schedule. Runs after the deployment ({@code ProcessDeployment} has order -10).
 */
@Component
@Order(0)
class CleanupTimerUpdate implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(CleanupTimerUpdate.class);

	private final SystemContext systemContext;

	private final CleanupSchedule schedule;

	CleanupTimerUpdate(SystemContext systemContext, CleanupSchedule schedule) {
		this.systemContext = systemContext;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) {
		update();
	}

	/**
	 * Recomputes the due date and the repeat of every monthly timer job whose cron
	 * expression differs from the setting, and logs the next start.
	 */
	void update() {
		String cron = this.schedule.getCron();
		this.systemContext.inCommand((context) -> {
			for (Job job : monthlyTimers(context)) {
				TimerEntity timer = (TimerEntity) context.getJobManager().findJobById(job.getId());
				if (!cron.equals(timer.getRepeat())) {
					String previous = timer.getRepeat();
					declaration(context, timer).updateJob(timer);
					logger.info("Moved the cleanup timer {} from cron '{}' to '{}'", timer.getId(), previous, cron);
				}
				logger.info("Next monthly temporary table cleanup starts at {}", timer.getDuedate().toInstant());
			}
			return null;
		});
	}

	private static List<Job> monthlyTimers(CommandContext context) {
		return context.getProcessEngineConfiguration()
			.getManagementService()
			.createJobQuery()
			.processDefinitionKey(CleanupProcess.SCHEDULE_KEY)
			.activityId(CleanupProcess.MONTHLY_START)
			.timers()
			.list();
	}

	@SuppressWarnings("unchecked")
	private static TimerDeclarationImpl declaration(CommandContext context, JobEntity timer) {
		ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(timer.getProcessDefinitionId());
		List<TimerDeclarationImpl> declarations = (List<TimerDeclarationImpl>) definition
			.getProperty(BpmnParse.PROPERTYNAME_START_TIMER);
		return declarations.stream()
			.filter((declaration) -> TimerStartEventJobHandler.TYPE.equals(declaration.getJobHandlerType()))
			.filter((declaration) -> CleanupProcess.MONTHLY_START.equals(declaration.getActivityId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("process definition " + definition.getId()
					+ " has no timer start event " + CleanupProcess.MONTHLY_START));
	}

}
