package com.limsdesk.identity;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.limsdesk.config.DeskProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the desk's groups and configured users at start, then its authorizations and
 * Tasklist filters. Existing groups and users are left as they are, so a restart never
 * resets a password.
 */
@Component
@Order(0)
class OrganisationSetup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(OrganisationSetup.class);

	private final IdentityService identityService;

	private final RoleAuthorizations roleAuthorizations;

	private final TaskFilters taskFilters;

	private final DeskProperties.Identity settings;

	private final InitialPasswords passwords;

	OrganisationSetup(IdentityService identityService, RoleAuthorizations roleAuthorizations, TaskFilters taskFilters,
			DeskProperties properties, Environment environment) {
		this.identityService = identityService;
		this.roleAuthorizations = roleAuthorizations;
		this.taskFilters = taskFilters;
		this.settings = properties.identity();
		this.passwords = new InitialPasswords(environment, this.settings.passwordFile());
	}

	@Override
	public void run(ApplicationArguments args) {
		DeskGroups.ALL.forEach(this::ensureGroup);
		this.settings.users().forEach(this::ensureUser);
		this.roleAuthorizations.apply();
		this.taskFilters.apply();
	}

	private void ensureGroup(DeskGroups.Group spec) {
		if (this.identityService.createGroupQuery().groupId(spec.id()).count() > 0) {
			return;
		}
		Group group = this.identityService.newGroup(spec.id());
		group.setName(spec.name());
		group.setType(DeskGroups.ADMINISTRATORS.equals(spec.id()) ? "SYSTEM" : "WORKFLOW");
		this.identityService.saveGroup(group);
		logger.info("Created group {} ({})", spec.id(), spec.name());
	}

	private void ensureUser(DeskProperties.UserSpec spec) {
		if (this.identityService.createUserQuery().userId(spec.id()).count() == 0) {
			createUser(spec);
		}
		for (String groupId : spec.groups()) {
			if (this.identityService.createUserQuery().userId(spec.id()).memberOfGroup(groupId).count() == 0) {
				this.identityService.createMembership(spec.id(), groupId);
			}
		}
	}

	private void createUser(DeskProperties.UserSpec spec) {
		String password = this.passwords.fromEnvironment(spec.id());
		boolean generated = password == null;
		if (generated) {
			password = this.passwords.generate();
			// The file is written first, so that no user is created with an unknown
			// password.
			try {
				this.passwords.record(spec.id(), password);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Writing the initial password of " + spec.id() + " to "
						+ this.passwords.file().toAbsolutePath() + " failed", ex);
			}
		}
		User user = this.identityService.newUser(spec.id());
		user.setFirstName(spec.firstName());
		user.setLastName(spec.lastName());
		user.setEmail(spec.email());
		user.setPassword(password);
		this.identityService.saveUser(user);
		if (generated) {
			logger.info("Created user {}; its initial password is in {}", spec.id(),
					this.passwords.file().toAbsolutePath());
		}
		else {
			logger.info("Created user {} with the password given in the environment", spec.id());
		}
	}

}
