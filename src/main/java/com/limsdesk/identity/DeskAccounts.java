package com.limsdesk.identity;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates desk users with their initial password and changes group memberships, for the
 * desk's own steps, whatever the current user may do in the identity service.
 */
@Component
public class DeskAccounts {

	private static final Logger logger = LoggerFactory.getLogger(DeskAccounts.class);

	private final IdentityService identityService;

	private final SystemContext systemContext;

	private final InitialPasswords passwords;

	DeskAccounts(IdentityService identityService, SystemContext systemContext, DeskProperties properties,
			Environment environment) {
		this.identityService = identityService;
		this.systemContext = systemContext;
		this.passwords = new InitialPasswords(environment, properties.identity().passwordFile());
	}

	/**
	 * Creates a user. The password is the one given in the environment as
	 * {@code DESK_PASSWORD_<USER ID>}, or a random one appended to the password file
	 * first, so that no user is created with an unknown password.
	 * <p>
	 * NOTE: the file is not part of the database transaction. When the transaction rolls
	 * back, the file keeps a line for a user that does not exist. A later creation of the
	 * same user appends a new line, and the last line of a user is the valid one.
	 */
	public void create(String userId, String firstName, String lastName, String email) {
		String password = this.passwords.fromEnvironment(userId);
		boolean generated = password == null;
		if (generated) {
			password = this.passwords.generate();
			try {
				this.passwords.record(userId, password);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Writing the initial password of " + userId + " to "
						+ this.passwords.file().toAbsolutePath() + " failed", ex);
			}
		}
		User user = this.identityService.newUser(userId);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(email);
		user.setPassword(password);
		this.systemContext.withoutAuthorization(() -> {
			this.identityService.saveUser(user);
			return null;
		});
		if (generated) {
			logger.info("Created user {}; its initial password is in {}", userId,
					this.passwords.file().toAbsolutePath());
		}
		else {
			logger.info("Created user {} with the password given in the environment", userId);
		}
	}

	/** Adds the user to the group unless they are a member already. */
	public void addMembership(String userId, String groupId) {
		this.systemContext.withoutAuthorization(() -> {
			if (this.identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
				this.identityService.createMembership(userId, groupId);
			}
			return null;
		});
	}

	/** Removes the user from the group; the user and their other groups stay. */
	public void removeMembership(String userId, String groupId) {
		this.systemContext.withoutAuthorization(() -> {
			this.identityService.deleteMembership(userId, groupId);
			return null;
		});
	}

}
