package com.limsdesk.security;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Starts and task completions over the engine REST API and the webapps' engine API carry
 * only the fields of their form, variables are written directly by administrators only,
 * and an assigned task is completed by its assignee.
 */
@DeskIntegrationTest
class FormSubmissionIntegrationTests {

	private static final String START_CHANGE = "/engine-rest/process-definition/key/change-control/submit-form";

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	private DeskHttpClient engineer;

	private DeskHttpClient manager;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
	}

	static Map<String, Object> changeRequest() {
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
		Map<String, Object> form = new HashMap<>();
		form.put("title", "检测报告模板增加签发日期");
		form.put("changeType", "template");
		form.put("reason", "院方要求报告显示签发日期");
		form.put("modules", "报告管理");
		form.put("description", "在检测报告模板页脚增加签发日期字段");
		form.put("risk", "low");
		form.put("userImpact", "发布期间约 10 分钟无法打印");
		form.put("testPlan", "在测试环境打印三类报告核对页脚");
		form.put("rollbackPlan", "恢复模板版本库中的上一版本并重新发布");
		form.put("windowStart", day + "T18:00");
		form.put("windowEnd", day + "T20:00");
		return form;
	}

	@Test
	void startWithSeededDecisionIsRejected() {
		long before = changeCount();
		Map<String, Object> form = changeRequest();
		form.put("managerDecision", "approve");
		form.put("managerComment", "同意");

		Response submitted = this.engineer.post(START_CHANGE, Map.of("variables", variables(form)));
		Response started = this.engineer.post("/engine-rest/process-definition/key/change-control/start",
				Map.of("variables", variables(form)));

		assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
		assertThat(submitted.json().get("field").asText()).isIn("managerDecision", "managerComment");
		assertThat(submitted.json().get("message").asText()).contains(submitted.json().get("field").asText());
		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(changeCount()).isEqualTo(before);
	}

	@Test
	void completionWithFieldOfLaterTaskIsRejected() {
		String number = startChange();
		String assess = taskId(number);
		Map<String, Object> seeded = Map.of("assessment", "只改模板", "risk", "low", "managerDecision", "approve");

		Response overRest = this.engineer.post("/engine-rest/task/" + assess + "/submit-form",
				Map.of("variables", variables(seeded)));
		Response completed = this.engineer.post("/engine-rest/engine/default/task/" + assess + "/complete",
				Map.of("variables", variables(seeded)));
		Response encoded = this.engineer.post("/engine-rest/task/" + assess + "/compl%65te",
				Map.of("variables", variables(seeded)));
		DeskHttpClient tasklist = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		tasklist.loginToWebapp("tasklist");
		Response inTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + assess + "/submit-form",
				Map.of("variables", variables(seeded)));

		for (Response response : java.util.List.of(overRest, completed, encoded, inTasklist)) {
			assertThat(response.status()).as(response.body()).isEqualTo(400);
			assertThat(response.json().get("field").asText()).isEqualTo("managerDecision");
		}
		assertThat(this.taskService.createTaskQuery().taskId(assess).count()).isEqualTo(1);
	}

	@Test
	void requestAssessmentWithApprovalDecisionIsRejected() {
		DeskHttpClient reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
		Map<String, Object> backup = Map.of("requestType", "data-maintenance", "dataOperation", "backup", "title",
				"备份检测结果表", "description", "升级前备份检测结果表", "module", "结果录入", "contactName", "王芳", "contactPhone",
				"010-6401 2345");
		Response started = reporter.post("/engine-rest/process-definition/key/service-request/submit-form",
				Map.of("variables", variables(backup)));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String assess = taskId(started.json().get("businessKey").asText());

		Response seeded = this.engineer.post("/engine-rest/task/" + assess + "/submit-form", Map.of("variables",
				variables(Map.of("acceptance", "accept", "assessment", "导出结果表", "decision", "approve"))));

		assertThat(seeded.status()).as(seeded.body()).isEqualTo(400);
		assertThat(seeded.json().get("field").asText()).isEqualTo("decision");
		assertThat(this.taskService.createTaskQuery().taskId(assess).count()).isEqualTo(1);
	}

	@Test
	void tasklistSubmissionWithReadOnlyViewIsAccepted() {
		String number = startChange();
		String assess = taskId(number);
		DeskHttpClient tasklist = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		tasklist.loginToWebapp("tasklist");

		Response submitted = tasklist.post("/camunda/api/engine/engine/default/task/" + assess + "/submit-form",
				Map.of("variables", variables(Map.of("changeSummary", "视图", "assessment", "只改模板", "risk", "low"))));

		assertThat(submitted.status()).as(submitted.body()).isIn(200, 204);
		assertThat(this.taskService.createTaskQuery().taskId(assess).count()).isZero();
	}

	@Test
	void emptyApprovalAfterSeededDecisionIsRejected() {
		String number = startChange();
		String assess = taskId(number);
		String instanceId = this.taskService.createTaskQuery().taskId(assess).singleResult().getProcessInstanceId();
		// Code with engine access could still seed the instance; the new task drops it.
		this.runtimeService.setVariable(instanceId, "managerDecision", "approve");
		this.runtimeService.setVariable(instanceId, "managerComment", "工程师写的意见");
		Response assessed = this.engineer.post("/engine-rest/task/" + assess + "/submit-form",
				Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low"))));
		assertThat(assessed.status()).as(assessed.body()).isIn(200, 204);
		String approval = taskId(number);

		Response empty = this.manager.post("/engine-rest/task/" + approval + "/complete", Map.of());

		assertThat(this.runtimeService.getVariable(instanceId, "managerDecision")).isNull();
		assertThat(this.runtimeService.getVariable(instanceId, "managerComment")).isNull();
		assertThat(empty.status()).as(empty.body()).isEqualTo(400);
		assertThat(empty.json().get("field").asText()).isEqualTo("managerDecision");
		assertThat(this.taskService.createTaskQuery().taskId(approval).count()).isEqualTo(1);
	}

	@Test
	void directVariableWritesNeedAnAdministrator() {
		String number = startChange();
		String assess = taskId(number);
		String instanceId = this.taskService.createTaskQuery().taskId(assess).singleResult().getProcessInstanceId();
		DeskHttpClient tasklist = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		tasklist.loginToWebapp("tasklist");
		DeskHttpClient admin = new DeskHttpClient(this.port, TestUsers.ADMIN);
		Map<String, Object> value = Map.of("value", "approve");

		Response put = this.engineer.put("/engine-rest/task/" + assess + "/variables/managerDecision", value);
		Response local = this.engineer.put("/engine-rest/task/" + assess + "/localVariables/managerDecision", value);
		Response modified = this.engineer.post("/engine-rest/task/" + assess + "/variables",
				Map.of("modifications", variables(Map.of("managerDecision", "approve"))));
		Response deleted = this.engineer.delete("/engine-rest/task/" + assess + "/localVariables/changeSummary");
		Response onInstance = this.engineer
			.put("/engine-rest/process-instance/" + instanceId + "/variables/managerDecision", value);
		Response inTasklist = tasklist
			.put("/camunda/api/engine/engine/default/task/" + assess + "/variables/managerDecision", value);
		Response byAdmin = admin.put("/engine-rest/task/" + assess + "/variables/auditNote", Map.of("value", "x"));

		for (Response response : java.util.List.of(put, local, modified, deleted, onInstance, inTasklist)) {
			assertThat(response.status()).as(response.body()).isEqualTo(403);
			assertThat(response.json().get("message").asText()).contains("camunda-admin");
		}
		assertThat(this.runtimeService.getVariable(instanceId, "managerDecision")).isNull();
		assertThat(this.taskService.getVariableLocal(assess, "changeSummary")).isNotNull();
		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(204);
		assertThat(this.engineer.get("/engine-rest/task/" + assess + "/variables").status()).isEqualTo(200);
	}

	@Test
	void assignedTaskIsCompletedOnlyByItsAssignee() {
		String number = startChange();
		String assess = taskId(number);
		assertThat(this.engineer.post("/engine-rest/task/" + assess + "/claim", Map.of("userId", "engineer")).status())
			.isEqualTo(204);
		DeskHttpClient otherEngineer = new DeskHttpClient(this.port, TestUsers.OTHER_ENGINEER);
		Map<String, Object> body = Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low")));

		Response byOther = otherEngineer.post("/engine-rest/task/" + assess + "/submit-form", body);
		Task open = this.taskService.createTaskQuery().taskId(assess).singleResult();
		Response byAssignee = this.engineer.post("/engine-rest/task/" + assess + "/submit-form", body);

		assertThat(byOther.status()).as(byOther.body()).isEqualTo(403);
		assertThat(byOther.json().get("message").asText()).contains("engineer2").contains("assigned to 'engineer'");
		assertThat(open).isNotNull();
		assertThat(byAssignee.status()).as(byAssignee.body()).isIn(200, 204);
	}

	private long changeCount() {
		return this.runtimeService.createProcessInstanceQuery().processDefinitionKey("change-control").count();
	}

	private String startChange() {
		Response started = this.engineer.post(START_CHANGE, Map.of("variables", variables(changeRequest())));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		return started.json().get("businessKey").asText();
	}

	private String taskId(String number) {
		JsonNode tasks = this.manager.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
		if (tasks.size() == 0) {
			tasks = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
		}
		assertThat(tasks.size()).as(tasks.toString()).isEqualTo(1);
		return tasks.get(0).get("id").asText();
	}

}
