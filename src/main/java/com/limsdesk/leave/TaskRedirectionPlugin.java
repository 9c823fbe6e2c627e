package com.limsdesk.leave;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds a task listener on create and on assignment to every user task of every process,
 * which sends a task meant for an engineer on leave to their cover.
 */
@Component
class TaskRedirectionPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskRedirector> redirector;

	/** Takes the redirector lazily, because it needs beans that need the engine. */
	TaskRedirectionPlugin(ObjectProvider<TaskRedirector> redirector) {
		this.redirector = redirector;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener redirect = (task) -> this.redirector.getObject().onTaskEvent(task);
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, redirect);
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, redirect);
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

}
