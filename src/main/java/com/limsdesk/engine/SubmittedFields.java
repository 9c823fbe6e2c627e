package com.limsdesk.engine;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Clean-up of the fields that a completed task's form wrote to its process. */
public final class SubmittedFields {

	private SubmittedFields() {
	}

	/**
	 * Removes the named fields from the process once a step has recorded them. Task-local
	 * fields are left alone, because they are removed with the task.
	 */
	public static void remove(DelegateTask task, List<String> names) {
		Map<String, Object> local = task.getVariablesLocal();
		for (String name : names) {
			if (!local.containsKey(name)) {
				task.getExecution().removeVariable(name);
			}
		}
	}

}
