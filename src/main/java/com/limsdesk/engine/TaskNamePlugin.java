package com.limsdesk.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * Puts the record number (the business key) in front of every user task's name, such as
 * {@code GZ-2026-00042 分诊故障}, so Tasklist lists and searches tasks by ticket.
 */
@Component
class TaskNamePlugin extends UserTaskListenerPlugin {

	private static final TaskListener PREFIX_BUSINESS_KEY = TaskNamePlugin::prefixBusinessKey;

	@Override
	protected void addListeners(TaskDefinition task) {
		task.addTaskListener(TaskListener.EVENTNAME_CREATE, PREFIX_BUSINESS_KEY);
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
