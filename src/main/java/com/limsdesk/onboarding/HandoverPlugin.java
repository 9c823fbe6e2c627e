package com.limsdesk.onboarding;

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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the successor every task created for a replaced engineer after the handover. A
 * process routes people by its records, such as the engineer who triaged a fault, and
 * these records still name the engineer who left. So a task that reaches that engineer as
 * assignee or candidate user goes to the engineer who took their post instead.
 * <p>
 * NOTE: mail addressed from a record still goes to the replaced engineer, such as the
 * repair warning of a fault that they triaged.
 */
@Component
class HandoverPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<Successors> successors;

	HandoverPlugin(ObjectProvider<Successors> successors) {
		this.successors = successors;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener listener = this::redirect;
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private void redirect(DelegateTask task) {
		Successors found = this.successors.getObject();
		String assignee = task.getAssignee();
		if (assignee != null) {
			String holder = found.holderOf(assignee);
			if (!holder.equals(assignee)) {
				task.setAssignee(holder);
			}
		}
		for (IdentityLink link : List.copyOf(task.getCandidates())) {
			String user = link.getUserId();
			if (user == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			String holder = found.holderOf(user);
			if (!holder.equals(user)) {
				task.deleteCandidateUser(user);
				task.addCandidateUser(holder);
			}
		}
	}

}
