package com.limsdesk.identity;

import java.util.Optional;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
		for (String groupId : groupIds) {
			if (isMember(userId, groupId)) {
				return true;
			}
		}
		return false;
	}

	/** Returns the user with this id, or empty when there is none. */
	public Optional<Person> find(String userId) {
		User user = this.systemContext
			.withoutAuthorization(() -> this.identityService.createUserQuery().userId(userId).singleResult());
		return Optional.ofNullable(user)
			.map((found) -> new Person(found.getId(), found.getFirstName(), found.getLastName(), found.getEmail()));
	}

	/** Returns whether the user is a member of the group. */
	public boolean isMember(String userId, String groupId) {
		return this.systemContext.withoutAuthorization(
				() -> this.identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
	}

	/** A desk user as the identity service stores them. */
	public record Person(String id, String firstName, String lastName, String email) {

		/**
		 * Returns the first name followed by the last name, which is how the desk's
		 * Chinese names read (系统 管理员), or the id when both are empty.
		 */
		public String displayName() {
			String name = ((this.firstName != null) ? this.firstName : "")
					+ ((this.lastName != null) ? this.lastName : "");
			return name.isBlank() ? this.id : name;
		}

	}

}
