package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.Variables;

import java.util.List;

import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records triage: the classification and the response time. */
@Component("recordTriage")
class RecordTriageDelegate implements JavaDelegate {

	static final List<String> CATEGORY_CODES = List.of("main", "general");

	static final List<String> SEVERITY_CODES = List.of("ordinary", "significant", "major", "critical");

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	RecordTriageDelegate(FaultTicketService tickets, FaultTaskSupport support) {
		this.tickets = tickets;
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = this.support.form(execution);
		FaultCategory category = FaultCategory
			.fromCode(form.requiredChoice(Variables.CATEGORY, "故障类别", CATEGORY_CODES));
		Severity severity = Severity.fromCode(form.requiredChoice(Variables.SEVERITY, "严重程度", SEVERITY_CODES));
		String note = form.optionalText("triageNote", "分诊说明", 2000);
		String user = this.support.actingEngineer();
		this.tickets.triage(this.tickets.forProcessInstance(execution.getProcessInstanceId()).getId(), category,
				severity, note, user, SystemContext.now());
		execution.removeVariable("triageNote");
	}

}
