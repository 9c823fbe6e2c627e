package com.limsdesk.fault;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
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

	public Date responseDue(VariableScope scope) {
		return toDate(ticket(scope).getResponseDue());
	}

	public Date repairWarningAt(VariableScope scope) {
		return toDate(ticket(scope).getRepairWarningAt());
	}

	public Date repairDue(VariableScope scope) {
		return toDate(ticket(scope).getRepairDue());
	}

	public Date onSiteDue(VariableScope scope) {
		return toDate(ticket(scope).getOnSiteDue());
	}

	public Date confirmationDue(VariableScope scope) {
		return toDate(ticket(scope).getConfirmationDue());
	}

	private FaultTicket ticket(VariableScope scope) {
		long ticketId = FaultTaskSupport.ticketId(scope);
		return this.tickets.findById(ticketId)
			.orElseThrow(() -> new IllegalStateException("fault ticket " + ticketId + " not found"));
	}

	private static Date toDate(Instant instant) {
		if (instant == null) {
			throw new IllegalStateException("the ticket has no such deadline yet");
		}
		return Date.from(instant);
	}

}
