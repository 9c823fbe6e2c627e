package com.limsdesk.fault;

import java.time.Instant;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Steps that the fault process's timers start, called from its service tasks as
 * {@code ${faultEscalations.responseOverdue(execution)}}. Each step is safe to repeat: a
 * breach is recorded once, and a warning for a deadline already passed is not sent.
 */
@Component("faultEscalations")
public class FaultEscalations {

	private static final Logger logger = LoggerFactory.getLogger(FaultEscalations.class);

	private final FaultTicketService tickets;

	private final FaultMail mail;

	FaultEscalations(FaultTicketService tickets, FaultMail mail) {
		this.tickets = tickets;
		this.mail = mail;
	}

	/**
	 * Offers a ticket still untriaged at its response deadline to the vendor's
	 * maintenance department too.
	 */
	public void responseOverdue(DelegateExecution execution) {
		FaultTicket ticket = this.tickets.forProcessInstance(execution.getProcessInstanceId());
		Task triage = execution.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(FaultProcess.TRIAGE)
			.singleResult();
		if (triage != null) {
			execution.getProcessEngineServices()
				.getTaskService()
				.addCandidateGroup(triage.getId(), DeskGroups.VENDOR_SUPPORT);
		}
		this.tickets.journal(ticket, SystemContext.now(), null, "ESCALATED", "响应时限已到，尚未分诊");
		this.mail.escalate(ticket, "响应时限已到，尚未分诊", ticket.getResponseDue());
		logger.warn("Fault ticket {} is not triaged at its response deadline; escalated", ticket.getNumber());
	}

	/** Warns the engineer at 80 % of the repair time. */
	public void repairWarning(DelegateExecution execution) {
		FaultTicket ticket = this.tickets.forProcessInstance(execution.getProcessInstanceId());
		if (!SystemContext.now().isBefore(ticket.getRepairDue())) {
			return;
		}
		this.mail.warnRepair(ticket, FaultAssignees.repairerOf(ticket));
		this.tickets.journal(ticket, SystemContext.now(), null, "WARNED", "修复时限已用去 80%");
	}

	public void repairOverdue(DelegateExecution execution) {
		breach(execution, FaultBreach.Kind.REPAIR, "修复超时");
	}

	public void arrivalOverdue(DelegateExecution execution) {
		breach(execution, FaultBreach.Kind.ONSITE, "现场到场超时");
	}

	/** Closes a fix that the reporter left unconfirmed, and notifies the reporter. */
	public void closeUnconfirmed(DelegateExecution execution) {
		long ticketId = this.tickets.forProcessInstance(execution.getProcessInstanceId()).getId();
		this.tickets.close(ticketId, null, false, SystemContext.now());
		this.mail.closedUnconfirmed(this.tickets.get(ticketId));
	}

	private void breach(DelegateExecution execution, FaultBreach.Kind kind, String summary) {
		FaultTicket ticket = this.tickets.forProcessInstance(execution.getProcessInstanceId());
		Instant due = (kind == FaultBreach.Kind.ONSITE) ? ticket.getOnSiteDue() : ticket.getRepairDue();
		if (this.tickets.recordBreach(ticket, kind, due, SystemContext.now())) {
			this.mail.escalate(ticket, summary, due);
		}
	}

}
