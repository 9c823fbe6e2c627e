package com.limsdesk.cleanup;

import java.util.List;

import com.limsdesk.engine.TaskViews;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormValues;
import com.limsdesk.identity.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Helpers shared by the steps after the cleanup's user tasks: the acting user and the
 * submitted form. A task can be passed on to anyone, so each step checks the group of the
 * user who completed it.
 */
@Component
class CleanupTaskSupport {

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	CleanupTaskSupport(CurrentUser currentUser, DeskProperties properties) {
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Returns the user who completed the task before this step.
	 * @throws AuthorizationException when the user is in none of the groups
	 */
	String actingMember(String task, List<String> groupIds) {
		return this.currentUser.requireMemberOf(task, groupIds);
	}

	FormValues form(DelegateExecution execution) {
		return new FormValues(execution.getVariables(), this.properties.zone());
	}

	static String fit(String text) {
		return TaskViews.fit(text);
	}

}
