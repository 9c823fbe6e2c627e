package com.limsdesk.leave;

import java.time.Instant;
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
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the engineer leave process, called from its BPMN as
 * {@code ${leaveSteps.approved(task)}}. Each step reads its form, checks who completes it
 * and calls one method of {@link LeaveService}; a bad field rolls the completion back and
 * leaves the task open.
 */
@Component("leaveSteps")
public class LeaveSteps {

	private final LeaveService leaves;

	private final LeaveForms forms;

	private final LeaveMail mail;

	private final HandoverList handover;

	private final TaskRedirector redirector;

	private final CurrentUser currentUser;

	private final SystemContext systemContext;

	private final DeskProperties properties;

	LeaveSteps(LeaveService leaves, LeaveForms forms, LeaveMail mail, HandoverList handover, TaskRedirector redirector,
			CurrentUser currentUser, SystemContext systemContext, DeskProperties properties) {
		this.leaves = leaves;
		this.forms = forms;
		this.mail = mail;
		this.handover = handover;
		this.redirector = redirector;
		this.currentUser = currentUser;
		this.systemContext = systemContext;
		this.properties = properties;
	}

	/**
	 * Checks the request, records the leave and makes its number the business key. Only
	 * an engineer requests leave, for themselves.
	 */
	public void register(DelegateExecution execution) {
		String engineer = this.currentUser.requireMemberOf("请假", List.of(DeskGroups.ENGINEERS));
		Instant now = SystemContext.now();
		LeaveRequest request = this.forms.read(execution.getVariables(), engineer, now);
		Leave leave = this.leaves.register(request, engineer, execution.getProcessInstanceId(), now);
		execution.setProcessBusinessKey(leave.getNumber());
		execution.removeVariables(LeaveForms.REQUEST_FIELDS);
		execution.setVariable(LeaveProcess.Variables.NUMBER, leave.getNumber());
		this.mail.requested(leave);
	}

	/**
	 * Shows the leave, and on the handover tasks the handover, as task-local variables.
	 */
	public void details(DelegateTask task) {
		Leave leave = leave(task.getProcessInstanceId());
		task.setVariableLocal("leaveSummary", this.mail.summary(leave));
		if (LeaveProcess.RECORD_HANDOVER.equals(task.getTaskDefinitionKey())) {
			List<HandoverList.Item> items = items(leave, task.getProcessInstanceId(), task);
			task.getExecution().setVariable(HandoverList.FIELD, HandoverList.template(items));
		}
		if (LeaveProcess.CONFIRM_HANDOVER.equals(task.getTaskDefinitionKey())) {
			StringBuilder text = new StringBuilder();
			for (HandoverItem item : this.leaves.handoverOf(leave)) {
				text.append(item.getReference())
					.append(" | ")
					.append(item.getDescription())
					.append(" | ")
					.append(item.getNote())
					.append('\n');
			}
			task.setVariableLocal("handoverItems", (text.length() > 0) ? text.toString() : "（没有未完成的任务和记录）");
		}
	}

