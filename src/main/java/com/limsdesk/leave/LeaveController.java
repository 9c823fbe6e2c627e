package com.limsdesk.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leaves over REST, for engineers, vendor-support, managers and administrators: each
 * leave with its journal, handover and redirected tasks. The cover decides here which
 * redirected tasks they keep after the leave.
 */
@RestController
@RequestMapping("/api/leaves")
class LeaveController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final LeaveService leaves;

	private final CurrentUser currentUser;

	LeaveController(LeaveService leaves, CurrentUser currentUser) {
		this.leaves = leaves;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<Summary> list() {
		requireReader();
		return this.leaves.recent().stream().map(Summary::of).toList();
	}

	@GetMapping("/{number}")
	Details get(@PathVariable String number) {
		requireReader();
		Leave leave = this.leaves.findByNumber(number);
		return new Details(Summary.of(leave), leave.getReason(), leave.getDecidedBy(), leave.getDecisionComment(),
				leave.getHandoverConfirmedBy(),
				this.leaves.journalOf(leave)
					.stream()
					.map((event) -> new Event(event.getOccurredAt(), event.getActor(), event.getKind(),
							event.getDetail()))
					.toList(),
				this.leaves.handoverOf(leave)
					.stream()
					.map((item) -> new Item(item.getReference(), item.getDescription(), item.getNote()))
					.toList(),
				this.leaves.redirectionsOf(leave).stream().map(Redirection::of).toList());
	}

	/**
	 * Sets whether the cover keeps a redirected task after the leave ({@code {"keep":
	 * true}}).
	 */
	@PutMapping("/{number}/redirections/{id}/keep")
	Redirection keep(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) Keep keep) {
		requireReader();
		if (keep == null || keep.keep() == null) {
			throw new InvalidFieldException("keep", "is missing; send true or false");
		}
		Instant now = SystemContext.now();
		boolean vendorSupport = this.currentUser.isInAny(DeskGroups.VENDOR_SUPPORT);
		return Redirection.of(this.leaves.keep(number, id, keep.keep(), this.currentUser.id(), vendorSupport, now));
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read leaves");
		}
	}

	record Keep(Boolean keep) {
	}

	record Summary(String number, String engineer, LocalDate firstDay, LocalDate lastDay, Instant startsAt,
			Instant endsAt, String coverUser, String status, String statusLabel) {

		static Summary of(Leave leave) {
			return new Summary(leave.getNumber(), leave.getEngineer(), leave.getFirstDay(), leave.getLastDay(),
					leave.getStartsAt(), leave.getEndsAt(), leave.getCoverUser(), leave.getStatus().name(),
					leave.getStatus().label());
		}

	}

	record Details(Summary leave, String reason, String decidedBy, String decisionComment, String handoverConfirmedBy,
			List<Event> journal, List<Item> handover, List<Redirection> redirections) {
	}

	record Event(Instant at, String actor, String kind, String detail) {
	}

	record Item(String reference, String description, String note) {
	}

	record Redirection(long id, String taskId, String businessKey, String taskName, String fromUser, String toUser,
			String role, Instant redirectedAt, boolean kept, String outcome) {

		static Redirection of(TaskRedirection redirection) {
			return new Redirection(redirection.getId(), redirection.getTaskId(), redirection.getBusinessKey(),
					redirection.getTaskName(), redirection.getFromUser(), redirection.getToUser(),
					redirection.getRole().name(), redirection.getRedirectedAt(), redirection.isKept(),
					(redirection.getOutcome() != null) ? redirection.getOutcome().name() : null);
		}

	}

}
