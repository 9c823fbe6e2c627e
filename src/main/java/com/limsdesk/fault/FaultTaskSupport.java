package com.limsdesk.fault;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormValues;
import java.util.List;

import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
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

	/**
	 * Returns the acting user after checking that they belong to the vendor's engineers.
	 * A user may pass a task on to anyone, so the task's candidate group alone proves
	 * nothing.
	 * @throws AuthorizationException when the user is in neither engineers nor
	 * vendor-support
	 */
	String actingEngineer() {
		String user = actingUser();
		List<String> groups = this.identityService.getCurrentAuthentication().getGroupIds();
		if (groups == null || (!groups.contains(DeskGroups.ENGINEERS) && !groups.contains(DeskGroups.VENDOR_SUPPORT))) {
			throw new AuthorizationException("The user with id '" + user
					+ "' may not complete this task: it is for the groups engineers and vendor-support.");
		}
		return user;
	}

	/**
	 * Returns the acting user after checking that they are the ticket's reporter, who
	 * alone confirms or reopens a fix, even when the task was passed on to someone else.
	 * @throws AuthorizationException for any other user
	 */
	String actingReporter(FaultTicket ticket) {
		String user = actingUser();
		if (!user.equals(ticket.getReporterUser())) {
			throw new AuthorizationException("The user with id '" + user + "' may not confirm ticket "
					+ ticket.getNumber() + ": only its reporter " + ticket.getReporterUser() + " may.");
		}
		return user;
	}

	FormValues form(DelegateExecution execution) {
		return new FormValues(execution.getVariables(), this.properties.zone());
	}

}
