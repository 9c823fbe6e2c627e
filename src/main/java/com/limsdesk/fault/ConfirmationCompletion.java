package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.Variables;

import java.util.List;

import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reporter confirms the fix, or reopens the ticket with a reason. */
@Component("confirmationCompletion")
class ConfirmationCompletion implements TaskListener {

	static final String CONFIRM = "confirm";

	static final String REOPEN = "reopen";

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	ConfirmationCompletion(FaultTicketService tickets, FaultTaskSupport support) {
		this.tickets = tickets;
		this.support = support;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = this.support.form(task);
		String decision = form.requiredChoice(Variables.CONFIRMATION, "确认结果", List.of(CONFIRM, REOPEN));
		long ticketId = FaultTaskSupport.ticketId(task);
		String user = this.support.actingUser(task);
		if (CONFIRM.equals(decision)) {
			this.tickets.close(ticketId, user, true, SystemContext.now());
		}
		else {
			String reason = form.requiredText("reopenReason", "重新打开原因", 2000);
			this.tickets.reopen(ticketId, reason, user, SystemContext.now());
		}
		task.removeVariable("reopenReason");
	}

}
