package com.limsdesk.meeting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the weekly meeting process, called from its BPMN as
 * {@code ${meetingSteps.recorded(task)}}.
 */
@Component("meetingSteps")
public class MeetingSteps {

	/** How long after a meeting its minutes may still be recorded. */
	static final Duration MAX_MINUTES_DELAY = Duration.ofDays(31);

	static final List<String> MINUTES_FIELDS = List.of(MeetingProcess.Fields.HELD_AT, MeetingProcess.Fields.ATTENDEES,
			MeetingProcess.Fields.MINUTES, MeetingProcess.Fields.CLOSED_ACTIONS, MeetingProcess.Fields.NEW_ACTIONS);

	private final MeetingService meetings;

	private final MeetingForms forms;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	MeetingSteps(MeetingService meetings, MeetingForms forms, CurrentUser currentUser, DeskProperties properties) {
		this.meetings = meetings;
		this.forms = forms;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/** Opens the meeting of the current week and makes its number the business key. */
	public void open(DelegateExecution execution) {
		LocalDate today = SystemContext.now().atZone(this.properties.zone()).toLocalDate();
		LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.meetings.open(weekStart, execution.getProcessInstanceId(), SystemContext.now())
			.ifPresent((meeting) -> execution.setProcessBusinessKey(meeting.getNumber()));
	}

	/**
	 * Returns whether this process opened the week's meeting, for the gateway after it.
	 */
	public boolean opened(DelegateExecution execution) {
		return this.meetings.isOpenFor(execution.getProcessInstanceId());
	}

	/** Shows the agenda on the task, as a task-local variable. */
	public void details(DelegateTask task) {
		task.setVariableLocal(MeetingProcess.Fields.AGENDA,
				this.meetings.forProcessInstance(task.getProcessInstanceId()).getAgenda());
	}

	/** Records the minutes with the action items closed and added. */
	public void recorded(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(),
				List.of(DeskGroups.ENGINEERS, DeskGroups.MANAGERS));
		Meeting meeting = this.meetings.forProcessInstance(task.getProcessInstanceId());
		FormValues form = new FormValues(task.getVariables(), this.properties.zone());
		Instant heldAt = form.requiredMoment(MeetingProcess.Fields.HELD_AT, "会议时间");
		Instant now = SystemContext.now();
		ZoneId zone = this.properties.zone();
		Instant endOfToday = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
		if (!heldAt.isBefore(endOfToday)) {
			throw new FormInputException(MeetingProcess.Fields.HELD_AT, "会议时间", "纪要在会后记录，会议时间不能晚于今天");
		}
		if (heldAt.isBefore(now.minus(MAX_MINUTES_DELAY))) {
			throw new FormInputException(MeetingProcess.Fields.HELD_AT, "会议时间",
					"不能早于 " + MAX_MINUTES_DELAY.toDays() + " 天前");
		}
		MeetingService.Minutes minutes = new MeetingService.Minutes(heldAt,
				form.requiredText(MeetingProcess.Fields.ATTENDEES, "参会人员", 1000),
				form.requiredText(MeetingProcess.Fields.MINUTES, "会议纪要", 8000),
				this.forms.closedActions(
						form.optionalText(MeetingProcess.Fields.CLOSED_ACTIONS, MeetingForms.CLOSED_LABEL, 8000)),
				this.forms.newActions(
						form.optionalText(MeetingProcess.Fields.NEW_ACTIONS, MeetingForms.NEW_LABEL, 8000),
						heldAt.atZone(this.properties.zone()).toLocalDate()));
		this.meetings.record(meeting, minutes, user, now);
		SubmittedFields.remove(task, MINUTES_FIELDS);
	}

}
