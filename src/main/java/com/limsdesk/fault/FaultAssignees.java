package com.limsdesk.fault;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Assignees of the fault process's user tasks, read from the ticket, used in expressions
 * as {@code ${faultAssignees.reporter(execution)}}. People are not routed by process
 * variables, because users with a task may change those.
 */
@Component("faultAssignees")
public class FaultAssignees {

	private final FaultTicketService tickets;

	FaultAssignees(FaultTicketService tickets) {
		this.tickets = tickets;
	}

	/** Returns the user who confirms the fix. */
	public String reporter(DelegateExecution execution) {
		return this.tickets.forProcessInstance(execution.getProcessInstanceId()).getReporterUser();
	}

	/** Returns the user who repairs the fault, or null before triage. */
	public String repairer(DelegateExecution execution) {
		return repairerOf(this.tickets.forProcessInstance(execution.getProcessInstanceId()));
	}

	/** Returns the engineer who arrived on site, else the one who triaged the ticket. */
	static String repairerOf(FaultTicket ticket) {
		return (ticket.getOnSiteArrivedBy() != null) ? ticket.getOnSiteArrivedBy() : ticket.getRespondedBy();
	}

}
