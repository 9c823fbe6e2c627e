package com.limsdesk.meeting;

import java.util.List;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weekly meetings with their agendas, minutes and action items, for the vendor's staff,
 * the managers and the administrators. Reporters read none of it.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final MeetingService meetings;

	private final CurrentUser currentUser;

	MeetingController(MeetingService meetings, CurrentUser currentUser) {
		this.meetings = meetings;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<MeetingViews.Detail> list() {
		requireReader();
		return this.meetings.all().stream().map((meeting) -> MeetingViews.Detail.of(meeting, this.meetings)).toList();
	}

	@GetMapping("/{number}")
	MeetingViews.Detail get(@PathVariable String number) {
		requireReader();
		return MeetingViews.Detail.of(this.meetings.findByNumber(number), this.meetings);
	}

	/** The action items still open, soonest due first. */
	@GetMapping("/actions/open")
	List<MeetingViews.Action> openActions() {
		requireReader();
		return this.meetings.openActions().stream().map(MeetingViews.Action::of).toList();
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read meetings");
		}
	}

}
