package com.limsdesk.identity;

import static com.limsdesk.identity.DeskGroups.ADMINISTRATORS;
import static com.limsdesk.identity.DeskGroups.ENGINEERS;
import static com.limsdesk.identity.DeskGroups.MANAGERS;
import static com.limsdesk.identity.DeskGroups.REPORTERS;
import static com.limsdesk.identity.DeskGroups.VENDOR_SUPPORT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations of each group. Applied at every start, adding what is
 * missing and keeping what an administrator granted on top.
 *
 * <p>
 * Task permissions are not granted here: the engine gives the assignee and the candidate
 * groups of a task read and update rights on that task when it is created, so a reporter
 * can read only the tasks that are theirs.
 */
@Component
class RoleAuthorizations {

	/** Process definitions that institute staff and engineers may start from Tasklist. */
	static final List<String> STARTABLE_PROCESSES = List.of("fault-handling", "service-request", "consultation");

	/** The consultation, in which managers may ask questions as well. */
	static final String CONSULTATION_PROCESS = "consultation";

	/** Processes that the vendor's engineers start and that reporters never see. */
	static final List<String> STAFF_PROCESSES = List.of("database-inspection", "temp-table-cleanup", "change-control");

	/**
	 * Processes that only engineers start, such as their own leave or a problem record.
	 */
	static final List<String> ENGINEER_PROCESSES = List.of("engineer-leave", "problem-management");

	/** Engineer processes whose instances every engineer reads, unlike a leave. */
	static final List<String> SHARED_ENGINEER_PROCESSES = List.of("problem-management");

	/**
	 * The engineer replacement, which managers and vendor-support start. Engineers may
	 * read it because a trainer engineer fills in the training log; reporters never see
	 * it.
	 */
	static final String REPLACEMENT_PROCESS = "engineer-replacement";

	/**
	 * The review of mail from unknown addresses, which mail intake starts and engineers
	 * work on but never start.
	 */
	static final String MAIL_REVIEW_PROCESS = "mail-review";

	/**
	 * Event support and user training, which managers start. Engineers read them because
	 * they go on site for events and deliver trainings; reporters never see them.
	 */
	static final List<String> MANAGER_PROCESSES = List.of("event-support", "training");

	/** The notice of a new system lead, which vendor-support starts. */
	static final String STAFF_CHANGE_PROCESS = "staff-change-notice";

	private final AuthorizationService authorizationService;

	RoleAuthorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	void apply() {
		for (Resource resource : Resources.values()) {
			grant(ADMINISTRATORS, resource, ANY, Permissions.ALL);
		}
		grant(REPORTERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(ENGINEERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(VENDOR_SUPPORT, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(VENDOR_SUPPORT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

		for (String process : STARTABLE_PROCESSES) {
			grant(REPORTERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE);
			grant(ENGINEERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
					ProcessDefinitionPermissions.READ_HISTORY);
		}
		for (String process : STAFF_PROCESSES) {
			grant(ENGINEERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
					ProcessDefinitionPermissions.READ_HISTORY);
			grant(VENDOR_SUPPORT, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
		}
		for (String process : ENGINEER_PROCESSES) {
			grant(ENGINEERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE);
		}
		for (String process : SHARED_ENGINEER_PROCESSES) {
			grant(ENGINEERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_INSTANCE,
					ProcessDefinitionPermissions.READ_HISTORY);
		}
		for (String group : List.of(REPORTERS, ENGINEERS, VENDOR_SUPPORT)) {
			grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
		}
		for (String group : List.of(VENDOR_SUPPORT, MANAGERS)) {
			grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
					ProcessDefinitionPermissions.READ_TASK);
			grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
			grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
		}
		for (String process : STARTABLE_PROCESSES) {
			grant(VENDOR_SUPPORT, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
		}
		grant(MANAGERS, Resources.PROCESS_DEFINITION, REPLACEMENT_PROCESS,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant(MANAGERS, Resources.PROCESS_DEFINITION, CONSULTATION_PROCESS,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant(ENGINEERS, Resources.PROCESS_DEFINITION, REPLACEMENT_PROCESS, ProcessDefinitionPermissions.READ);
		for (String process : List.of(REPLACEMENT_PROCESS, STAFF_CHANGE_PROCESS)) {
			grant(VENDOR_SUPPORT, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
		}
		grant(ENGINEERS, Resources.PROCESS_DEFINITION, MAIL_REVIEW_PROCESS, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
		for (String process : MANAGER_PROCESSES) {
			grant(MANAGERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
			grant(ENGINEERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
		}
		grant(MANAGERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
		for (String group : List.of(ENGINEERS, VENDOR_SUPPORT, MANAGERS)) {
			grant(group, Resources.USER, ANY, Permissions.READ);
			grant(group, Resources.GROUP, ANY, Permissions.READ);
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean changed = authorization.getId() == null;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
