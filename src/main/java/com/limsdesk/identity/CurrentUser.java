package com.limsdesk.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user of the current request, as the authentication filter of the desk's REST API
 * set it on the engine's identity service.
 */
@Component
public class CurrentUser {

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Returns the user id, or null outside an authenticated request. */
	public String id() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : null;
	}

	/** Returns the ids of the user's groups, empty outside an authenticated request. */
	public List<String> groups() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getGroupIds() == null) {
			return List.of();
		}
		return authentication.getGroupIds();
	}

	/**
	 * Returns the user who completes a task, after checking that they are in one of the
	 * groups. A user may pass a task on to anyone, so the task's candidate group alone
	 * proves nothing.
	 * @throws AuthorizationException when the user is in none of the groups
	 * @throws IllegalStateException outside an authenticated request, because people
	 * complete tasks
	 */
	public String requireMemberOf(String task, List<String> groupIds) {
		String user = id();
		if (user == null) {
			throw new IllegalStateException("the task '" + task + "' was completed without an authenticated user");
		}
		if (groupIds.stream().noneMatch(groups()::contains)) {
			throw new AuthorizationException("The user with id '" + user + "' may not complete the task '" + task
					+ "': it is for the groups " + String.join(", ", groupIds) + ".");
		}
		return user;
	}

	/**
	 * Returns the engineer a draft task is for. A draft is started by one of the vendor's
	 * engineers for themselves, from a fault fix or a service request, so the named
	 * engineer must be the user starting it.
	 * @throws AuthorizationException for anyone else, so that nobody can hand a draft to
	 * another user
	 */
	public String requireDraftOwner(Object raisedBy) {
		String user = id();
		if (user == null || !isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw new AuthorizationException("The user with id '" + user
					+ "' may not start a draft: only engineers and vendor-support start drafts.");
		}
		if (raisedBy != null && !user.equals(raisedBy)) {
			throw new AuthorizationException("The user with id '" + user + "' may not start a draft for '" + raisedBy
					+ "': a draft is for the engineer who starts it.");
		}
		return user;
	}

	/** Returns whether the user is a member of any of the given groups. */
	public boolean isInAny(String... groupIds) {
		List<String> groups = groups();
		for (String groupId : groupIds) {
			if (groups.contains(groupId)) {
				return true;
			}
		}
		return false;
	}

}
