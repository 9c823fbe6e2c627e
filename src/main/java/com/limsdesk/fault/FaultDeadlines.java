package com.limsdesk.fault;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Deadlines of a ticket for the timers and task due dates of the fault process, read from
 * the ticket so that the process carries no dates of its own. Used in expressions as
 * {@code ${faultDeadlines.repairDue(execution)}}.
 */
@Component("faultDeadlines")
public class FaultDeadlines {

	private final FaultTicketRepository tickets;

	FaultDeadlines(FaultTicketRepository tickets) {
		this.tickets = tickets;
	}

	public Date responseDue(DelegateExecution execution) {
		return toDate(ticket(execution).getResponseDue());
	}

	public Date repairWarningAt(DelegateExecution execution) {
		return toDate(ticket(execution).getRepairWarningAt());
	}

	public Date repairDue(DelegateExecution execution) {
		return toDate(ticket(execution).getRepairDue());
	}

	public Date onSiteDue(DelegateExecution execution) {
		return toDate(ticket(execution).getOnSiteDue());
	}

	public Date confirmationDue(DelegateExecution execution) {
		return toDate(ticket(execution).getConfirmationDue());
	}

	private FaultTicket ticket(DelegateExecution execution) {
		return this.tickets.findByProcessInstanceId(execution.getProcessInstanceId())
			.orElseThrow(() -> new IllegalStateException(
					"no fault ticket belongs to process instance " + execution.getProcessInstanceId()));
	}

	private static Date toDate(Instant instant) {
		if (instant == null) {
			throw new IllegalStateException("the ticket has no such deadline yet");
		}
		return Date.from(instant);
	}

}
