package com.limsdesk.security;

import com.limsdesk.engine.UserTaskListenerPlugin;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * Lets only its assignee, or a member of {@code camunda-admin}, complete a task that has
 * an assignee. The engine lets every candidate complete a task without claiming it, even
 * while it is assigned to somebody else. A task without an assignee stays open to its
 * candidates. The check runs before the task's own complete listeners and cannot be
 * skipped with them.
 */
@Component
class AssigneeCompletionPlugin extends UserTaskListenerPlugin {

	private static final TaskListener REQUIRE_ASSIGNEE = AssigneeCompletionPlugin::requireAssignee;

	@Override
	protected void addListeners(TaskDefinition task) {
		task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, REQUIRE_ASSIGNEE);
	}

	static void requireAssignee(DelegateTask task) {
		Authentication user = Context.getCommandContext().getAuthentication();
		String assignee = task.getAssignee();
		if (user == null || user.getUserId() == null || assignee == null || assignee.equals(user.getUserId())) {
			// Without a user, the desk's own code completes the task.
			return;
		}
		if (user.getGroupIds() != null && user.getGroupIds().contains(DeskGroups.ADMINISTRATORS)) {
			return;
		}
		throw new AuthorizationException("The user with id '" + user.getUserId() + "' may not complete task '"
				+ task.getName() + "' (" + task.getId() + "): it is assigned to '" + assignee
				+ "', and only the assignee or a member of " + DeskGroups.ADMINISTRATORS + " may complete it.");
	}

}
