package com.limsdesk.identity;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Looks up the desk's users, whatever the current user may read. */
@Component
public class UserDirectory {

	private final IdentityService identityService;

	private final SystemContext systemContext;

	UserDirectory(IdentityService identityService, SystemContext systemContext) {
		this.identityService = identityService;
		this.systemContext = systemContext;
	}

	/** Returns whether a user with this id exists. */
	public boolean exists(String userId) {
		return this.systemContext
			.withoutAuthorization(() -> this.identityService.createUserQuery().userId(userId).count() > 0);
	}

	/** Returns whether the user exists and is a member of at least one of the groups. */
	public boolean isMemberOfAny(String userId, String... groupIds) {
		return this.systemContext.withoutAuthorization(() -> {
			for (String groupId : groupIds) {
				if (this.identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
					return true;
				}
			}
			return false;
		});
	}

}
