package com.limsdesk.report;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the report processes, called from their BPMN as
 * {@code ${reportSteps.submitted(task)}}. The report is found by the business key, its
 * number. The gateway reads the report record, never a process variable, because a user
 * who completes a task can set any variable through its form.
 */
@Component("reportSteps")
public class ReportSteps {

	static final List<String> SUBMISSION_FIELDS = List.of(ReportProcess.Fields.ANALYSIS, ReportProcess.Fields.SOLUTIONS,
			ReportProcess.Fields.FEEDBACK, ReportProcess.Fields.UPLOAD_ID);

	static final List<String> REVIEW_FIELDS = List.of(ReportProcess.Fields.DECISION, ReportProcess.Fields.COMMENT);

	private final ReportService reports;

	private final ReportDrafts drafts;

	private final ReportMail mail;

	private final ReportTaskView view;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ReportSteps(ReportService reports, ReportDrafts drafts, ReportMail mail, ReportTaskView view,
			CurrentUser currentUser, DeskProperties properties) {
		this.reports = reports;
		this.drafts = drafts;
		this.mail = mail;
		this.view = view;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Drafts the reports of the period of the kind that ended before now: the weekly
	 * report, the quarterly report with the database report, or the annual report.
	 */
	public void draft(DelegateExecution execution, String kindCode) {
		ReportKind kind = ReportKind.fromCode(kindCode);
		LocalDate today = SystemContext.now().atZone(this.properties.zone()).toLocalDate();
		List<ReportKind> kinds = (kind == ReportKind.QUARTERLY) ? List.of(ReportKind.QUARTERLY, ReportKind.DATABASE)
				: List.of(kind);
		for (ReportKind each : kinds) {
			this.drafts.draft(ReportPeriod.lastEndedBefore(each, today), SystemContext.now());
		}
	}

	/**
	 * Shows the report on each task as a task-local variable. The writing task opens with
	 * the texts of the last submission, and goes back to the engineer who submitted it.
	 */
	public void details(DelegateTask task) {
		Report report = report(task.getExecution());
		task.setVariableLocal(ReportProcess.Fields.SUMMARY, this.view.summary(report));
		if (ReportProcess.WRITE.equals(task.getTaskDefinitionKey())) {
			this.reports.latestSubmission(report).ifPresent((last) -> {
				ReportContent.EngineerPart part = last.engineerPart();
				task.getExecution().setVariable(ReportProcess.Fields.ANALYSIS, part.analysis());
				task.getExecution().setVariable(ReportProcess.Fields.SOLUTIONS, part.solutions());
				task.getExecution().setVariable(ReportProcess.Fields.FEEDBACK, part.feedback());
				task.setAssignee(last.getCreatedBy());
			});
		}
	}

	/** Records the engineer's submission as a new version. */
	public void submitted(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.ENGINEERS));
		Report report = report(task.getExecution());
		FormValues form = form(task.getVariables());
		ReportContent.EngineerPart part = new ReportContent.EngineerPart(
				form.requiredText(ReportProcess.Fields.ANALYSIS, "技术问题分析", 8000),
				form.requiredText(ReportProcess.Fields.SOLUTIONS, "解决方案", 8000),
				form.optionalText(ReportProcess.Fields.FEEDBACK, "反馈意见", 8000));
		Long uploadId = uploadId(report, form);
		ReportVersion version = this.reports.submit(report, part, uploadId, user, SystemContext.now());
		this.mail.submitted(report, version);
		SubmittedFields.remove(task, SUBMISSION_FIELDS);
	}

	/** Records a manager's approval, or the return of the report with comments. */
	public void decided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		Report report = report(task.getExecution());
		FormValues form = form(task.getVariables());
		boolean approve = "approve"
			.equals(form.requiredChoice(ReportProcess.Fields.DECISION, "审核结论", List.of("approve", "return")));
		String comment = form.optionalText(ReportProcess.Fields.COMMENT, "审核意见", 4000);
		if (!approve && comment == null) {
			throw new FormInputException(ReportProcess.Fields.COMMENT, "审核意见", "退回时必须说明需要修改的内容");
		}
		ReportComment decision = this.reports.decide(report, approve, comment, user, SystemContext.now());
		ReportVersion submitted = this.reports.latest(report);
		if (approve) {
			this.mail.approved(report, submitted, decision);
		}
		else {
			this.mail.returned(report, submitted, decision);
		}
		SubmittedFields.remove(task, REVIEW_FIELDS);
	}

	/**
	 * Returns whether a manager approved the report, for the gateway after the review.
	 */
	public boolean approved(DelegateExecution execution) {
		return report(execution).getStatus() == ReportStatus.APPROVED;
	}

	public Date dueDate(DelegateExecution execution) {
		return Date.from(report(execution).getDueAt());
	}

	/**
	 * Records and mails the escalation of a report that is still unsubmitted at its due
	 * time. The timer comes back each time the report returns to the engineer, so this
	 * does nothing for a report submitted or escalated before.
	 */
	public void overdue(DelegateExecution execution) {
		Report report = report(execution);
		if (this.reports.escalateIfUnsubmitted(report, SystemContext.now())) {
			this.mail.overdue(report);
		}
	}

	private Long uploadId(Report report, FormValues form) {
		String text = form.optionalText(ReportProcess.Fields.UPLOAD_ID, "采用的上传文档编号", 19);
		if (text == null) {
			return null;
		}
		try {
			return this.reports.upload(report, Long.parseLong(text)).getId();
		}
		catch (NumberFormatException ex) {
			throw new FormInputException(ReportProcess.Fields.UPLOAD_ID, "采用的上传文档编号", "必须是上传文档的编号（数字）");
		}
		catch (InvalidFieldException ex) {
			throw new FormInputException(ReportProcess.Fields.UPLOAD_ID, "采用的上传文档编号", "不是本报告的上传文档：" + text);
		}
	}

	private Report report(DelegateExecution execution) {
		return this.reports.findByNumber(execution.getProcessBusinessKey());
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
