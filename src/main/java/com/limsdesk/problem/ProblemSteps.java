package com.limsdesk.problem;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.RecordNumbers;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the problem management process, called from its BPMN as
 * {@code ${problemSteps.analysed(task)}}. Each step reads its form, checks who completes
 * it and calls {@link ProblemService}. A bad field rolls the completion back and leaves
 * the task open. The gateways read the problem record, never a process variable, because
 * a user who completes a task can set any variable through its form.
 */
@Component("problemSteps")
public class ProblemSteps {

	private static final List<String> ENGINEERS = List.of(DeskGroups.ENGINEERS);

	private final ProblemService problems;

	private final ProblemForms forms;

	private final ProblemMail mail;

	private final ProblemTaskView view;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ProblemSteps(ProblemService problems, ProblemForms forms, ProblemMail mail, ProblemTaskView view,
			CurrentUser currentUser, DeskProperties properties) {
		this.problems = problems;
		this.forms = forms;
		this.mail = mail;
		this.view = view;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Checks the problem report, records the problem with its linked tickets and makes
	 * its number the business key. Only the resident engineers open problems.
	 */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.requireMemberOf("提出问题", ENGINEERS);
		FormValues form = form(execution.getVariables());
		ProblemReport report = this.forms.report(form);
		String source = form.optionalText("sourceTicket", "来源故障工单", 32);
		ProblemOrigin origin = (source != null && report.linkedTickets().contains(source)) ? ProblemOrigin.FAULT
				: ProblemOrigin.REPORTED;
		Problem problem = this.problems.open(report, origin, user, execution.getProcessInstanceId(),
				SystemContext.now());
		execution.setProcessBusinessKey(problem.getNumber());
		execution.removeVariables(ProblemForms.REPORT_FIELDS);
		execution.setVariable(ProblemProcess.Variables.NUMBER, problem.getNumber());
	}

	/**
	 * Records the suggestion that the desk raised for recurring faults, from the module
	 * and tickets it started the process with, unless those tickets no longer recur.
	 */
	public void recordSuggestion(DelegateExecution execution) {
		FormValues form = form(execution.getVariables());
		String module = form.requiredText(ProblemProcess.Variables.MODULE, "所属模块", 100);
		List<String> tickets = RecordNumbers.split(
				form.requiredText(ProblemProcess.Variables.SUGGESTED_TICKETS, "建议关联的故障工单", 4000),
				ProblemProcess.Variables.SUGGESTED_TICKETS, "建议关联的故障工单", "GZ-");
		Problem problem = this.problems.suggest(module, tickets, execution.getProcessInstanceId(), SystemContext.now());
		execution.removeVariables(List.of(ProblemProcess.Variables.MODULE, ProblemProcess.Variables.SUGGESTED_TICKETS));
		if (problem != null) {
			execution.setProcessBusinessKey(problem.getNumber());
			execution.setVariable(ProblemProcess.Variables.NUMBER, problem.getNumber());
		}
	}

	/** Returns whether the suggestion was recorded, for the gateway after it. */
	public boolean suggested(DelegateExecution execution) {
		return this.problems.findForProcessInstance(execution.getProcessInstanceId()).isPresent();
	}

	/**
	 * Shows the problem on each of its tasks as a task-local variable. The tasks that
	 * edit texts start from those recorded, set on the process so that both a form
	 * submission and a plain completion replace them.
	 */
	public void details(DelegateTask task) {
		Problem problem = problem(task.getProcessInstanceId());
		task.setVariableLocal("problemSummary", this.view.summary(problem));
		String activity = task.getTaskDefinitionKey();
		if (ProblemProcess.CONFIRM.equals(activity)) {
			task.getExecution().setVariable("title", problem.getTitle());
			task.getExecution().setVariable("description", problem.getDescription());
		}
		if (ProblemProcess.ANALYSE.equals(activity) || ProblemProcess.VENDOR_SOLUTION.equals(activity)) {
			task.getExecution().setVariable("rootCause", problem.getRootCause());
			task.getExecution().setVariable("workaround", problem.getWorkaround());
		}
	}

