package com.limsdesk.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problems and known errors for the vendor's engineers, the maintenance department and
 * the institute's managers. Reporters read neither. Engineers open problems here as in
 * Tasklist, and staff add links and publish known errors outside the tasks.
 */
@RestController
class ProblemController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final ProblemService problems;

	private final ProblemForms forms;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ProblemController(ProblemService problems, ProblemForms forms, FormService formService,
			RepositoryService repositoryService, CurrentUser currentUser, DeskProperties properties) {
		this.problems = problems;
		this.forms = forms;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	@GetMapping("/api/problems")
	List<ProblemViews.Summary> list() {
		requireReader();
		return this.problems.all().stream().map((problem) -> ProblemViews.Summary.of(problem, this.problems)).toList();
	}

	@GetMapping("/api/problems/{number}")
	ProblemViews.Detail get(@PathVariable String number) {
		requireReader();
		return ProblemViews.Detail.of(this.problems.findByNumber(number), this.problems);
	}

	@GetMapping("/api/known-errors")
	List<ProblemViews.KnownError> knownErrors() {
		requireReader();
		return this.problems.knownErrors()
			.stream()
			.map((problem) -> ProblemViews.KnownError.of(problem, this.problems))
			.toList();
	}

	/**
	 * Opens a problem through the start form of the process, with the same checks as in
	 * Tasklist: {@code title}, {@code module}, {@code description} and
	 * {@code linkedTickets}.
	 */
	@PostMapping("/api/problems")
	@ResponseStatus(HttpStatus.CREATED)
	ProblemViews.Detail open(@RequestBody Map<String, Object> report) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS)) {
			throw new AuthorizationException("only engineers may open a problem");
		}
		Map<String, Object> form = new HashMap<>();
		for (String field : List.of("title", "module", "description", "linkedTickets")) {
			form.put(field, (report != null) ? report.get(field) : null);
		}
		String definitionId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		ProcessInstance instance = rejectingFields(() -> this.formService.submitStartForm(definitionId, form));
		return ProblemViews.Detail.of(this.problems.forProcessInstance(instance.getId()), this.problems);
	}

	/**
	 * Links more fault tickets, given as {@code {"tickets": "GZ-2026-00001,
	 * GZ-2026-00002"}}.
	 */
	@PostMapping("/api/problems/{number}/links")
	ProblemViews.Detail link(@PathVariable String number, @RequestBody Map<String, Object> body) {
		requireStaff("link tickets to a problem");
		Map<String, Object> values = new HashMap<>();
		values.put("tickets", (body != null) ? body.get("tickets") : null);
		FormValues form = new FormValues(values, this.properties.zone());
		List<String> tickets = rejectingFields(() -> {
			form.requiredText("tickets", "关联故障工单", 500);
			return this.forms.tickets(form, "tickets", "关联故障工单");
		});
		Problem problem = this.problems.linkTickets(number, tickets, this.currentUser.id(), SystemContext.now());
		return ProblemViews.Detail.of(problem, this.problems);
	}

	/** Publishes the problem's root cause and workaround as a known error. */
	@PostMapping("/api/problems/{number}/known-error")
	ProblemViews.Detail publishKnownError(@PathVariable String number) {
		requireStaff("publish a known error");
		Problem problem = this.problems.publishKnownError(number, this.currentUser.id(), SystemContext.now());
		return ProblemViews.Detail.of(problem, this.problems);
	}

	/** Runs the work and converts a rejected form field into a rejected request field. */
	private static <T> T rejectingFields(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (FormInputException ex) {
			throw new InvalidFieldException(ex.field(), ex.getMessage());
		}
	}

	private void requireStaff(String action) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw new AuthorizationException("only engineers and vendor-support may " + action);
		}
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read problems and known errors");
		}
	}

}
