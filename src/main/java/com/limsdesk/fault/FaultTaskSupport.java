package com.limsdesk.fault;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Helpers shared by the steps after the fault process's user tasks: the acting user and
 * the submitted form.
 */
@Component
class FaultTaskSupport {

	private final IdentityService identityService;

	private final DeskProperties properties;

	FaultTaskSupport(IdentityService identityService, DeskProperties properties) {
		this.identityService = identityService;
		this.properties = properties;
	}

	/**
	 * Returns the user who completed the task before this step: the user logged in to
	 * Tasklist or the REST API. Tasks are completed by people only, so a missing login is
	 * a programming error.
	 */
	String actingUser() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new IllegalStateException("a fault task was completed without an authenticated user");
		}
		return authentication.getUserId();
	}

	FormValues form(DelegateExecution execution) {
		return new FormValues(execution.getVariables(), this.properties.zone());
	}

}
