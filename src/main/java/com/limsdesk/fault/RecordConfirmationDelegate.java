package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.Variables;

import java.util.List;

import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the reporter's decision: the fix confirmed, or the ticket reopened with a
 * reason.
 */
@Component("recordConfirmation")
class RecordConfirmationDelegate implements JavaDelegate {

	static final String CONFIRM = "confirm";

	static final String REOPEN = "reopen";

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	RecordConfirmationDelegate(FaultTicketService tickets, FaultTaskSupport support) {
		this.tickets = tickets;
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = this.support.form(execution);
		String decision = form.requiredChoice(Variables.CONFIRMATION, "确认结果", List.of(CONFIRM, REOPEN));
		FaultTicket ticket = this.tickets.forProcessInstance(execution.getProcessInstanceId());
		long ticketId = ticket.getId();
		String user = this.support.actingReporter(ticket);
		if (CONFIRM.equals(decision)) {
			this.tickets.close(ticketId, user, true, SystemContext.now());
		}
		else {
			String reason = form.requiredText("reopenReason", "重新打开原因", 2000);
			this.tickets.reopen(ticketId, reason, user, SystemContext.now());
		}
		execution.removeVariable("reopenReason");
	}

}