	/** Records vendor-support's decision. The engineer on leave never decides it. */
	public void decided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.VENDOR_SUPPORT));
		Leave leave = leave(task.getProcessInstanceId());
		if (user.equals(leave.getEngineer())) {
			throw new AuthorizationException(
					"The user with id '" + user + "' may not approve leave " + leave.getNumber() + " of their own.");
		}
		FormValues form = form(task.getVariables());
		boolean approved = "approve".equals(form.requiredChoice("leaveDecision", "审批意见", List.of("approve", "reject")));
		String comment = form.optionalText("decisionComment", "审批说明", 2000);
		if (!approved && comment == null) {
			throw new FormInputException("decisionComment", "审批说明", "驳回时必须说明原因");
		}
		this.leaves.decide(leave, approved, comment, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("leaveDecision", "decisionComment"));
		if (approved) {
			this.mail.askCover(leave);
		}
		else {
			this.mail.tellEngineer(leave, "请假未获批准", "维保部门驳回了请假：" + comment);
		}
	}

	/** Records the named cover's decision. Only the named cover may make it. */
	public void coverAnswered(DelegateTask task) {
		Leave leave = leave(task.getProcessInstanceId());
		String user = requireUser(task, leave.getCoverUser());
		FormValues form = form(task.getVariables());
		boolean accepted = "accept"
			.equals(form.requiredChoice("coverDecision", "是否接受替班", List.of("accept", "decline")));
		String comment = form.optionalText("coverComment", "说明", 2000);
		Instant now = SystemContext.now();
		if (accepted) {
			this.leaves.acceptCover(leave, user, now);
			this.mail.tellEngineer(leave, "替班已接受", user + " 已接受替班。请在请假开始前完成工作交接。");
		}
		else {
			if (comment == null) {
				throw new FormInputException("coverComment", "说明", "拒绝替班时必须说明原因");
			}
			this.leaves.declineCover(leave, comment, user, now);
			this.mail.tellEngineer(leave, "替班被拒绝", user + " 不能替班：" + comment + "\n请另找替班工程师，或撤回请假。");
		}
		SubmittedFields.remove(task, List.of("coverDecision", "coverComment"));
	}

	/** Records another cover named by the engineer, or the withdrawal of the leave. */
	public void coverChanged(DelegateTask task) {
		Leave leave = leave(task.getProcessInstanceId());
		String user = requireUser(task, leave.getEngineer());
		FormValues form = form(task.getVariables());
		boolean rename = "rename".equals(form.requiredChoice("coverChange", "处理方式", List.of("rename", "withdraw")));
		Instant now = SystemContext.now();
		if (rename) {
			String cover = form.requiredText("coverUser", "替班工程师", 64);
			this.leaves.nameCover(leave, cover, user, now);
			this.mail.askCover(leave);
		}
		else {
			String note = form.requiredText("withdrawReason", "撤回原因", 2000);
			this.leaves.withdraw(leave, note, user, now);
			this.mail.tellCover(leave, "请假已撤回", "请假已撤回，无需替班。");
		}
		SubmittedFields.remove(task, List.of("coverChange", "coverUser", "withdrawReason"));
	}

	/** Records the engineer's handover with a note on each open task and record. */
	public void handedOver(DelegateTask task) {
		Leave leave = leave(task.getProcessInstanceId());
		String user = requireUser(task, leave.getEngineer());
		FormValues form = form(task.getVariables());
		List<HandoverList.Item> items = items(leave, task.getProcessInstanceId(), task);
		String text = form.optionalText(HandoverList.FIELD, HandoverList.LABEL, 20000);
		Map<String, String> notes = HandoverList.notes(text, items);
		String remarks = form.optionalText("handoverRemarks", "其他交接事项", 2000);
		this.leaves.handOver(leave, items, notes, remarks, user, SystemContext.now());
		SubmittedFields.remove(task, List.of(HandoverList.FIELD, "handoverRemarks"));
		this.mail.tellCover(leave, "请确认工作交接", user + " 已记录工作交接，请在任务列表中确认。");
	}

	/** Records the cover's confirmation of the handover. */
	public void handoverConfirmed(DelegateTask task) {
		Leave leave = leave(task.getProcessInstanceId());
		String user = requireUser(task, leave.getCoverUser());
		FormValues form = form(task.getVariables());
		if (!form.flag("handoverConfirmed", "已了解交接内容")) {
			throw new FormInputException("handoverConfirmed", "已了解交接内容", "须勾选确认后才能提交");
		}
		String note = form.optionalText("confirmationNote", "确认说明", 2000);
		this.leaves.confirmHandover(leave, note, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("handoverConfirmed", "confirmationNote"));
	}

	/** Returns how the preparation ended: rejected, withdrawn or ready. */
	public String preparation(DelegateExecution execution) {
		LeaveStatus status = leave(execution.getProcessInstanceId()).getStatus();
		return switch (status) {
			case REJECTED -> "rejected";
			case WITHDRAWN -> "withdrawn";
			default -> "ready";
		};
	}

	/** Returns whether the leave has an accepted cover, which it needs to take effect. */
	public boolean covered(DelegateExecution execution) {
		return leave(execution.getProcessInstanceId()).getStatus().isEffective();
	}

	/** Starts the leave: every open task of the engineer goes to the cover. */
	public void start(DelegateExecution execution) {
		Leave leave = leave(execution.getProcessInstanceId());
		Instant now = SystemContext.now();
		int moved = this.redirector.moveExisting(leave, execution.getProcessEngineServices(), now).size();
		this.leaves.start(leave, moved, now);
		this.mail.started(leave, moved);
	}

	/**
	 * Records that the leave did not take effect, and notifies who must arrange cover.
	 */
	public void lapse(DelegateExecution execution) {
		Leave leave = leave(execution.getProcessInstanceId());
		this.leaves.lapse(leave, SystemContext.now());
		this.mail.lapsed(leave);
	}

	/** Ends the leave: what the cover does not keep goes back to the engineer. */
	public void end(DelegateExecution execution) {
		Leave leave = leave(execution.getProcessInstanceId());
		Instant now = SystemContext.now();
		List<TaskRedirection> settled = this.redirector.giveBack(leave,
				execution.getProcessEngineServices().getTaskService(), now);
		this.leaves.end(leave, settled, now);
		this.mail.ended(leave, count(settled, TaskRedirection.Outcome.RETURNED),
				count(settled, TaskRedirection.Outcome.KEPT));
	}

	public Date startsAt(DelegateExecution execution) {
		return Date.from(leave(execution.getProcessInstanceId()).getStartsAt());
	}

	public Date endsAt(DelegateExecution execution) {
		return Date.from(leave(execution.getProcessInstanceId()).getEndsAt());
	}

	public String engineer(DelegateExecution execution) {
		return leave(execution.getProcessInstanceId()).getEngineer();
	}

	public String cover(DelegateExecution execution) {
		return leave(execution.getProcessInstanceId()).getCoverUser();
	}

	private List<HandoverList.Item> items(Leave leave, String processInstanceId, DelegateTask task) {
		return this.systemContext.withoutAuthorization(
				() -> this.handover.of(leave.getEngineer(), processInstanceId, task.getProcessEngineServices()));
	}

	private String requireUser(DelegateTask task, String expected) {
		String user = this.currentUser.id();
		if (user == null || !user.equals(expected)) {
			throw new AuthorizationException("The user with id '" + user + "' may not complete the task '"
					+ task.getName() + "': it is for " + expected + " only.");
		}
		return user;
	}

	private static long count(List<TaskRedirection> settled, TaskRedirection.Outcome outcome) {
		return settled.stream().filter((redirection) -> redirection.getOutcome() == outcome).count();
	}

	private Leave leave(String processInstanceId) {
		return this.leaves.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
