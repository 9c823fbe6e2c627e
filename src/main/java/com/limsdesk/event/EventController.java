package com.limsdesk.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event support for the vendor's engineers, the maintenance department and the
 * institute's managers. Reporters read none of it. Managers ask for support here as in
 * Tasklist.
 */
@RestController
class EventController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final EventService events;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final CurrentUser currentUser;

	private final DeskProperties desk;

	EventController(EventService events, FormService formService, RepositoryService repositoryService,
			CurrentUser currentUser, DeskProperties desk) {
		this.events = events;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.currentUser = currentUser;
		this.desk = desk;
	}

	@GetMapping("/api/events")
	List<EventViews.Summary> list() {
		requireReader();
		return this.events.all().stream().map((event) -> EventViews.Summary.of(event, this.events)).toList();
	}

	@GetMapping("/api/events/{number}")
	EventViews.Detail get(@PathVariable String number) {
		requireReader();
		return EventViews.Detail.of(this.events.findByNumber(number), this.events);
	}

	/**
	 * Returns the events that overlap the days from {@code from} up to but not including
	 * {@code to}, such as {@code ?from=2026-12-01&to=2027-01-01}, in the institute's
	 * zone.
	 */
	@GetMapping("/api/events/report")
	List<EventReport> report(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		requireReader();
		if (!to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from (" + from + "), was " + to);
		}
		return this.events.overlapping(startOf(from), startOf(to));
	}

	/**
	 * Asks for event support through the start form of the process, with the same checks
	 * as in Tasklist: {@code eventName}, {@code startsAt}, {@code endsAt}, {@code place},
	 * {@code criticalSystems}, {@code engineersRequired}, {@code arrivalRequiredAt} and
	 * {@code contact}.
	 */
	@PostMapping("/api/events")
	@ResponseStatus(HttpStatus.CREATED)
	EventViews.Detail request(@RequestBody Map<String, Object> body) {
		if (!this.currentUser.isInAny(DeskGroups.MANAGERS)) {
			throw new AuthorizationException("only managers may ask for event support");
		}
		Map<String, Object> form = new HashMap<>();
		for (String field : EventProcess.REQUEST_FIELDS) {
			form.put(field, (body != null) ? body.get(field) : null);
		}
		String definitionId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(EventProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		ProcessInstance instance;
		try {
			instance = this.formService.submitStartForm(definitionId, form);
		}
		catch (FormInputException ex) {
			throw new InvalidFieldException(ex.field(), ex.getMessage());
		}
		return EventViews.Detail.of(this.events.forProcessInstance(instance.getId()), this.events);
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.desk.zone()).toInstant();
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read event support");
		}
	}

}
