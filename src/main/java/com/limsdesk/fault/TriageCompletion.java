package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.Variables;

import java.util.List;

import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes triage: classifies the ticket and records the response time. */
@Component("triageCompletion")
class TriageCompletion implements TaskListener {

	static final List<String> CATEGORY_CODES = List.of("main", "general");

	static final List<String> SEVERITY_CODES = List.of("ordinary", "significant", "major", "critical");

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	TriageCompletion(FaultTicketService tickets, FaultTaskSupport support) {
		this.tickets = tickets;
		this.support = support;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = this.support.form(task);
		FaultCategory category = FaultCategory
			.fromCode(form.requiredChoice(Variables.CATEGORY, "故障类别", CATEGORY_CODES));
		Severity severity = Severity.fromCode(form.requiredChoice(Variables.SEVERITY, "严重程度", SEVERITY_CODES));
		String note = form.optionalText("triageNote", "分诊说明", 2000);
		String user = this.support.actingUser(task);
		this.tickets.triage(FaultTaskSupport.ticketId(task), category, severity, note, user, SystemContext.now());
		task.removeVariable("triageNote");
		task.getExecution().setVariable(Variables.FIX_ASSIGNEE, user);
	}

}
