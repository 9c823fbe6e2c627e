package com.limsdesk.cleanup;

import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormValues;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Helpers shared by the steps after the cleanup's user tasks: the acting user and the
 * submitted form. A task can be passed on to anyone, so each step checks the group of the
 * user who completed it.
 */
@Component
class CleanupTaskSupport {

	private final IdentityService identityService;

	private final DeskProperties properties;

	CleanupTaskSupport(IdentityService identityService, DeskProperties properties) {
		this.identityService = identityService;
		this.properties = properties;
	}

	/**
	 * Returns the user who completed the task before this step.
	 * @throws AuthorizationException when the user is in none of the groups
	 */
	String actingMember(String task, List<String> groupIds) {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new IllegalStateException(
					"the cleanup task '" + task + "' was completed without an authenticated user");
		}
		List<String> groups = (authentication.getGroupIds() != null) ? authentication.getGroupIds() : List.of();
		if (groupIds.stream().noneMatch(groups::contains)) {
			throw new AuthorizationException(
					"The user with id '" + authentication.getUserId() + "' may not complete the task '" + task
							+ "': it is for the groups " + String.join(", ", groupIds) + ".");
		}
		return authentication.getUserId();
	}

	FormValues form(DelegateExecution execution) {
		return new FormValues(execution.getVariables(), this.properties.zone());
	}

	/**
	 * Shortens a text to what the engine stores in a string variable, 4,000 characters.
	 * The cleanup record keeps the full text.
	 */
	static String fit(String text) {
		return (text.length() <= 4000) ? text : text.substring(0, 3999) + "…";
	}

}
