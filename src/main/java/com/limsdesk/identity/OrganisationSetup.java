package com.limsdesk.identity;

import com.limsdesk.config.DeskProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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

	private final DeskAccounts accounts;

	OrganisationSetup(IdentityService identityService, RoleAuthorizations roleAuthorizations, TaskFilters taskFilters,
			DeskProperties properties, DeskAccounts accounts) {
		this.identityService = identityService;
		this.roleAuthorizations = roleAuthorizations;
		this.taskFilters = taskFilters;
		this.settings = properties.identity();
		this.accounts = accounts;
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
		boolean system = DeskGroups.ADMINISTRATORS.equals(spec.id()) || DeskGroups.INTEGRATIONS.equals(spec.id());
		group.setType(system ? "SYSTEM" : "WORKFLOW");
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
		this.accounts.create(spec.id(), spec.firstName(), spec.lastName(), spec.email());
	}

}
