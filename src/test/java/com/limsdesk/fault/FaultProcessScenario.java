package com.limsdesk.fault;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps of the fault process as the users take them, for process tests: start the report,
 * complete each task as a given user, move the engine clock and run a timer.
 */
class FaultProcessScenario {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ProcessEngine engine;

	FaultProcessScenario(ProcessEngine engine) {
		this.engine = engine;
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	void clockAt(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(at(localDateTime)));
	}

	static Map<String, Object> report() {
		Map<String, Object> form = new HashMap<>();
		form.put("contactName", "王芳");
		form.put("contactPhone", "010-6401 2345");
		form.put("module", "样品登记");
		form.put("description", "样品登记页面提交时提示保存失败");
		form.put("affectedUsers", 8L);
		form.put("channel", "tasklist");
		return form;
	}

	ProcessInstance start(TestUsers user, Map<String, Object> form) {
		return as(user, () -> {
			String definitionId = this.engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey(FaultProcess.KEY)
				.latestVersion()
				.singleResult()
				.getId();
			return this.engine.getFormService().submitStartForm(definitionId, form);
		});
	}

	Task task(ProcessInstance instance, String activityId) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activityId)
			.singleResult();
	}

	void complete(ProcessInstance instance, String activityId, TestUsers user, Map<String, Object> form) {
		Task task = task(instance, activityId);
		assertThat(task).as("open task " + activityId).isNotNull();
		as(user, () -> {
			if (task.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), user.id());
			}
			this.engine.getFormService().submitTaskForm(task.getId(), form);
			return null;
		});
	}

	void triage(ProcessInstance instance, String category, String severity) {
		complete(instance, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				new HashMap<>(Map.of("category", category, "severity", severity)));
	}

	void fix(ProcessInstance instance, TestUsers user) {
		complete(instance, FaultProcess.FIX, user, new HashMap<>(Map.of("fixOutcome", "fixed", "fixCause", "应用连接池耗尽",
				"fixActions", "重启应用服务并调整连接池上限", "dataAffected", false)));
	}

	Job timer(ProcessInstance instance, String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	/** Moves the clock to the timer's due time and runs it, as the job executor would. */
	void fire(ProcessInstance instance, String activityId) {
		Job job = timer(instance, activityId);
		assertThat(job).as("timer " + activityId).isNotNull();
		ClockUtil.setCurrentTime(job.getDuedate());
		this.engine.getManagementService().executeJob(job.getId());
	}

	List<String> groupsOf(TestUsers user) {
		return this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user.id())
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
	}

	<T> T as(TestUsers user, java.util.function.Supplier<T> work) {
		this.engine.getIdentityService().setAuthentication(user.id(), groupsOf(user));
		try {
			return work.get();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

}
