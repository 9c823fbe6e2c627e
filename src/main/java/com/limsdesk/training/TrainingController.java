package com.limsdesk.training;

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
 * Trainings for the vendor's engineers, the maintenance department and the institute's
 * managers. Reporters read none of them. Managers ask for a user training here as in
 * Tasklist.
 */
@RestController
class TrainingController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final TrainingService trainings;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final CurrentUser currentUser;

	private final DeskProperties desk;

	TrainingController(TrainingService trainings, FormService formService, RepositoryService repositoryService,
			CurrentUser currentUser, DeskProperties desk) {
		this.trainings = trainings;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.currentUser = currentUser;
		this.desk = desk;
	}

	@GetMapping("/api/trainings")
	List<TrainingViews.Summary> list() {
		requireReader();
		return this.trainings.all()
			.stream()
			.map((training) -> TrainingViews.Summary.of(training, this.trainings))
			.toList();
	}

	@GetMapping("/api/trainings/{number}")
	TrainingViews.Detail get(@PathVariable String number) {
		requireReader();
		return TrainingViews.Detail.of(this.trainings.findByNumber(number), this.trainings);
	}

	/**
	 * Returns the scheduled trainings that overlap the days from {@code from} up to but
	 * not including {@code to}, such as {@code ?from=2026-12-01&to=2027-01-01}, in the
	 * institute's zone.
	 */
	@GetMapping("/api/trainings/report")
	List<TrainingReport> report(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		requireReader();
		if (!to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from (" + from + "), was " + to);
		}
		return this.trainings.overlapping(startOf(from), startOf(to));
	}

	/**
	 * Asks for a user training through the start form of the process, with the same
	 * checks as in Tasklist: {@code topic}, {@code content}, {@code startsAt},
	 * {@code endsAt}, {@code plannedAttendees}, {@code place} and {@code mode}
	 * ({@code ONSITE}, {@code CLASSROOM} or {@code REMOTE}).
	 */
	@PostMapping("/api/trainings")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingViews.Detail request(@RequestBody Map<String, Object> body) {
		if (!this.currentUser.isInAny(DeskGroups.MANAGERS)) {
			throw new AuthorizationException("only managers may ask for a user training");
		}
		Map<String, Object> form = new HashMap<>();
		for (String field : TrainingProcess.PLAN_FIELDS) {
			form.put(field, (body != null) ? body.get(field) : null);
		}
		String definitionId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(TrainingProcess.KEY)
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
		return TrainingViews.Detail.of(this.trainings.forProcessInstance(instance.getId()), this.trainings);
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.desk.zone()).toInstant();
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read trainings");
		}
	}

}
