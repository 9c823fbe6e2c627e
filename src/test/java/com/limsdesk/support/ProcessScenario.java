package com.limsdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps of a process as its users take them, for process tests: submit the start form,
 * complete a task as a given user through its form, move the engine clock and run a
 * timer.
 */
public class ProcessScenario {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ProcessEngine engine;

	private final String processKey;

	public ProcessScenario(ProcessEngine engine, String processKey) {
		this.engine = engine;
		this.processKey = processKey;
	}

	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	public static Map<String, Object> form(Object... keysAndValues) {
		Map<String, Object> form = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			form.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return form;
	}

	public void clockAt(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(at(localDateTime)));
	}

	public ProcessInstance start(TestUsers user, Map<String, Object> form) {
		return as(user, () -> {
			String definitionId = this.engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey(this.processKey)
				.latestVersion()
				.singleResult()
				.getId();
			return this.engine.getFormService().submitStartForm(definitionId, new HashMap<>(form));
		});
	}

	/** Returns the instance again, with the business key its first step set. */
	public ProcessInstance reload(ProcessInstance instance) {
		ProcessInstance current = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		return (current != null) ? current : instance;
	}

	public Task task(ProcessInstance instance, String activityId) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activityId)
			.singleResult();
	}

	/**
	 * Claims the task when nobody holds it, submits its form as the user and runs the
	 * asynchronous continuations that the completion left.
	 */
	public void complete(ProcessInstance instance, String activityId, TestUsers user, Map<String, Object> form) {
		Task task = task(instance, activityId);
		assertThat(task).as("open task " + activityId).isNotNull();
		as(user, () -> {
			if (task.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), user.id());
			}
			this.engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(form));
			return null;
		});
		runAsyncSteps(instance);
	}

	/** Submits the form as the user without claiming, as a user handed the task would. */
	public void submit(Task task, TestUsers user, Map<String, Object> form) {
		as(user, () -> {
			this.engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(form));
			return null;
		});
	}

	public Job timer(ProcessInstance instance, String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	/** Moves the clock to the timer's due time and runs it, as the job executor would. */
	public void fire(ProcessInstance instance, String activityId) {
		Job job = timer(instance, activityId);
		assertThat(job).as("timer " + activityId).isNotNull();
		ClockUtil.setCurrentTime(job.getDuedate());
		this.engine.getManagementService().executeJob(job.getId());
	}

	/**
	 * Runs the instance's asynchronous continuations, as the job executor would, until
	 * none is left. Timers are left alone.
	 */
	public void runAsyncSteps(ProcessInstance instance) {
		List<Job> jobs = asyncSteps(instance);
		while (!jobs.isEmpty()) {
			for (Job job : jobs) {
				this.engine.getManagementService().executeJob(job.getId());
			}
			jobs = asyncSteps(instance);
		}
	}

	private List<Job> asyncSteps(ProcessInstance instance) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.messages()
			.list();
	}

	public <T> T as(TestUsers user, Supplier<T> work) {
		List<String> groups = this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user.id())
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
		this.engine.getIdentityService().setAuthentication(user.id(), groups);
		try {
			return work.get();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

}
