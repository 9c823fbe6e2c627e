package com.limsdesk.cleanup;

import java.util.List;

import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Listeners of the two start events, called as
 * {@code ${cleanupStart.requested(execution)}} and
 * {@code ${cleanupStart.scheduled(execution)}}. They record how the run started. A start
 * from Tasklist or the REST API is allowed to engineers, the vendor's maintenance
 * department and administrators only, whatever the Camunda authorizations allow, because
 * a cleanup run ends in dropped tables.
 */
@Component("cleanupStart")
public class CleanupStart {

	static final List<String> STARTER_GROUPS = List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT,
			DeskGroups.ADMINISTRATORS);

	private final IdentityService identityService;

	CleanupStart(IdentityService identityService) {
		this.identityService = identityService;
	}

	/**
	 * Records the trigger of the run.
	 * @throws AuthorizationException when the starting user is in none of the starter
	 * groups, which rolls the start back
	 */
	public void requested(DelegateExecution execution) {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			execution.setVariable(CleanupProcess.Variables.TRIGGER, CleanupProcess.Triggers.TIMER);
			return;
		}
		List<String> groups = (authentication.getGroupIds() != null) ? authentication.getGroupIds() : List.of();
		if (STARTER_GROUPS.stream().noneMatch(groups::contains)) {
			throw new AuthorizationException("The user with id '" + authentication.getUserId() + "' may not start "
					+ CleanupProcess.KEY + ": it is for the groups " + String.join(", ", STARTER_GROUPS) + ".");
		}
		execution.setVariable(CleanupProcess.Variables.TRIGGER, CleanupProcess.Triggers.MANUAL);
	}

}
