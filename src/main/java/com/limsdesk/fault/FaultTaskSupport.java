package com.limsdesk.fault;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the fault process's task listeners share: the ticket id, the acting user, the
 * form.
 */
@Component
class FaultTaskSupport {

	private final IdentityService identityService;

	private final DeskProperties properties;

	FaultTaskSupport(IdentityService identityService, DeskProperties properties) {
		this.identityService = identityService;
		this.properties = properties;
	}

	static long ticketId(VariableScope scope) {
		Object id = scope.getVariable(FaultProcess.Variables.TICKET_ID);
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("process variable ticketId is missing");
		}
		return number.longValue();
	}

	/** Returns the user completing the task: the logged-in user, else the assignee. */
	String actingUser(DelegateTask task) {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}

	FormValues form(DelegateTask task) {
		return new FormValues(task.getVariables(), this.properties.zone());
	}

}
