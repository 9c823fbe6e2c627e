package com.limsdesk.intake;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.fault.AlertEffect;
import com.limsdesk.fault.AlertOutcome;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fault reports of monitoring systems, sent by a service account of the group
 * {@code integrations} with HTTP Basic. People file faults through the fault form
 * instead, so every other account is rejected.
 */
@RestController
class IntakeController {

	private static final Logger logger = LoggerFactory.getLogger(IntakeController.class);

	private final IntakeService intake;

	private final AlertRequestReader reader;

	private final CurrentUser currentUser;

	IntakeController(IntakeService intake, IntakeProperties properties, CurrentUser currentUser) {
		this.intake = intake;
		this.reader = new AlertRequestReader(properties);
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Receipt> report(@RequestBody(required = false) JsonNode body) {
		if (!this.currentUser.isInAny(DeskGroups.INTEGRATIONS)) {
			throw new AuthorizationException("The user with id '" + this.currentUser.id()
					+ "' may not report faults over this endpoint: it is for the group " + DeskGroups.INTEGRATIONS
					+ "; people file faults with the fault form.");
		}
		AlertRequest request = this.reader.read(body, SystemContext.now());
		AlertOutcome outcome = this.intake.receive(request, this.currentUser.id());
		logger.info("Alert {} from {} ({}) at {}: {} on {}{}", request.key(), request.source(), request.state().code(),
				request.eventTime(), outcome.effect(), outcome.ticketNumber(),
				outcome.duplicate() ? ", a duplicate" : "");
		Receipt receipt = new Receipt(outcome.ticketNumber(), outcome.effect().name(), outcome.occurrences(),
				outcome.duplicate());
		if (outcome.effect() == AlertEffect.OPENED && !outcome.duplicate()) {
			return ResponseEntity.created(URI.create("/api/faults/" + outcome.ticketNumber())).body(receipt);
		}
		return ResponseEntity.ok(receipt);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Rejection> unreadable(HttpMessageNotReadableException exception) {
		return ResponseEntity.badRequest().body(new Rejection("body", "the body is not valid JSON"));
	}

	@ExceptionHandler(IntakeService.IntakeBusyException.class)
	ResponseEntity<Rejection> busy(IntakeService.IntakeBusyException exception) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "5")
			.body(new Rejection(null, exception.getMessage()));
	}

	/** Error body, in the shape of the desk's other API errors. */
	record Rejection(String field, String message) {
	}

	/**
	 * The response to a report.
	 *
	 * @param ticketNumber the ticket opened or updated, or null when none was touched
	 * @param effect what the report did, as {@link AlertEffect} names it
	 * @param occurrences reports of the alert while the ticket is open
	 * @param duplicate whether the same report had been received before, so that this one
	 * changed nothing
	 */
	record Receipt(String ticketNumber, String effect, int occurrences, boolean duplicate) {
	}

}
