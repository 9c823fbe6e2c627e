package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the record number (the business key) in front of every user task's name, such as
 * {@code GZ-2026-00042 分诊故障}, so Tasklist lists and searches tasks by ticket.
 */
@Component
class TaskNamePlugin extends AbstractProcessEnginePlugin {

	private static final TaskListener PREFIX_BUSINESS_KEY = TaskNamePlugin::prefixBusinessKey;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPreBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPreBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, PREFIX_BUSINESS_KEY);
				}
			}

		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	static void prefixBusinessKey(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		String name = task.getName();
		if (businessKey == null || businessKey.isBlank() || (name != null && name.startsWith(businessKey))) {
			return;
		}
		task.setName((name != null) ? businessKey + " " + name : businessKey);
	}

}
