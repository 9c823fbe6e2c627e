package com.limsdesk.request;

import static com.limsdesk.request.RequestProcess.Variables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.engine.TaskViews;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of the service request process, called from its BPMN as
 * {@code ${requestSteps.assessed(task)}}. Each step reads its form, checks who completes
 * it and calls one method of {@link RequestService}; a bad field rolls the completion
 * back.
 */
@Component("requestSteps")
public class RequestSteps {

	private static final Logger logger = LoggerFactory.getLogger(RequestSteps.class);

	private static final List<String> STAFF = List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT);

	private final RequestService requests;

	private final RequestForms forms;

	private final RequestMail mail;

	private final RequestTaskView view;

	private final CurrentUser currentUser;

	private final UserDirectory users;

	private final DeskProperties properties;

	RequestSteps(RequestService requests, RequestForms forms, RequestMail mail, RequestTaskView view,
			CurrentUser currentUser, UserDirectory users, DeskProperties properties) {
		this.requests = requests;
		this.forms = forms;
		this.mail = mail;
		this.view = view;
		this.currentUser = currentUser;
		this.users = users;
		this.properties = properties;
	}

	/**
	 * Checks the request form, records the request and makes its number the business key.
	 * The form comes from the start or from the engineer's draft task.
	 */
	public void register(DelegateExecution execution) {
		Instant now = SystemContext.now();
		String filedBy = this.currentUser.id();
		if (filedBy == null) {
			throw new FormInputException("initiator", "请求人", "必须由已登录用户提交");
		}
		if (Boolean.TRUE.equals(execution.getVariable(Variables.NEEDS_DRAFT))) {
			this.currentUser.requireDraftOwner(execution.getVariable("raisedBy"));
		}
		boolean staff = this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT);
		RequestForm form = this.forms.read(form(execution.getVariables()), filedBy, staff, now);
		String requester = requester(form, filedBy);
		ServiceRequest request = this.requests.register(form, requester, filedBy, execution.getProcessInstanceId(),
				now);
		execution.setProcessBusinessKey(request.getNumber());
		execution.removeVariables(RequestForms.FIELDS);
		execution.removeVariables(List.of(Variables.NEEDS_DRAFT, "raisedBy"));
		if (request.getFaultNumber() != null) {
			this.forms.noteOnFault(request, filedBy, now);
		}
		this.mail.acknowledge(request);
	}

	private String requester(RequestForm form, String filedBy) {
		if (form.reporterUser() == null || form.reporterUser().equals(filedBy)) {
			return filedBy;
		}
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw new FormInputException("reporterUser", "请求人账号", "只有工程师代为登记时可以填写");
		}
		if (!this.users.exists(form.reporterUser())) {
			throw new FormInputException("reporterUser", "请求人账号", "用户 '" + form.reporterUser() + "' 不存在");
		}
		return form.reporterUser();
	}

	/**
	 * Returns the due date of the first engineer task. A request assessed again after a
	 * failed verification has its response on record, so the new assessment is due at the
	 * close of the working day in progress, or of the next one.
	 */
	public Date responseDue(DelegateExecution execution) {
		return Date.from(this.requests.dueOfEngineerTask(request(execution), SystemContext.now()));
	}

	/**
	 * Returns the route of the request (guidance, data, correction or change) as its
	 * record states it, so that no process variable a user may set can change it.
	 */
	public String route(DelegateExecution execution) {
		return request(execution).getRequestType().route().name().toLowerCase();
	}

	public boolean needsApproval(DelegateExecution execution) {
		return request(execution).needsApproval();
	}

	public boolean needsVerification(DelegateExecution execution) {
		return request(execution).needsVerification();
	}

	/** Returns whether the change that carried the request was released and closed. */
	public boolean changeReleased(DelegateExecution execution) {
		return request(execution).getStatus() != RequestStatus.NOT_IMPLEMENTED;
	}

	/**
	 * Returns the due date of the manager's approval: the close of the next working day.
	 */
	public Date approvalDue(DelegateExecution execution) {
		return Date.from(this.requests.approvalDue(SystemContext.now()));
	}

	public String requester(DelegateExecution execution) {
		return request(execution).getRequesterUser();
	}

	/** Returns the engineer who accepted the request, who then does the work. */
	public String performer(DelegateExecution execution) {
		return request(execution).getRespondedBy();
	}

	/** Returns the engineer who starts the draft, who is the one to fill it in. */
	public String drafter(DelegateExecution execution) {
		return this.currentUser.requireDraftOwner(execution.getVariable("raisedBy"));
	}

	/** Shows the request on each of its tasks, as task-local variables. */
	public void details(DelegateTask task) {
		ServiceRequest request = this.requests.forProcessInstance(task.getProcessInstanceId());
		task.setVariableLocal("requestSummary", this.view.summary(request));
		task.setVariableLocal("requestType", request.getRequestType().code());
		task.setVariableLocal("dataOperation",
				(request.getDataOperation() != null) ? request.getDataOperation().code() : null);
	}

	public void answered(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		ServiceRequest request = request(task);
		String answer = form(task.getVariables()).requiredText("answer", "答复", 4000);
		this.requests.answer(request, answer, user, SystemContext.now());
		task.getExecution().removeVariable("answer");
		this.mail.tellRequester(request, "服务请求已答复", "工程师 " + user + " 的答复：\n" + answer);
	}

	public void assessed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		ServiceRequest request = request(task);
		FormValues form = form(task.getVariables());
		boolean accepted = "accept".equals(form.requiredChoice("acceptance", "是否受理", List.of("accept", "decline")));
		String assessment = form.requiredText("assessment", accepted ? "评估意见" : "不受理的原因", 4000);
		this.requests.assess(request, accepted, assessment, user, SystemContext.now());
		task.getExecution().removeVariables(List.of("acceptance", "assessment"));
		task.getExecution().setVariable(Variables.ACCEPTED, accepted);
		if (!accepted) {
			this.mail.tellRequester(request, "服务请求未受理", "工程师 " + user + " 未受理该请求：\n" + assessment);
		}
		else if (request.needsApproval()) {
			this.mail.askApproval(request);
		}
	}

	/**
	 * Records the manager's decision. Nobody approves a data change they asked for or
	 * filed.
	 */
	public void decided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		ServiceRequest request = request(task);
		if (user.equals(request.getRequesterUser()) || user.equals(request.getFiledBy())) {
			throw new AuthorizationException("The user with id '" + user + "' may not approve service request "
					+ request.getNumber() + ": nobody approves a data change they asked for or filed.");
		}
		FormValues form = form(task.getVariables());
		boolean approved = "approve".equals(form.requiredChoice("decision", "审批意见", List.of("approve", "reject")));
		String comment = form.optionalText("decisionComment", "审批说明", 2000);
		if (!approved && comment == null) {
			throw new FormInputException("decisionComment", "审批说明", "不批准时必须说明原因");
		}
		this.requests.decide(request, approved, comment, user, SystemContext.now());
		task.getExecution().removeVariables(List.of("decision", "decisionComment"));
		task.getExecution().setVariable(Variables.APPROVED, approved);
		if (!approved) {
			this.mail.tellRequester(request, "服务请求未获批准", "管理员 " + user + " 未批准该请求：\n" + comment);
		}
	}

	public void performed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		ServiceRequest request = request(task);
		FormValues form = form(task.getVariables());
		String workDone = form.requiredText("workDone", "处理记录", 4000);
		boolean backupRequired = request.getRequestType().route() == RequestType.Route.CORRECTION
				|| request.getDataOperation() == DataOperation.BACKUP
				|| request.getDataOperation() == DataOperation.RESTORE;
		String backup = form.optionalText("backupReference", backupLabel(request), 500);
		if (backupRequired && backup == null) {
			throw new FormInputException("backupReference", backupLabel(request), "必填");
		}
		List<RecordLines.Changed> changes = List.of();
		if (request.getRequestType().route() == RequestType.Route.CORRECTION) {
			String valuesChanged = form.requiredText("valuesChanged", "更改前后的值", RequestForms.MAX_RECORDS_LENGTH);
			changes = RecordLines.changed(valuesChanged, "valuesChanged", "更改前后的值");
		}
		this.requests.perform(request, new RequestService.DataWork(workDone, backup, changes), user,
				SystemContext.now());
		task.getExecution().removeVariables(List.of("workDone", "backupReference", "valuesChanged"));
		if (request.needsVerification()) {
			this.mail.tellRequester(request, "请验证处理结果", "工程师 " + user + " 已处理，请在任务列表中验证：\n" + workDone);
		}
		else {
			this.mail.tellRequester(request, "服务请求已完成", "工程师 " + user + " 已处理：\n" + workDone);
		}
	}

	private static String backupLabel(ServiceRequest request) {
		if (request.getDataOperation() == DataOperation.RESTORE) {
			return "恢复所用的备份";
		}
		return (request.getDataOperation() == DataOperation.BACKUP) ? "备份的位置" : "更改前所做的备份";
	}

	public void verified(DelegateTask task) {
		ServiceRequest request = request(task);
		String user = this.currentUser.id();
		if (user == null || !user.equals(request.getRequesterUser())) {
			throw new AuthorizationException("The user with id '" + user + "' may not verify service request "
					+ request.getNumber() + ": only its requester " + request.getRequesterUser() + " may.");
		}
		FormValues form = form(task.getVariables());
		boolean passed = "passed".equals(form.requiredChoice("verification", "验证结果", List.of("passed", "failed")));
		String note = form.optionalText("verificationNote", "验证说明", 2000);
		if (!passed && note == null) {
			throw new FormInputException("verificationNote", "验证说明", "验证不通过时必须说明问题");
		}
		this.requests.verify(request, passed, note, user, SystemContext.now());
		task.getExecution().removeVariables(List.of("verification", "verificationNote"));
		task.getExecution().setVariable(Variables.VERIFIED, passed);
	}

	/**
	 * Offers an unanswered request to the vendor's maintenance department too. Does
	 * nothing for a request that already has its response, because the timer fires again,
	 * past the deadline, when a failed verification sends the request back to assessment.
	 */
	public void responseOverdue(DelegateExecution execution) {
		ServiceRequest request = request(execution);
		if (request.getRespondedAt() != null) {
			logger.info("Skipped the escalation of service request {} because {} responded at {}", request.getNumber(),
					request.getRespondedBy(), request.getRespondedAt());
			return;
		}
		List<Task> open = execution.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKeyIn(RequestProcess.ANSWER, RequestProcess.ASSESS)
			.list();
		for (Task task : open) {
			execution.getProcessEngineServices()
				.getTaskService()
				.addCandidateGroup(task.getId(), DeskGroups.VENDOR_SUPPORT);
		}
		this.requests.responseOverdue(request, SystemContext.now());
		this.mail.escalate(request);
	}

	/**
	 * Returns the values that the change control process starts its draft with. The
	 * description and the assessment together can exceed what the engine stores in a
	 * string variable, so the draft's description is cut to fit and the linked request
	 * keeps the full text.
	 */
	public Map<String, Object> changeDraft(DelegateExecution execution) {
		ServiceRequest request = request(execution);
		Map<String, Object> draft = new HashMap<>();
		draft.put("title", request.getTitle());
		draft.put("changeType", RequestTaskView.changeTypeOf(request.getRequestType()));
		draft.put("modules", request.getModule());
		draft.put("description", TaskViews.fit(request.getDescription() + "\n\n评估意见：" + request.getAssessment()));
		draft.put("reason", request.getRequestType().label() + "（服务请求 " + request.getNumber() + "）");
		draft.put("linkedRequests", request.getNumber());
		draft.put("linkedTickets", (request.getFaultNumber() != null) ? request.getFaultNumber() : "");
		draft.put("requesterUser", request.getRequesterUser());
		draft.put("raisedBy", this.currentUser.id());
		return draft;
	}

	/** Records how the change that carried the request ended. */
	public void changeEnded(DelegateExecution execution) {
		ServiceRequest request = request(execution);
		String number = (String) execution.getVariable(Variables.CHANGE_NUMBER);
		boolean released = "closed".equals(execution.getVariable(Variables.CHANGE_OUTCOME));
		this.requests.changeEnded(request, number, released, SystemContext.now());
		if (released) {
			this.mail.tellRequester(request, "请验证处理结果", "变更 " + number + " 已发布，请在任务列表中验证。");
		}
		else {
			this.mail.tellRequester(request, "变更未实施", "变更 " + number + " 未能实施，请求已结束。");
		}
	}

	private ServiceRequest request(DelegateExecution execution) {
		return this.requests.forProcessInstance(execution.getProcessInstanceId());
	}

	private ServiceRequest request(DelegateTask task) {
		return this.requests.forProcessInstance(task.getProcessInstanceId());
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