	/**
	 * Records an engineer's decision on a suggestion: open the problem, or dismiss it.
	 */
	public void confirmed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), ENGINEERS);
		Problem problem = problem(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean confirm = "confirm"
			.equals(form.requiredChoice("suggestionDecision", "是否建立问题", List.of("confirm", "dismiss")));
		Instant now = SystemContext.now();
		if (confirm) {
			String title = form.requiredText("title", "问题标题", 200);
			String description = form.requiredText("description", "问题描述", 4000);
			this.problems.confirm(problem, title, description, user, now);
		}
		else {
			this.problems.dismiss(problem, form.requiredText("dismissReason", "不建立的原因", 2000), user, now);
		}
		SubmittedFields.remove(task, List.of("suggestionDecision", "title", "description", "dismissReason"));
	}

	/** Returns whether the problem is open, for the gateway after a suggestion. */
	public boolean opened(DelegateExecution execution) {
		return problem(execution.getProcessInstanceId()).getStatus() != ProblemStatus.DISMISSED;
	}

	/**
	 * Records the resident engineer's work: an analysis to go on with, or a solution for
	 * the managers, which needs a root cause.
	 */
	public void analysed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), ENGINEERS);
		Problem problem = problem(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean solved = "solved".equals(form.requiredChoice("analysisOutcome", "处理结果", List.of("analysed", "solved")));
		List<String> added = this.forms.tickets(form, "addTickets", "追加关联故障工单");
		ProblemForms.Analysis analysis = this.forms.analysis(form);
		Instant now = SystemContext.now();
		if (solved) {
			String rootCause = requireRootCause(analysis, "提出解决方案时必须填写根本原因");
			String solution = form.requiredText("solution", "解决方案", 4000);
			String prevention = form.optionalText("preventionPlan", "预防措施", 4000);
			propose(problem, DeskGroups.ENGINEERS,
					new ProblemSolution.Proposal(rootCause, analysis.workaround(), solution, prevention), user, now);
		}
		else {
			if (analysis.rootCause() == null && analysis.workaround() == null) {
				throw new FormInputException("rootCause", "根本原因", "记录分析进展时至少填写根本原因或临时解决办法");
			}
			this.problems.analyse(problem, analysis.rootCause(), analysis.workaround(), user, now);
		}
		finish(task, problem, analysis, added, user, now, ProblemForms.ANALYSIS_FIELDS);
	}

	/**
	 * Records the maintenance department's solution plan and prevention plan, both
	 * required, with the root cause they rest on.
	 */
	public void vendorProposed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.VENDOR_SUPPORT));
		Problem problem = problem(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		List<String> added = this.forms.tickets(form, "addTickets", "追加关联故障工单");
		ProblemForms.Analysis analysis = this.forms.analysis(form);
		String rootCause = requireRootCause(analysis, "必填");
		String solution = form.requiredText("solutionPlan", "解决方案", 4000);
		String prevention = form.requiredText("preventionPlan", "预防措施", 4000);
		Instant now = SystemContext.now();
		propose(problem, DeskGroups.VENDOR_SUPPORT,
				new ProblemSolution.Proposal(rootCause, analysis.workaround(), solution, prevention), user, now);
		finish(task, problem, analysis, added, user, now, ProblemForms.VENDOR_FIELDS);
	}

	private static String requireRootCause(ProblemForms.Analysis analysis, String problem) {
		if (analysis.rootCause() == null) {
			throw new FormInputException("rootCause", "根本原因", problem);
		}
		return analysis.rootCause();
	}

	private void propose(Problem problem, String group, ProblemSolution.Proposal proposal, String user, Instant now) {
		ProblemSolution solution = this.problems.propose(problem, group, proposal, user, now);
		this.mail.solutionProposed(problem, solution);
	}

	/** Adds the new links and publishes the known error after an analysis or proposal. */
	private void finish(DelegateTask task, Problem problem, ProblemForms.Analysis analysis, List<String> added,
			String user, Instant now, List<String> fields) {
		this.problems.link(problem, added, user, now);
		if (analysis.knownError()) {
			this.problems.publishKnownError(problem, user, now);
		}
		SubmittedFields.remove(task, fields);
	}

	/** Returns whether a solution waits for the managers, for the engineers' gateway. */
	public boolean solutionProposed(DelegateExecution execution) {
		return problem(execution.getProcessInstanceId()).getStatus() == ProblemStatus.AWAITING_ACCEPTANCE;
	}

	public Date escalationDue(DelegateExecution execution) {
		return Date.from(problem(execution.getProcessInstanceId()).getEscalationDue());
	}

	public void escalate(DelegateExecution execution) {
		Problem problem = problem(execution.getProcessInstanceId());
		this.problems.escalate(problem, SystemContext.now());
		this.mail.escalated(problem);
	}

	public Date planDue(DelegateExecution execution) {
		return Date.from(problem(execution.getProcessInstanceId()).getPlanDue());
	}

	public void planOverdue(DelegateExecution execution) {
		Problem problem = problem(execution.getProcessInstanceId());
		if (this.problems.planOverdue(problem, SystemContext.now())) {
			this.mail.planOverdue(problem);
		}
	}

	/**
	 * Records a manager's acceptance, which closes the problem, or the return of the
	 * solution with a reason.
	 */
	public void decided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		Problem problem = problem(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean accepted = "accept"
			.equals(form.requiredChoice("acceptanceDecision", "验收结论", List.of("accept", "return")));
		String comment = form.optionalText("acceptanceComment", "验收意见", 2000);
		if (!accepted && comment == null) {
			throw new FormInputException("acceptanceComment", "验收意见", "退回时必须说明原因");
		}
		ProblemSolution solution = this.problems.decide(problem, accepted, comment, user, SystemContext.now());
		if (!accepted) {
			this.mail.returned(problem, solution);
		}
		SubmittedFields.remove(task, List.of("acceptanceDecision", "acceptanceComment"));
	}

	/** Returns whether the managers accepted the solution and closed the problem. */
	public boolean accepted(DelegateExecution execution) {
		return problem(execution.getProcessInstanceId()).getStatus() == ProblemStatus.CLOSED;
	}

	/** Returns whether the problem went to the maintenance department. */
	public boolean escalated(DelegateExecution execution) {
		return problem(execution.getProcessInstanceId()).isEscalated();
	}

	/**
	 * Returns whether the engineers' time is over, for a solution returned to them after
	 * their deadline, which then goes to the maintenance department at once.
	 */
	public boolean engineerTimeOver(DelegateExecution execution) {
		return !SystemContext.now().isBefore(problem(execution.getProcessInstanceId()).getEscalationDue());
	}

	private Problem problem(String processInstanceId) {
		return this.problems.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
