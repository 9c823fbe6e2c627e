package com.limsdesk.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.inspection.InspectionProcess;
import com.limsdesk.inspection.InspectionService;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The steps of the event support process, called from its BPMN as
 * {@code ${eventSteps.planned(task)}}. Each step reads its form, checks who completes it
 * and calls {@link EventService}. A bad field rolls the completion back and leaves the
 * task open. Gateways and timers read the event record, found by the process instance,
 * never a process variable that a task's user could set.
 */
@Component("eventSteps")
public class EventSteps {

	private static final List<String> STAFF = List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT);

	private final EventService events;

	private final EventForms forms;

	private final EventMail mail;

	private final EventTaskView view;

	private final InspectionService inspections;

	private final HistoryService historyService;

	private final ServiceLevelCalculator serviceLevels;

	private final CurrentUser currentUser;

	private final DeskProperties desk;

	private final EventProperties settings;

	EventSteps(EventService events, EventForms forms, EventMail mail, EventTaskView view, InspectionService inspections,
			HistoryService historyService, ServiceLevelCalculator serviceLevels, CurrentUser currentUser,
			DeskProperties desk, EventProperties settings) {
		this.events = events;
		this.forms = forms;
		this.mail = mail;
		this.view = view;
		this.inspections = inspections;
		this.historyService = historyService;
		this.serviceLevels = serviceLevels;
		this.currentUser = currentUser;
		this.desk = desk;
		this.settings = settings;
	}

	/**
	 * Checks the request, records the event and makes its number the business key. Only
	 * the institute's managers ask for event support.
	 */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.requireMemberOf("申请重大活动保障", List.of(DeskGroups.MANAGERS));
		Instant now = SystemContext.now();
		EventRequest request = this.forms.request(form(execution.getVariables()), now);
		SupportEvent event = this.events.register(request, user, execution.getProcessInstanceId(), now);
		execution.setProcessBusinessKey(event.getNumber());
		execution.removeVariables(EventProcess.REQUEST_FIELDS);
	}

	/**
	 * Shows the event on each of its tasks as a task-local variable. A revised plan
	 * starts from the previous one, and the checklist first links the inspection that the
	 * call activity ran.
	 */
	public void details(DelegateTask task) {
		SupportEvent event = event(task.getProcessInstanceId());
		String activity = task.getTaskDefinitionKey();
		if (EventProcess.CHECKLIST.equals(activity)) {
			this.events.linkInspection(event, calledInspection(task.getProcessInstanceId()), SystemContext.now());
		}
		if (EventProcess.PLAN.equals(activity) && event.getPlanRound() > 0) {
			EventPlan previous = this.events.currentPlan(event);
			task.getExecution().setVariable("onSiteEngineers", previous.getOnSiteEngineers());
			task.getExecution().setVariable("contingencyContacts", previous.getContingencyContacts());
			task.getExecution().setVariable("contingencyPlan", previous.getContingencyPlan());
		}
		task.setVariableLocal("eventSummary", this.view.summary(event));
	}

	/** Returns the number of the latest inspection this event's call activity started. */
	private String calledInspection(String processInstanceId) {
		List<HistoricProcessInstance> called = this.historyService.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(processInstanceId)
			.processDefinitionKey(InspectionProcess.KEY)
			.orderByProcessInstanceStartTime()
			.desc()
			.list();
		return called.stream()
			.map((instance) -> this.inspections.forProcessInstance(instance.getId()))
			.flatMap(Optional::stream)
			.map((inspection) -> inspection.getNumber())
			.findFirst()
			.orElse(null);
	}

	/** Records the vendor's plan: engineers with their on-site times and contacts. */
	public void planned(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.VENDOR_SUPPORT));
		SupportEvent event = event(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		List<PlannedEngineer> planned = this.forms.engineers(form, event);
		String contacts = form.requiredText("contingencyContacts", "应急联系人", 2000);
		String contingency = form.optionalText("contingencyPlan", "应急预案", 4000);
		EventPlan plan = this.events.submitPlan(event, planned, contacts, contingency, user, SystemContext.now());
		this.mail.planSubmitted(event, plan);
		SubmittedFields.remove(task, EventForms.PLAN_FIELDS);
	}

	/** Records a manager's acceptance of the plan, or its rejection with a reason. */
	public void planReviewed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		SupportEvent event = event(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean accepted = "accept".equals(form.requiredChoice("planDecision", "审核结论", List.of("accept", "reject")));
		String comment = form.optionalText("planComment", "审核意见", 2000);
		if (!accepted && comment == null) {
			throw new FormInputException("planComment", "审核意见", "退回时必须说明需要修改的地方");
		}
		EventPlan plan = this.events.decidePlan(event, accepted, comment, user, SystemContext.now());
		if (accepted) {
			this.mail.planAccepted(event);
		}
		else {
			this.mail.planRejected(event, plan);
		}
		SubmittedFields.remove(task, List.of("planDecision", "planComment"));
	}

	public boolean planAccepted(DelegateExecution execution) {
		return event(execution.getProcessInstanceId()).getStatus() == EventStatus.PREPARING;
	}

	public Date checkOpens(DelegateExecution execution) {
		return Date.from(event(execution.getProcessInstanceId()).getCheckOpensAt());
	}

	public Date checkDue(DelegateExecution execution) {
		return Date.from(event(execution.getProcessInstanceId()).getCheckDue());
	}

	public Date eventStart(DelegateExecution execution) {
		return Date.from(event(execution.getProcessInstanceId()).getStartsAt());
	}

	public Date eventEnd(DelegateExecution execution) {
		return Date.from(event(execution.getProcessInstanceId()).getEndsAt());
	}

	/** Returns the summary's due date: closing time of working days after the event. */
	public Date summaryDue(DelegateExecution execution) {
		return Date.from(this.serviceLevels.closingOfWorkingDayAfter(
				event(execution.getProcessInstanceId()).getEndsAt(), this.settings.summaryWorkingDays()));
	}

	/**
	 * Records the engineer's checklist. Every item other than OK needs the findings
	 * described.
	 */
	public void checked(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		SupportEvent event = event(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		Map<CheckItem, CheckResult> results = this.forms.checklist(form);
		String findings = form.optionalText("checkFindings", "发现的问题及处理", 4000);
		boolean allOk = results.values().stream().allMatch((result) -> result == CheckResult.OK);
		if (!allOk && findings == null) {
			throw new FormInputException("checkFindings", "发现的问题及处理", "有检查项发现问题时必须说明问题和处理情况");
		}
		this.events.recordCheck(event, results, findings, user, SystemContext.now());
		List<String> fields = new ArrayList<>(CheckItem.fields());
		fields.add("checkFindings");
		SubmittedFields.remove(task, fields);
	}

	public boolean findingOpen(DelegateExecution execution) {
		return event(execution.getProcessInstanceId()).isFindingOpen();
	}

	public void checkOverdue(DelegateExecution execution) {
		SupportEvent event = event(execution.getProcessInstanceId());
		if (this.events.checkOverdue(event, SystemContext.now())) {
			this.mail.checkOverdue(event);
		}
	}

	/** Records that the event started before the pre-event check was done. */
	public void checkMissed(DelegateExecution execution) {
		SupportEvent event = event(execution.getProcessInstanceId());
		this.events.checkMissed(event, SystemContext.now());
		this.mail.checkMissed(event);
	}

	public void escalateFindings(DelegateExecution execution) {
		SupportEvent event = event(execution.getProcessInstanceId());
		this.events.escalate(event, SystemContext.now());
		this.mail.findingsEscalated(event);
	}

	/**
	 * Records how the maintenance department dealt with the escalated findings.
	 * <p>
	 * NOTE: this task has no deadline timer, so the summary after the event waits until
	 * vendor-support completes it.
	 */
	public void findingsResolved(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.VENDOR_SUPPORT));
		FormValues form = form(task.getVariables());
		String outcome = form.requiredChoice("findingOutcome", "处理结果", List.of("resolved", "mitigated"));
		String resolution = form.requiredText("findingResolution", "处理说明", 4000);
		this.events.resolveFindings(event(task.getProcessInstanceId()), outcome, resolution, user, SystemContext.now());
		SubmittedFields.remove(task, List.of("findingOutcome", "findingResolution"));
	}

	/** Returns the engineers of the accepted plan; the collection of the arrivals. */
	public List<String> engineers(DelegateExecution execution) {
		return this.events.engineersOf(event(execution.getProcessInstanceId()))
			.stream()
			.map(EventEngineer::getEngineer)
			.toList();
	}

	/** Returns the on-site time of the engineer of this arrival branch. */
	public Date arrivalDue(DelegateExecution execution) {
		return Date
			.from(this.events.engineer(event(execution.getProcessInstanceId()), engineerOf(execution)).getOnSiteFrom());
	}

	/**
	 * Records the engineer's arrival at the moment of the completion. Only the engineer
	 * signs in, and no earlier than the arrival window before their on-site time.
	 */
	public void arrived(DelegateTask task) {
		String engineer = engineerOf(task.getExecution());
		String user = this.currentUser.id();
		if (!engineer.equals(user)) {
			throw new AuthorizationException("The user with id '" + user + "' may not sign in for '" + engineer
					+ "': engineers sign in themselves.");
		}
		SupportEvent event = event(task.getProcessInstanceId());
		Instant now = SystemContext.now();
		Instant earliest = this.events.engineer(event, engineer).getOnSiteFrom().minus(this.settings.arrivalWindow());
		if (now.isBefore(earliest)) {
			throw new FormInputException("arrivalNote", "到场说明",
					"还不能签到：最早可在 " + EventText.format(earliest, this.desk.zone()) + " 签到");
		}
		String note = form(task.getVariables()).optionalText("arrivalNote", "到场说明", 500);
		this.events.arrive(event, engineer, note, now);
		SubmittedFields.remove(task, List.of("arrivalNote"));
	}

	public void late(DelegateExecution execution) {
		SupportEvent event = event(execution.getProcessInstanceId());
		String engineer = engineerOf(execution);
		if (this.events.late(event, engineer, SystemContext.now())) {
			this.mail.late(event, this.events.engineer(event, engineer));
		}
	}

	public void absent(DelegateExecution execution) {
		SupportEvent event = event(execution.getProcessInstanceId());
		List<EventEngineer> absent = this.events.absent(event, SystemContext.now());
		if (!absent.isEmpty()) {
			this.mail.absent(event, absent);
		}
	}

	/** Moves the event to its summary once it has ended. */
	public void summaryStarted(DelegateTask task) {
		SupportEvent event = event(task.getProcessInstanceId());
		if (event.getStatus() == EventStatus.PREPARING) {
			this.events.ended(event, SystemContext.now());
		}
	}

	/** Records the summary: what happened, the faults and the actions taken. */
	public void summarised(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), STAFF);
		FormValues form = form(task.getVariables());
		String happened = form.requiredText("summaryHappened", "保障情况", 4000);
		String faults = form.optionalText("summaryFaults", "故障情况", 4000);
		String actions = form.requiredText("summaryActions", "采取的措施", 4000);
		SupportEvent event = event(task.getProcessInstanceId());
		if (faults == null && !this.events.faultsOf(event).isEmpty()) {
			throw new FormInputException("summaryFaults", "故障情况", "活动期间有关联的故障工单，请说明故障及影响");
		}
		this.events.summarise(event, happened, faults, actions, user, SystemContext.now());
		this.mail.summarySubmitted(event);
		SubmittedFields.remove(task, List.of("summaryHappened", "summaryFaults", "summaryActions"));
	}

	/** Records a manager's closing of the event, or the return of the summary. */
	public void closeDecided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		FormValues form = form(task.getVariables());
		boolean close = "close".equals(form.requiredChoice("closeDecision", "审核结论", List.of("close", "return")));
		String comment = form.optionalText("closeComment", "审核意见", 2000);
		if (!close && comment == null) {
			throw new FormInputException("closeComment", "审核意见", "退回时必须说明需要补充的内容");
		}
		SupportEvent event = event(task.getProcessInstanceId());
		this.events.decideSummary(event, close, comment, user, SystemContext.now());
		if (!close) {
			this.mail.summaryReturned(event, comment, user);
		}
		SubmittedFields.remove(task, List.of("closeDecision", "closeComment"));
	}

	public boolean closed(DelegateExecution execution) {
		return event(execution.getProcessInstanceId()).getStatus() == EventStatus.CLOSED;
	}

	private static String engineerOf(DelegateExecution execution) {
		Object engineer = execution.getVariable(EventProcess.ENGINEER);
		if (!(engineer instanceof String id)) {
			throw new IllegalStateException(
					"arrival branch of process instance " + execution.getProcessInstanceId() + " has no engineer");
		}
		return id;
	}

	private SupportEvent event(String processInstanceId) {
		return this.events.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.desk.zone());
	}

}
