package com.limsdesk.training;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the training process, called from its BPMN as
 * {@code ${trainingSteps.delivered(task)}}. Each step reads its form, checks who
 * completes it and calls {@link TrainingService}. Gateways read the training record,
 * found by the process instance, never a process variable.
 */
@Component("trainingSteps")
public class TrainingSteps {

	private static final List<String> MANAGERS = List.of(DeskGroups.MANAGERS);

	private final TrainingService trainings;

	private final TrainingForms forms;

	private final TrainingMail mail;

	private final TrainingTaskView view;

	private final ServiceLevelCalculator serviceLevels;

	private final WorkingCalendar calendar;

	private final RuntimeService runtimeService;

	private final CurrentUser currentUser;

	private final DeskProperties desk;

	private final TrainingProperties settings;

	TrainingSteps(TrainingService trainings, TrainingForms forms, TrainingMail mail, TrainingTaskView view,
			ServiceLevelCalculator serviceLevels, WorkingCalendar calendar, RuntimeService runtimeService,
			CurrentUser currentUser, DeskProperties desk, TrainingProperties settings) {
		this.trainings = trainings;
		this.forms = forms;
		this.mail = mail;
		this.view = view;
		this.serviceLevels = serviceLevels;
		this.calendar = calendar;
		this.runtimeService = runtimeService;
		this.currentUser = currentUser;
		this.desk = desk;
		this.settings = settings;
	}

	/** Records a user training that a manager requested and makes its number the key. */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.requireMemberOf("申请用户培训", MANAGERS);
		Instant now = SystemContext.now();
		TrainingPlan plan = this.forms.plan(form(execution.getVariables()), now);
		Training training = this.trainings.request(plan, user, execution.getProcessInstanceId(), now);
		execution.setProcessBusinessKey(training.getNumber());
		execution.removeVariables(TrainingProcess.PLAN_FIELDS);
		this.mail.scheduled(training);
	}

	/**
	 * Starts the training process for the administrator training, from the yearly timer
	 * of the schedule process.
	 */
	public void startAdministrator(DelegateExecution execution) {
		this.runtimeService.createMessageCorrelation(TrainingProcess.ADMINISTRATOR_MESSAGE).correlateStartMessage();
	}

	/** Opens the administrator training of the contract year, once per year. */
	public void openAdministrator(DelegateExecution execution) {
		Training training = this.trainings.openAdministrator(execution.getProcessInstanceId(), SystemContext.now());
		if (training != null) {
			execution.setProcessBusinessKey(training.getNumber());
			this.mail.administratorTrainingOpened(training);
		}
	}

	/** Returns whether the timer opened a new administrator training. */
	public boolean opened(DelegateExecution execution) {
		return this.trainings.existsForProcessInstance(execution.getProcessInstanceId());
	}

	/**
	 * Shows the training on each of its tasks. The scheduling task starts from the topic
	 * and content of the administrator training.
	 */
	public void details(DelegateTask task) {
		Training training = training(task.getProcessInstanceId());
		if (TrainingProcess.SCHEDULE.equals(task.getTaskDefinitionKey())) {
			task.getExecution().setVariable("topic", training.getTopic());
			task.getExecution().setVariable("content", training.getContent());
		}
		task.setVariableLocal("trainingSummary", this.view.summary(training));
	}

	/**
	 * Records the managers' time, people, place and mode of the administrator training.
	 */
	public void scheduled(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), MANAGERS);
		Training training = training(task.getProcessInstanceId());
		TrainingPlan plan = this.forms.plan(form(task.getVariables()), SystemContext.now());
		this.trainings.schedule(training, plan, user, SystemContext.now());
		this.mail.scheduled(training);
		SubmittedFields.remove(task, TrainingProcess.PLAN_FIELDS);
	}

	/**
	 * Returns the material's due date: closing time of the working day before the start.
	 */
	public Date materialDue(DelegateExecution execution) {
		Instant startsAt = training(execution.getProcessInstanceId()).getStartsAt();
		return Date.from(this.calendar.closingTime(this.calendar.workingDayBefore(this.calendar.dateOf(startsAt), 1)));
	}

	public void prepared(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.VENDOR_SUPPORT));
		FormValues form = form(task.getVariables());
		String material = form.requiredText("material", "培训材料", 4000);
		String trainer = form.requiredText("trainer", "讲师", 100);
		Training training = training(task.getProcessInstanceId());
		this.trainings.prepare(training, material, trainer, user, SystemContext.now());
		this.mail.materialReady(training);
		SubmittedFields.remove(task, List.of("material", "trainer"));
	}

	public Date startsAt(DelegateExecution execution) {
		return Date.from(training(execution.getProcessInstanceId()).getStartsAt());
	}

	/**
	 * Records the delivery with its attendance list, which needs at least one person, or
	 * that the training did not take place, with the reason. Neither is accepted before
	 * the training starts.
	 */
	public void delivered(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(),
				List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT));
		Training training = training(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		boolean delivered = "delivered"
			.equals(form.requiredChoice("deliveryOutcome", "是否已实施", List.of("delivered", "not_delivered")));
		Instant now = SystemContext.now();
		if (now.isBefore(training.getStartsAt())) {
			throw new FormInputException("deliveryOutcome", "是否已实施",
					"培训 " + TrainingText.format(training.getStartsAt(), this.desk.zone()) + " 才开始，开始后再登记");
		}
		String note = form.optionalText("deliveryNote", "实施说明", 2000);
		if (delivered) {
			this.trainings.deliver(training, this.forms.attendance(form), note, user, now);
			this.mail.delivered(training);
		}
		else {
			if (note == null) {
				throw new FormInputException("deliveryNote", "实施说明", "未实施时必须说明原因");
			}
			this.trainings.notDelivered(training, note, user, now);
			this.mail.notDelivered(training);
		}
		SubmittedFields.remove(task, List.of("deliveryOutcome", "attendance", "deliveryNote"));
	}

	public boolean wasDelivered(DelegateExecution execution) {
		return Boolean.TRUE.equals(training(execution.getProcessInstanceId()).getDelivered());
	}

	public Date feedbackDue(DelegateExecution execution) {
		return Date.from(this.serviceLevels.closingOfWorkingDayAfter(
				training(execution.getProcessInstanceId()).getEndsAt(), this.settings.feedbackWorkingDays()));
	}

	/** Records the managers' rating and feedback. */
	public void feedbackGiven(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), MANAGERS);
		FormValues form = form(task.getVariables());
		int rating = Integer.parseInt(form.requiredChoice("rating", "总体评价", List.of("1", "2", "3", "4", "5")));
		String feedback = form.requiredText("feedback", "反馈意见", 4000);
		this.trainings.recordFeedback(training(task.getProcessInstanceId()), rating, feedback, user,
				SystemContext.now());
		SubmittedFields.remove(task, List.of("rating", "feedback"));
	}

	private Training training(String processInstanceId) {
		return this.trainings.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.desk.zone());
	}

}
