package com.limsdesk.fault;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

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

	static final String BREACH_INCIDENT = "slaBreach";

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
		FaultTicket ticket = this.tickets.get(FaultTaskSupport.ticketId(execution));
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
		FaultTicket ticket = this.tickets.get(FaultTaskSupport.ticketId(execution));
		if (!SystemContext.now().isBefore(ticket.getRepairDue())) {
			return;
		}
		Object engineer = execution.getVariable(FaultProcess.Variables.FIX_ASSIGNEE);
		this.mail.warnRepair(ticket, (engineer != null) ? engineer.toString() : null);
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
		long ticketId = FaultTaskSupport.ticketId(execution);
		this.tickets.close(ticketId, null, false, SystemContext.now());
		this.mail.closedUnconfirmed(this.tickets.get(ticketId));
	}

	private void breach(DelegateExecution execution, FaultBreach.Kind kind, String what) {
		FaultTicket ticket = this.tickets.get(FaultTaskSupport.ticketId(execution));
		Instant due = (kind == FaultBreach.Kind.ONSITE) ? ticket.getOnSiteDue() : ticket.getRepairDue();
		if (!this.tickets.recordBreach(ticket, kind, due, SystemContext.now())) {
			return;
		}
		markInCockpit(execution, kind, due);
		this.mail.escalate(ticket, what, due);
	}

	/**
	 * Makes the breach visible to a manager in Cockpit: an incident on the process
	 * instance, which Cockpit counts on its dashboard and marks on the diagram, and the
	 * variable {@code slaBreach} listing the missed deadlines.
	 */
	private void markInCockpit(DelegateExecution execution, FaultBreach.Kind kind, Instant due) {
		DelegateExecution instance = execution.getProcessInstance();
		Set<String> missed = new LinkedHashSet<>();
		Object existing = instance.getVariable(FaultProcess.Variables.SLA_BREACH);
		if (existing != null && !existing.toString().isBlank()) {
			missed.addAll(Set.of(existing.toString().split(",")));
		}
		missed.add(kind.label());
		instance.setVariable(FaultProcess.Variables.SLA_BREACH, String.join(",", missed));
		instance.createIncident(BREACH_INCIDENT, kind.name(), kind.label() + "：时限 " + this.mail.format(due));
	}

}
