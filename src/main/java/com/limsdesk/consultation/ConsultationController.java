package com.limsdesk.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultations with their threads. The staff (engineers, vendor-support, managers and
 * administrators) read every consultation; anyone else reads the ones they asked. Every
 * logged-in user asks here as in Tasklist.
 */
@RestController
@RequestMapping("/api/consultations")
class ConsultationController {

	private static final String[] STAFF = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final ConsultationService consultations;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final CurrentUser currentUser;

	ConsultationController(ConsultationService consultations, FormService formService,
			RepositoryService repositoryService, CurrentUser currentUser) {
		this.consultations = consultations;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<ConsultationViews.Summary> list() {
		List<Consultation> found = this.currentUser.isInAny(STAFF) ? this.consultations.all()
				: this.consultations.askedBy(this.currentUser.id());
		return found.stream().map(ConsultationViews.Summary::of).toList();
	}

	/**
	 * Returns a consultation; one that another user asked is not found for a reporter.
	 */
	@GetMapping("/{number}")
	ConsultationViews.Detail get(@PathVariable String number) {
		Consultation consultation = this.consultations.findByNumber(number);
		if (!this.currentUser.isInAny(STAFF) && !consultation.getAskedBy().equals(this.currentUser.id())) {
			throw new NotFoundException("consultation " + number + " not found");
		}
		return ConsultationViews.Detail.of(consultation, this.consultations);
	}

	/**
	 * Asks a question through the start form of the process, with the same checks as in
	 * Tasklist: {@code category} ({@code business} or {@code technical}), {@code module},
	 * {@code title} and {@code question}.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ConsultationViews.Detail ask(@RequestBody Map<String, Object> body) {
		Map<String, Object> form = new HashMap<>();
		for (String field : ConsultationProcess.QUESTION_FIELDS) {
			form.put(field, (body != null) ? body.get(field) : null);
		}
		String definitionId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(ConsultationProcess.KEY)
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
		return ConsultationViews.Detail.of(this.consultations.forProcessInstance(instance.getId()), this.consultations);
	}

}
