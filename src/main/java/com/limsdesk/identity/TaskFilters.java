package com.limsdesk.identity;

import static com.limsdesk.identity.DeskGroups.ENGINEERS;
import static com.limsdesk.identity.DeskGroups.MANAGERS;
import static com.limsdesk.identity.DeskGroups.REPORTERS;
import static com.limsdesk.identity.DeskGroups.VENDOR_SUPPORT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, each sorted by due date so the most urgent task is on top. A
 * filter is created once by its name; an administrator may change it afterwards.
 */
@Component
class TaskFilters {

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	void apply() {
		ensure("我的待办", -10, "分配给我的任务，按到期时间排序",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
				List.of(REPORTERS, ENGINEERS, VENDOR_SUPPORT, MANAGERS));
		ensure("组内待认领", -5, "我所在组可认领的任务，按到期时间排序",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned(),
				List.of(ENGINEERS, VENDOR_SUPPORT, MANAGERS));
		ensure("已逾期", 0, "已过到期时间的组内任务和我的任务",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.dueBeforeExpression("${now()}"),
				List.of(ENGINEERS, VENDOR_SUPPORT, MANAGERS));
	}

	private void ensure(String name, int priority, String description, TaskQuery query, List<String> groups) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = this.filterService.newTaskFilter(name);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("priority", priority);
			properties.put("description", description);
			properties.put("refresh", true);
			filter.setProperties(properties);
			filter.setQuery(query.orderByDueDate().asc());
			this.filterService.saveFilter(filter);
		}
		for (String group : groups) {
			grantRead(group, filter.getId());
		}
	}

	private void grantRead(String groupId, String filterId) {
		long existing = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count();
		if (existing > 0) {
			return;
		}
		Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(Resources.FILTER);
		authorization.setResourceId(filterId);
		authorization.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(authorization);
	}

}
