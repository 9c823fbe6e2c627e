package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcess.FixOutcomes;
import static com.limsdesk.fault.FaultProcess.Variables;

import java.time.Instant;
import java.util.List;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the outcome of the repair task, one of three: the fix, the dispatch of an
 * on-site visit, or a reclassification that computes the deadlines again.
 */
@Component("recordFixOutcome")
class RecordFixOutcomeDelegate implements JavaDelegate {

	static final List<String> FORM_FIELDS = List.of("fixCause", "fixActions", "dataAffected", "dataCorrection",
			"dispatchReason", "reclassifyReason", "followUp");

	private final FaultTicketService tickets;

	private final FaultTaskSupport support;

	private final FaultFollowUps followUps;

	RecordFixOutcomeDelegate(FaultTicketService tickets, FaultTaskSupport support, FaultFollowUps followUps) {
		this.tickets = tickets;
		this.support = support;
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = this.support.form(execution);
		String outcome = form.requiredChoice(Variables.FIX_OUTCOME, "处理结果",
				List.of(FixOutcomes.FIXED, FixOutcomes.ON_SITE, FixOutcomes.RECLASSIFY));
		long ticketId = this.tickets.forProcessInstance(execution.getProcessInstanceId()).getId();
		String user = this.support.actingEngineer();
		Instant now = SystemContext.now();
		switch (outcome) {
			case FixOutcomes.FIXED -> recordFix(form, ticketId, user, now);
			case FixOutcomes.ON_SITE ->
				this.tickets.dispatchOnSite(ticketId, form.requiredText("dispatchReason", "需现场处理的原因", 2000), user, now);
			default -> reclassify(execution, form, ticketId, user, now);
		}
		if (!FixOutcomes.RECLASSIFY.equals(outcome)) {
			restoreClassification(execution, ticketId);
		}
		String followUp = (form.optionalText("followUp", "后续工作", 16) != null)
				? form.requiredChoice("followUp", "后续工作", FaultFollowUps.CODES) : FaultFollowUps.NONE;
		this.followUps.start(followUp, this.tickets.get(ticketId), user, now);
		execution.removeVariables(FORM_FIELDS);
	}

	private void recordFix(FormValues form, long ticketId, String user, Instant now) {
		String cause = form.requiredText("fixCause", "故障原因", 4000);
		String actions = form.requiredText("fixActions", "处理措施", 4000);
		boolean dataAffected = form.flag("dataAffected", "是否影响数据");
		String correction = form.optionalText("dataCorrection", "数据更正说明", 4000);
		if (dataAffected && correction == null) {
			throw new FormInputException("dataCorrection", "数据更正说明", "数据受到影响时必填");
		}
		this.tickets.recordFix(ticketId, new FaultTicketService.FixRecord(cause, actions, dataAffected, correction),
				user, now);
	}

	private void reclassify(DelegateExecution execution, FormValues form, long ticketId, String user, Instant now) {
		FaultCategory category = FaultCategory
			.fromCode(form.requiredChoice(Variables.CATEGORY, "故障类别", RecordTriageDelegate.CATEGORY_CODES));
		Severity severity = Severity
			.fromCode(form.requiredChoice(Variables.SEVERITY, "严重程度", RecordTriageDelegate.SEVERITY_CODES));
		String reason = form.requiredText("reclassifyReason", "重新定级原因", 2000);
		this.tickets.reclassify(ticketId, category, severity, reason, user, now);
	}

	/**
	 * Undoes a change of category or severity in the form when the outcome is not a
	 * reclassification.
	 */
	private void restoreClassification(DelegateExecution execution, long ticketId) {
		FaultTicket ticket = this.tickets.get(ticketId);
		execution.setVariable(Variables.CATEGORY, ticket.getCategory().code());
		execution.setVariable(Variables.SEVERITY, ticket.getSeverity().code());
	}

}
