package com.limsdesk.report;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the engineers read the report and meeting processes and their instances, so that
 * Tasklist shows them the report of a task with its history. Managers and vendor-support
 * read every process already. Applied at every start, adding only what is missing.
 */
@Component
@Order(1)
class ReportAuthorizations implements ApplicationRunner {

	/** The processes whose tasks engineers work on and whose history they read. */
	static final List<String> ENGINEER_READ = List.of(ReportProcess.KEY, "weekly-meeting");

	private final AuthorizationService authorizationService;

	ReportAuthorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String process : ENGINEER_READ) {
			Authorization authorization = this.authorizationService.createAuthorizationQuery()
				.authorizationType(AUTH_TYPE_GRANT)
				.groupIdIn(DeskGroups.ENGINEERS)
				.resourceType(Resources.PROCESS_DEFINITION)
				.resourceId(process)
				.singleResult();
			if (authorization == null) {
				authorization = this.authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
				authorization.setGroupId(DeskGroups.ENGINEERS);
				authorization.setResource(Resources.PROCESS_DEFINITION);
				authorization.setResourceId(process);
			}
			authorization.addPermission(ProcessDefinitionPermissions.READ);
			authorization.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
			authorization.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
