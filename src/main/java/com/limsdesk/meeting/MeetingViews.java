package com.limsdesk.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The views of meetings and action items that the meeting API returns. */
final class MeetingViews {

	private MeetingViews() {
	}

	record Detail(String number, LocalDate weekStart, String status, String statusLabel, String reportNumber,
			String agenda, Instant heldAt, String attendees, String minutes, String recordedBy, Instant recordedAt,
			List<Action> raised, List<Action> closed) {

		static Detail of(Meeting meeting, MeetingService meetings) {
			return new Detail(meeting.getNumber(), meeting.getWeekStart(), meeting.getStatus().name(),
					meeting.getStatus().label(), meeting.getReportNumber(), meeting.getAgenda(), meeting.getHeldAt(),
					meeting.getAttendees(), meeting.getMinutes(), meeting.getRecordedBy(), meeting.getRecordedAt(),
					meetings.raisedIn(meeting).stream().map(Action::of).toList(),
					meetings.closedIn(meeting).stream().map(Action::of).toList());
		}

	}

	record Action(String number, String description, String owner, LocalDate dueDate, String status, String statusLabel,
			String closingNote, String closedBy, Instant closedAt) {

		static Action of(MeetingAction action) {
			return new Action(action.getNumber(), action.getDescription(), action.getOwner(), action.getDueDate(),
					action.getStatus().name(), action.getStatus().label(), action.getClosingNote(),
					action.getClosedBy(), action.getClosedAt());
		}

	}

}
