package com.limsdesk.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps of a replacement as its users take them. Each test replaces an engineer of its
 * own, created here, because the test users are shared by every process test.
 */
class ReplacementScenario {

	private final ProcessEngine engine;

	private final ProcessScenario scenario;

	ReplacementScenario(ProcessEngine engine) {
		this.engine = engine;
		this.scenario = new ProcessScenario(engine, ReplacementProcess.KEY);
	}

	ProcessScenario process() {
		return this.scenario;
	}

	/** Creates a user with a unique id starting with the prefix, in the given groups. */
	String newUser(String prefix, String email, String... groups) {
		String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		User user = this.engine.getIdentityService().newUser(id);
		user.setFirstName("测试");
		user.setLastName("人员");
		user.setEmail((email != null) ? email : id + "@example.org");
		user.setPassword("Desk-Test-Resident-9Qz");
		this.engine.getIdentityService().saveUser(user);
		for (String group : groups) {
			this.engine.getIdentityService().createMembership(id, group);
		}
		return id;
	}

	String newEngineer() {
		return newUser("resident", null, DeskGroups.ENGINEERS);
	}

	boolean isEngineer(String userId) {
		return this.engine.getIdentityService()
			.createUserQuery()
			.userId(userId)
			.memberOfGroup(DeskGroups.ENGINEERS)
			.count() > 0;
	}

	ProcessInstance request(TestUsers user, String engineer) {
		ProcessInstance instance = this.scenario.start(user, ProcessScenario.form("replacedEngineer", engineer, "cause",
				"institute-request", "reason", "驻点工程师多次未按时响应，院方要求更换"));
		return this.scenario.reload(instance);
	}

	static Map<String, Object> candidate(String name, String login) {
		return ProcessScenario.form("candidateName", name, "candidateLogin", login, "candidateEmail",
				login + "@vendor.example.org", "candidatePhone", "138 0013 8000", "qualifications",
				"Oracle OCP；LIMS 实施三年", "experience", "2021 至今在某检测机构驻点运维 LIMS");
	}

	void propose(ProcessInstance instance, String name, String login) {
		this.scenario.complete(instance, ReplacementProcess.PROPOSE, TestUsers.SUPPORT, candidate(name, login));
	}

	void accept(ProcessInstance instance) {
		this.scenario.complete(instance, ReplacementProcess.REVIEW, TestUsers.MANAGER,
				ProcessScenario.form("candidateDecision", "accept"));
	}

	static Map<String, Object> plan(String start, String trainer) {
		return ProcessScenario.form("trainingStart", start, "trainer", trainer, "planArchitecture",
				"应用服务器、Oracle 数据库、仪器采集与接口的部署结构", "planOperation", "响应与修复时限、变更控制、数据库巡检与运维报告");
	}

	void startTraining(ProcessInstance instance, String start, String trainer) {
		this.scenario.complete(instance, ReplacementProcess.START_TRAINING, TestUsers.SUPPORT, plan(start, trainer));
	}

	static Map<String, Object> entry(String date, Object hours) {
		return ProcessScenario.form("entryDate", date, "entryContent", "样品登记与报告签发流程的运维要点", "entryTrainer", "张伟",
				"entryHours", hours);
	}

	void record(ProcessInstance instance, String date, Object hours) {
		submit(task(instance, ReplacementProcess.RECORD_TRAINING), TestUsers.SUPPORT.id(), entry(date, hours));
	}

	void decide(ProcessInstance instance, Map<String, Object> form) {
		submit(task(instance, ReplacementProcess.DECIDE_ON_POST), TestUsers.MANAGER.id(), form);
	}

	Task task(ProcessInstance instance, String activityId) {
		Task task = this.scenario.task(instance, activityId);
		assertThat(task).as("open task " + activityId).isNotNull();
		return task;
	}

	/** Submits the task's form as the user, who need not be one of the test users. */
	void submit(Task task, String userId, Map<String, Object> form) {
		as(userId, () -> {
			this.engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(form));
			return null;
		});
	}

	<T> T as(String userId, Supplier<T> work) {
		List<String> groups = this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		this.engine.getIdentityService().setAuthentication(userId, groups);
		try {
			return work.get();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

}
