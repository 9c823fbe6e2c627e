package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.Variables;

import java.time.Instant;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the arrival of the technical engineer on site; the repair clock restarts from
 * it.
 */
@Component("recordArrival")
class RecordArrivalDelegate implements JavaDelegate {

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	RecordArrivalDelegate(FaultTicketService tickets, FaultTaskSupport support) {
		this.tickets = tickets;
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = this.support.form(execution);
		Instant now = SystemContext.now();
		Instant arrivedAt = form.optionalMoment("arrivedAt", "到场时间");
		long ticketId = this.tickets.forProcessInstance(execution.getProcessInstanceId()).getId();
		FaultTicket ticket = this.tickets.get(ticketId);
		if (arrivedAt == null) {
			arrivedAt = now;
		}
		if (arrivedAt.isAfter(now.plusSeconds(60))) {
			throw new FormInputException("arrivedAt", "到场时间", "不能晚于当前时间");
		}
		if (arrivedAt.isBefore(ticket.getOnSiteDispatchedAt())) {
			throw new FormInputException("arrivedAt", "到场时间", "不能早于派遣时间");
		}
		String note = form.optionalText("arrivalNote", "到场说明", 2000);
		String user = this.support.actingEngineer();
		this.tickets.arriveOnSite(ticketId, arrivedAt, note, user, now);
		execution.removeVariables(java.util.List.of("arrivedAt", "arrivalNote"));
	}

}
