package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Removes from the process, when a user task is created, every variable named like one of
 * the task's editable decision or comment fields ({@code managerDecision},
 * {@code decisionComment}). The form would otherwise open prefilled with a value that an
 * earlier step or an earlier round left, and a completion without that field would record
 * it as the approver's own. Task-local variables, the read-only views, stay.
 */
@Component
class DecisionResetPlugin extends AbstractProcessEnginePlugin {

	private static final TaskListener RESET_DECISIONS = DecisionResetPlugin::resetDecisions;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPreBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPreBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
						&& behavior.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
					behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, RESET_DECISIONS);
				}
			}

		});
		configuration.setCustomPreBPMNParseListeners(listeners);
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
