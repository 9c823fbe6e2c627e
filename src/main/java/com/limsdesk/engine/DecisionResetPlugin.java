package com.limsdesk.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * Removes from the process, when a user task is created, every variable named like one of
 * the task's editable decision or comment fields ({@code managerDecision},
 * {@code decisionComment}). The form would otherwise open prefilled with a value that an
 * earlier step or an earlier round left, and a completion without that field would record
 * it as the approver's own. Task-local variables, the read-only views, stay.
 */
@Component
class DecisionResetPlugin extends UserTaskListenerPlugin {

	private static final TaskListener RESET_DECISIONS = DecisionResetPlugin::resetDecisions;

	@Override
	protected void addListeners(TaskDefinition task) {
		if (task.getCamundaFormDefinitionKey() != null) {
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, RESET_DECISIONS);
		}
	}

	static void resetDecisions(DelegateTask task) {
		// The user whose step created the task may not be allowed to read it.
		FormFields fields = FormFields
			.read(Context.getCommandContext().runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId())));
		for (String key : fields.decisionKeys()) {
			task.getExecution().removeVariable(key);
		}
	}

}
