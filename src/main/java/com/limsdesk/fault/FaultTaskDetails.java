package com.limsdesk.fault;

import com.limsdesk.engine.TaskViews;
import com.limsdesk.servicelevel.Severity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts a read-only view of the ticket on each fault task as task-local variables, which
 * the task's form shows. They vanish with the task; the ticket stays the only record.
 */
@Component("faultTaskDetails")
class FaultTaskDetails implements TaskListener {

	static final int MAX_VIEW_LENGTH = TaskViews.MAX_LENGTH;

	private final FaultTicketService tickets;

	private final FaultMail mail;

	FaultTaskDetails(FaultTicketService tickets, FaultMail mail) {
		this.tickets = tickets;
		this.mail = mail;
	}

	@Override
	public void notify(DelegateTask task) {
		FaultTicket ticket = this.tickets.forProcessInstance(task.getProcessInstanceId());
		task.setVariableLocal("reportSummary", fit(reportSummary(ticket)));
		task.setVariableLocal("deadlineSummary", fit(deadlineSummary(ticket)));
		if (ticket.getFixedAt() != null) {
			task.setVariableLocal("fixSummary", fit("原因：" + ticket.getFixCause() + "\n措施：" + ticket.getFixActions()
					+ (Boolean.TRUE.equals(ticket.getDataAffected()) ? "\n数据更正：" + ticket.getDataCorrection() : "")));
		}
	}

	static String fit(String text) {
		return TaskViews.fit(text);
	}

	private String reportSummary(FaultTicket ticket) {
		return "工单号：" + ticket.getNumber() + "\n报告时间：" + this.mail.format(ticket.getReportedAt()) + "（"
				+ ticket.getChannel().label() + "）\n联系人：" + ticket.getContactName() + "  " + ticket.getContactPhone()
				+ "\n模块：" + ticket.getModule() + "\n影响人数：" + ticket.getAffectedUsers() + "\n开始时间："
				+ this.mail.format(ticket.getStartedAt()) + "\n描述：" + ticket.getDescription();
	}

	private String deadlineSummary(FaultTicket ticket) {
		StringBuilder text = new StringBuilder();
		text.append("响应时限：").append(this.mail.format(ticket.getResponseDue()));
		if (ticket.getSeverity() != null) {
			Severity severity = ticket.getSeverity();
			text.append("\n分类：").append(ticket.getCategory().label()).append("，").append(severity.label());
			text.append("\n修复时限：").append(this.mail.format(ticket.getRepairDue()));
		}
		if (ticket.getOnSiteDue() != null) {
			text.append("\n到场时限：").append(this.mail.format(ticket.getOnSiteDue()));
		}
		return text.toString();
	}

}
