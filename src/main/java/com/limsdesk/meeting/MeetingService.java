package com.limsdesk.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.report.WeeklyReportDigest;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the weekly meeting with its agenda and records its minutes and action items.
 */
@Service
@Transactional
public class MeetingService {

	private static final Logger logger = LoggerFactory.getLogger(MeetingService.class);

	private final MeetingRepository meetings;

	private final MeetingActionRepository actions;

	private final WeeklyReportDigest digest;

	private final DeskProperties properties;

	MeetingService(MeetingRepository meetings, MeetingActionRepository actions, WeeklyReportDigest digest,
			DeskProperties properties) {
		this.meetings = meetings;
		this.actions = actions;
		this.digest = digest;
		this.properties = properties;
	}

	/**
	 * Opens the meeting of the week with an agenda drawn from last week's report and the
	 * open action items. Returns empty when the week has its meeting already.
	 */
	public Optional<Meeting> open(LocalDate weekStart, String processInstanceId, Instant now) {
		if (this.meetings.findByWeekStart(weekStart).isPresent()) {
			logger.info("The meeting of the week of {} is open already; process {} ends", weekStart, processInstanceId);
			return Optional.empty();
		}
		Optional<WeeklyReportDigest.Digest> report = this.digest.lastWeek(weekStart, now);
		List<MeetingAction> open = openActions();
		String agenda = MeetingAgenda.write(report, open, now.atZone(zone()).toLocalDate());
		Meeting meeting = this.meetings.save(new Meeting(weekStart, processInstanceId, agenda,
				report.map(WeeklyReportDigest.Digest::number).orElse(null), now));
		logger.info("Opened meeting {} with {} open action items", meeting.getNumber(), open.size());
		return Optional.of(meeting);
	}

	/**
	 * Records the minutes, closes the named open action items and adds the new ones.
	 * @throws FormInputException when a named item does not exist or is not open
	 */
	public List<MeetingAction> record(Meeting meeting, Minutes minutes, String user, Instant now) {
		for (Map.Entry<String, String> closed : minutes.closedActions().entrySet()) {
			MeetingAction action = this.actions.findByNumber(closed.getKey())
				.filter((a) -> a.getStatus() == MeetingAction.Status.OPEN)
				.orElseThrow(() -> new FormInputException(MeetingProcess.Fields.CLOSED_ACTIONS,
						MeetingForms.CLOSED_LABEL, closed.getKey() + " 不是未完成的行动项"));
			action.close(meeting.getId(), closed.getValue(), user, now);
		}
		int sequence = this.actions.findByMeetingIdOrderByNumber(meeting.getId()).size();
		for (MeetingForms.NewAction item : minutes.newActions()) {
			sequence++;
			this.actions.save(new MeetingAction(String.format("%s-%02d", meeting.getNumber(), sequence),
					meeting.getId(), item.description(), item.owner(), item.dueDate()));
		}
		meeting.record(minutes.heldAt(), minutes.attendees(), minutes.text(), user, now);
		logger.info("Recorded the minutes of meeting {}: {} items closed, {} added", meeting.getNumber(),
				minutes.closedActions().size(), minutes.newActions().size());
		return this.actions.findByMeetingIdOrderByNumber(meeting.getId());
	}

	@Transactional(readOnly = true)
	public List<MeetingAction> openActions() {
		return this.actions.findByStatusOrderByDueDateAscNumberAsc(MeetingAction.Status.OPEN);
	}

	@Transactional(readOnly = true)
	public List<MeetingAction> raisedIn(Meeting meeting) {
		return this.actions.findByMeetingIdOrderByNumber(meeting.getId());
	}

	@Transactional(readOnly = true)
	public List<MeetingAction> closedIn(Meeting meeting) {
		return this.actions.findByClosedInMeetingIdOrderByNumber(meeting.getId());
	}

	@Transactional(readOnly = true)
	public List<Meeting> all() {
		return this.meetings.findAllByOrderByWeekStartDesc();
	}

	@Transactional(readOnly = true)
	public Meeting findByNumber(String number) {
		return this.meetings.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("meeting " + number + " not found"));
	}

	@Transactional(readOnly = true)
	public Meeting forProcessInstance(String processInstanceId) {
		return this.meetings.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no meeting for process instance " + processInstanceId));
	}

	@Transactional(readOnly = true)
	public boolean isOpenFor(String processInstanceId) {
		return this.meetings.findByProcessInstanceId(processInstanceId).isPresent();
	}

	private ZoneId zone() {
		return this.properties.zone();
	}

	/** The minutes as recorded on the form. */
	record Minutes(Instant heldAt, String attendees, String text, Map<String, String> closedActions,
			List<MeetingForms.NewAction> newActions) {
	}

}
