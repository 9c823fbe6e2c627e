package com.limsdesk.change;

import static com.limsdesk.change.ChangeProcess.Variables;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the change control process, called from its BPMN as
 * {@code ${changeSteps.assessed(task)}}. Each step reads its form, checks who completes
 * it and calls one method of {@link ChangeService}; a bad field rolls the completion back
 * and leaves the task open.
 */
@Component("changeSteps")
public class ChangeSteps {

	private static final List<String> STAFF = List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT);

	private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final ChangeService changes;

	private final ChangeForms forms;

	private final ChangeMail mail;

	private final ChangeTaskView view;

	private final CurrentUser currentUser;

	private final UserDirectory users;

	private final DeskProperties properties;

	ChangeSteps(ChangeService changes, ChangeForms forms, ChangeMail mail, ChangeTaskView view, CurrentUser currentUser,
			UserDirectory users, DeskProperties properties) {
		this.changes = changes;
		this.forms = forms;
		this.mail = mail;
		this.view = view;
		this.currentUser = currentUser;
		this.users = users;
		this.properties = properties;
	}

	/**
	 * Checks the request for change, records it as version 1 and makes the change number
	 * the business key. The form comes from the start or from the engineer's draft task.
	 */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.requireMemberOf("登记变更申请", STAFF);
		if (Boolean.TRUE.equals(execution.getVariable(Variables.NEEDS_DRAFT))) {
			this.currentUser.requireDraftOwner(execution.getVariable("raisedBy"));
		}
		Instant now = SystemContext.now();
		FormValues form = form(execution.getVariables());
		boolean emergency = form.flag("emergency", "紧急变更");
		ChangeRequest request = this.forms.read(form, emergency, now, now);
		if (emergency) {
			this.forms.requireEmergencyFault(request);
		}
		String requester = requester(form, user);
		DelegateExecution caller = execution.getSuperExecution();
		if (caller != null && caller.getProcessBusinessKey() != null) {
			// A change that carries a service request keeps the link to it and its
			// requester,
			// whatever the draft states.
			request = request.withLinkedRequest(caller.getProcessBusinessKey());
			requester = this.forms.requesterOf(caller.getProcessBusinessKey());
		}
		String corrects = this.forms.correctedChange(form);
		Change change = this.changes.submit(request, emergency, user, requester, corrects,
				execution.getProcessInstanceId(), now);
		if (caller != null && caller.getProcessBusinessKey() != null) {
			this.changes.carryRequest(change, caller.getProcessBusinessKey());
		}
		execution.setProcessBusinessKey(change.getNumber());
		execution.removeVariables(ChangeForms.REQUEST_FIELDS);
		execution.removeVariables(List.of(Variables.NEEDS_DRAFT, "raisedBy"));
		execution.setVariable(Variables.NUMBER, change.getNumber());
		execution.setVariable(Variables.EMERGENCY, emergency);
		execution.setVariable(Variables.RISK, change.getRisk().code());
		if (emergency) {
			this.mail.announceEmergency(change);
		}
	}

	/**
	 * Returns whether the change is an emergency change, for the gateways. It is read
	 * from the change and not from a process variable, because a user who completes a
	 * task can set any process variable through its form.
	 */
	public boolean emergency(DelegateExecution execution) {
		return change(execution.getProcessInstanceId()).isEmergency();
	}

	/**
	 * Returns whether the change needs the vendor's approval too: a high-risk change, and
	 * an emergency change, whose risk no engineer assessed before it was implemented.
	 */
	public boolean needsVendorApproval(DelegateExecution execution) {
		return change(execution.getProcessInstanceId()).needsVendorApproval();
	}

	/**
	 * Returns whether an approver rejected the current version, which ends the approval
	 * at once, whatever the other approver has yet to decide.
	 */
	public boolean rejected(DelegateExecution execution) {
		return this.changes.isRejected(change(execution.getProcessInstanceId()));
	}

	private String requester(FormValues form, String user) {
		String requester = form.optionalText("requesterUser", "验证人账号", 64);
		if (requester == null || requester.equals(user)) {
			return user;
		}
		if (!this.users.exists(requester)) {
			throw new FormInputException("requesterUser", "验证人账号", "用户 '" + requester + "' 不存在");
		}
		return requester;
	}

	/**
	 * Shows the change on each of its tasks as task-local variables. The revision task
	 * also starts from the current version's text, set on the process so that both a form
	 * submission and a plain completion replace it.
	 */
	public void details(DelegateTask task) {
		Change change = change(task.getProcessInstanceId());
		task.setVariableLocal("changeSummary", this.view.summary(change));
		if (ChangeProcess.REVISE.equals(task.getTaskDefinitionKey())) {
			ChangeVersion version = this.changes.currentVersion(change);
			task.getExecution().setVariable("title", version.getTitle());
			task.getExecution().setVariable("changeType", version.getChangeType().code());
			task.getExecution().setVariable("reason", version.getReason());
			task.getExecution().setVariable("modules", version.getModules());
			task.getExecution().setVariable("description", version.getDescription());
			// The assessed risk, which may be higher than the one submitted.
			task.getExecution().setVariable("risk", change.getRisk().code());
			task.getExecution().setVariable("userImpact", version.getUserImpact());
			task.getExecution().setVariable("testPlan", version.getTestPlan());
			task.getExecution().setVariable("rollbackPlan", version.getRollbackPlan());
			task.getExecution().setVariable("windowStart", local(version.getWindowStart()));
			task.getExecution().setVariable("windowEnd", local(version.getWindowEnd()));
			task.getExecution().setVariable("linkedTickets", version.getLinkedTickets());
			task.getExecution().setVariable("linkedRequests", version.getLinkedRequests());
		}
	}

	private String local(Instant instant) {
		return LOCAL_MINUTE.format(instant.atZone(this.properties.zone()));
	}

	/**
	 * Records the assessment. Lowering the risk, which may drop the vendor's approval,
	 * takes an engineer other than the one who raised the change.
	 */
	public void assessed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		Change change = change(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		String assessment = form.requiredText("assessment", "评估意见", 4000);
		ChangeRisk risk = ChangeRisk.fromCode(form.requiredChoice("risk", "风险等级", ChangeRisk.codes()));
		if (risk.compareTo(change.getRisk()) < 0 && user.equals(change.getRaisedBy())) {
			throw new FormInputException("risk", "风险等级",
					"提出人不能调低自己申请的风险等级“" + change.getRisk().label() + "”，请由其他工程师评估");
		}
		this.changes.assess(change, assessment, risk, user, SystemContext.now());
		task.getExecution().removeVariable("assessment");
		task.getExecution().setVariable(Variables.RISK, risk.code());
	}

	public void openApprovals(DelegateExecution execution) {
		Change change = change(execution.getProcessInstanceId());
		List<ChangeApproval> opened = this.changes.openApprovals(change, SystemContext.now());
		this.mail.askApproval(change, opened.stream().map(ChangeApproval::getApproverGroup).toList());
		execution.setVariable(Variables.RISK, change.getRisk().code());
	}

	public Date approvalDue(DelegateExecution execution) {
		return Date.from(change(execution.getProcessInstanceId()).getApprovalDue());
	}

	/**
	 * Records one approver's decision. The approver must be in the task's group and may
	 * not approve a change they raised or implemented.
	 */
	public void decided(DelegateTask task) {
		boolean manager = ChangeProcess.MANAGER_APPROVAL.equals(task.getTaskDefinitionKey());
		String group = manager ? DeskGroups.MANAGERS : DeskGroups.VENDOR_SUPPORT;
		String prefix = manager ? "manager" : "vendor";
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(group));
		Change change = change(task.getProcessInstanceId());
		if (user.equals(change.getRaisedBy()) || user.equals(change.getImplementedBy())) {
			throw new AuthorizationException("The user with id '" + user + "' may not approve change "
					+ change.getNumber() + ": nobody approves a change they raised or implemented.");
		}
		FormValues form = form(task.getVariables());
		boolean approved = "approve"
			.equals(form.requiredChoice(prefix + "Decision", "审批意见", List.of("approve", "reject")));
		String comment = form.optionalText(prefix + "Comment", "审批说明", 2000);
		if (!approved && comment == null) {
			throw new FormInputException(prefix + "Comment", "审批说明", "驳回时必须说明原因");
		}
		this.changes.decide(change, group, approved, comment, user, SystemContext.now());
		task.getExecution().removeVariables(List.of(prefix + "Decision", prefix + "Comment"));
	}

	public void concludeApproval(DelegateExecution execution) {
		Change change = change(execution.getProcessInstanceId());
		boolean approved = this.changes.concludeApproval(change, SystemContext.now());
		execution.setVariable(Variables.APPROVED, approved);
		if (!approved) {
			this.mail.tellRaiser(change, "变更被驳回",
					change.isEmergency() ? "紧急变更补办审批被驳回，请按回退方案回退。" : "变更被驳回，请修改后重新提交或撤回。");
		}
		else if (change.isEmergency()) {
			this.mail.tellRequester(change, "请验证变更", "紧急变更已补办审批，请在任务列表中验证。");
		}
	}

	public void approvalOverdue(DelegateExecution execution) {
		Change change = change(execution.getProcessInstanceId());
		this.changes.approvalOverdue(change, SystemContext.now());
		this.mail.approvalOverdue(change);
	}

	/**
	 * Records a revised version, which sets every approval back to waiting, or a
	 * withdrawal.
	 */
	public void revised(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		Change change = change(task.getProcessInstanceId());
		Instant now = SystemContext.now();
		FormValues form = form(task.getVariables());
		boolean resubmit = "resubmit".equals(form.requiredChoice("resubmit", "处理方式", List.of("resubmit", "withdraw")));
		String note = form.requiredText("revisionNote", resubmit ? "修改说明" : "撤回原因", 2000);
		if (resubmit) {
			ChangeRequest revision = this.forms.read(form, change.isEmergency(), change.getRaisedAt(), now);
			if (revision.risk().compareTo(change.getRisk()) < 0) {
				throw new FormInputException("risk", "风险等级",
						"修改后的风险等级不能低于评估确定的“" + change.getRisk().label() + "”，降低风险须撤回后重新申请并重新评估");
			}
			this.changes.revise(change, revision, note, user, now);
			task.getExecution().setVariable(Variables.RISK, change.getRisk().code());
		}
		else {
			this.changes.withdraw(change, note, user, now);
			task.getExecution().setVariable(Variables.OUTCOME, "withdrawn");
		}
		List<String> fields = new ArrayList<>(ChangeForms.REVISION_FIELDS);
		fields.addAll(List.of("resubmit", "revisionNote"));
		SubmittedFields.remove(task, fields);
		task.getExecution().setVariable(Variables.RESUBMITTED, resubmit);
	}

	public void implemented(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		Change change = change(task.getProcessInstanceId());
		Instant now = SystemContext.now();
		FormValues form = form(task.getVariables());
		Change.Implementation implementation = this.forms.implementation(form);
		List<RemoteSession.SessionLine> sessions = SessionLines.read(
				form.optionalText(SessionLines.KEY, SessionLines.LABEL, SessionLines.MAX_LENGTH),
				this.properties.zone(), now);
		this.forms.requireSessionsAfter(sessions, this.forms.earliestSession(change, this.changes.linksOf(change)));
		this.changes.implement(change, implementation, sessions, user, now);
		SubmittedFields.remove(task, ChangeForms.IMPLEMENTATION_FIELDS);
		if (!change.isEmergency()) {
			this.mail.tellRequester(change, "请验证变更", "变更已在测试环境实施，请在任务列表中验证。");
		}
	}

	/** Records the requester's verification. Only the requester may give it. */
	public void verified(DelegateTask task) {
		Change change = change(task.getProcessInstanceId());
		String user = this.currentUser.id();
		if (user == null || !user.equals(change.getRequesterUser())) {
			throw new AuthorizationException("The user with id '" + user + "' may not verify change "
					+ change.getNumber() + ": only its requester " + change.getRequesterUser() + " may.");
		}
		FormValues form = form(task.getVariables());
		boolean passed = "passed".equals(form.requiredChoice("verification", "验证结果", List.of("passed", "failed")));
		String note = form.requiredText("verificationNote", "验证说明", 4000);
		this.changes.verify(change, passed, note, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("verification", "verificationNote"));
		task.getExecution().setVariable(Variables.VERIFIED, passed);
		if (!passed) {
			this.mail.tellRaiser(change, "变更验证未通过", "验证未通过，请按回退方案回退：\n" + note);
		}
	}

	public void released(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		Change change = change(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean released = "released"
			.equals(form.requiredChoice("releaseOutcome", "发布结果", List.of("released", "failed")));
		String note = form.requiredText("releaseNote", "发布说明", 4000);
		Instant now = SystemContext.now();
		ChangeVersion version = this.changes.currentVersion(change);
		if (released && (now.isBefore(version.getWindowStart()) || now.isAfter(version.getWindowEnd()))) {
			note = note + "\n（发布时间 " + this.mail.format(now) + " 不在计划窗口内）";
		}
		this.changes.release(change, released, note, user, now);
		SubmittedFields.remove(task, List.of("releaseOutcome", "releaseNote"));
		task.getExecution().setVariable(Variables.RELEASED, released);
	}

	public void rolledBack(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		Change change = change(task.getProcessInstanceId());
		String note = form(task.getVariables()).requiredText("rollbackNote", "回退记录", 4000);
		this.changes.rollBack(change, note, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("rollbackNote"));
		task.getExecution().setVariable(Variables.OUTCOME, "rolled-back");
		this.mail.tellRequester(change, "变更已回退", "变更已按回退方案回退：\n" + note);
	}

	public void reviewed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		Change change = change(task.getProcessInstanceId());
		String note = form(task.getVariables()).requiredText("reviewNote", "评审意见", 4000);
		this.changes.review(change, note, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("reviewNote"));
		task.getExecution().setVariable(Variables.OUTCOME, "closed");
		this.mail.tellRaiser(change, "变更已关闭", "管理员 " + user + " 已评审并关闭变更：\n" + note);
	}

	public String raiser(DelegateExecution execution) {
		return change(execution.getProcessInstanceId()).getRaisedBy();
	}

	public String requester(DelegateExecution execution) {
		return change(execution.getProcessInstanceId()).getRequesterUser();
	}

	/** Returns the engineer who starts the draft, who is the one to fill it in. */
	public String drafter(DelegateExecution execution) {
		return this.currentUser.requireDraftOwner(execution.getVariable("raisedBy"));
	}

	private Change change(String processInstanceId) {
		return this.changes.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
