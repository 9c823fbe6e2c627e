package com.limsdesk.fault;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reclassifies a ticket outside its forms, from the REST API: the deadlines are computed
 * again and the waiting timers and task due dates move with them, in one transaction.
 *
 * <p>
 * NOTE: a non-interrupting timer that has fired already, such as the 80 % warning, is not
 * armed again by a later deadline. The fix form's reclassify outcome re-enters the repair
 * task, so it creates fresh timers.
 */
@Service
class FaultReclassification {

	private static final Logger logger = LoggerFactory.getLogger(FaultReclassification.class);

	private final FaultTicketService tickets;

	private final ManagementService managementService;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final SystemContext systemContext;

	FaultReclassification(FaultTicketService tickets, ManagementService managementService, TaskService taskService,
			RuntimeService runtimeService, SystemContext systemContext) {
		this.systemContext = systemContext;
		this.tickets = tickets;
		this.managementService = managementService;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
	}

	@Transactional
	FaultTicket reclassify(String number, String categoryCode, String severityCode, String reason, String user) {
		FaultCategory category = parse("category", () -> FaultCategory.fromCode(categoryCode));
		Severity severity = parse("severity", () -> Severity.fromCode(severityCode));
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "is missing");
		}
		if (reason.length() > 2000) {
			throw new InvalidFieldException("reason", "is longer than 2000 characters");
		}
		FaultTicket ticket = this.tickets.findByNumber(number);
		if (ticket.getCategory() == null) {
			throw new InvalidFieldException("category",
					"ticket " + number + " is not triaged yet; classify it in triage");
		}
		if (ticket.getClosedAt() != null) {
			throw new InvalidFieldException("category", "ticket " + number + " is closed");
		}
		this.tickets.reclassify(ticket.getId(), category, severity, reason.strip(), user, SystemContext.now());
		// The caller's role was checked above; the engine changes are the desk's own, so
		// they
		// need no engine permission on the process instance.
		this.systemContext.withoutAuthorization(() -> {
			moveTimers(ticket);
			this.runtimeService.setVariables(ticket.getProcessInstanceId(), Map.of(FaultProcess.Variables.CATEGORY,
					category.code(), FaultProcess.Variables.SEVERITY, severity.code()));
			return null;
		});
		return ticket;
	}

	private void moveTimers(FaultTicket ticket) {
		String instance = ticket.getProcessInstanceId();
		move(instance, FaultProcess.REPAIR_WARNING, ticket.getRepairWarningAt());
		move(instance, FaultProcess.REPAIR_OVERDUE, ticket.getRepairDue());
		Task fix = this.taskService.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(FaultProcess.FIX)
			.singleResult();
		if (fix != null) {
			fix.setDueDate(Date.from(ticket.getRepairDue()));
			this.taskService.saveTask(fix);
		}
	}

	private void move(String processInstanceId, String activityId, Instant due) {
		Job job = this.managementService.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.singleResult();
		if (job != null) {
			this.managementService.setJobDuedate(job.getId(), Date.from(due));
			logger.info("Moved timer {} of process instance {} to {}", activityId, processInstanceId, due);
		}
	}

	private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, ex.getMessage());
		}
	}

}
