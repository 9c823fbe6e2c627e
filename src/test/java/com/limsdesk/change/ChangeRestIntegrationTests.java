package com.limsdesk.change;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Download;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change driven through the engine REST API, and the change log read and exported
 * through the desk's API, as each kind of user.
 */
@DeskIntegrationTest
class ChangeRestIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ChangeService changes;

	@Autowired
	private TaskService taskService;

	private DeskHttpClient engineer;

	private DeskHttpClient manager;

	private DeskHttpClient reporter;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
	}

	static Map<String, Object> request() {
		Map<String, Object> form = new HashMap<>(ChangeProcessIntegrationTests.request("low"));
		String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
		form.put("windowStart", day + "T18:00");
		form.put("windowEnd", day + "T20:00");
		return form;
	}

	@Test
	void changeLogShowsEveryStepOfAChangeAndExportsIt() throws IOException, InterruptedException {
		String number = startChange();
		String assess = taskId(number);
		Response assessed = this.engineer.post("/engine-rest/task/" + assess + "/submit-form",
				Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low"))));
		assertThat(assessed.status()).as(assessed.body()).isIn(200, 204);

		String approval = taskId(number);
		Response engineerApproves = this.engineer.post("/engine-rest/task/" + approval + "/submit-form",
				Map.of("variables", variables(Map.of("managerDecision", "approve"))));
		this.taskService.setAssignee(approval, TestUsers.ENGINEER.id());
		Response handedOver = this.engineer.post("/engine-rest/task/" + approval + "/submit-form",
				Map.of("variables", variables(Map.of("managerDecision", "approve"))));
		assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(403);
		assertThat(handedOver.json().get("message").asText()).contains("managers");
		this.taskService.setAssignee(approval, null);
		Response rejectsWithoutReason = this.manager.post("/engine-rest/task/" + approval + "/submit-form",
				Map.of("variables", variables(Map.of("managerDecision", "reject"))));
		Response approved = this.manager.post("/engine-rest/task/" + approval + "/submit-form",
				Map.of("variables", variables(Map.of("managerDecision", "approve", "managerComment", "同意"))));

		assertThat(engineerApproves.status()).isIn(403, 404);
		assertThat(rejectsWithoutReason.status()).as(rejectsWithoutReason.body()).isEqualTo(400);
		assertThat(rejectsWithoutReason.json().get("message").asText()).contains("managerComment");
		assertThat(approved.status()).as(approved.body()).isIn(200, 204);

		JsonNode history = awaitStatus(number, "已批准");
		assertThat(history.at("/versions/0/rollbackPlan").asText()).isEqualTo("恢复模板版本库中的上一版本并重新发布");
		assertThat(history.at("/approvals/0/decidedBy").asText()).isEqualTo("manager");
		assertThat(history.at("/approvals/0/comment").asText()).isEqualTo("同意");
		assertThat(history.at("/assessment/by").asText()).isEqualTo("engineer");
		assertThat(history.get("journal").findValuesAsText("kind")).containsExactly("SUBMITTED", "ASSESSED",
				"APPROVAL_OPENED", "APPROVED");

		assertThat(this.manager.get("/api/changes?type=template").json().findValuesAsText("number")).contains(number);
		assertThat(this.manager.get("/api/changes?type=database").json().findValuesAsText("number"))
			.doesNotContain(number);
		assertThat(this.manager.get("/api/changes?module=" + encode("报告")).json().findValuesAsText("number"))
			.contains(number);
		assertThat(this.manager.get("/api/changes?status=CLOSED").json().findValuesAsText("number"))
			.doesNotContain(number);

		Download export = this.manager.download("/api/changes/export?type=template");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.headers().get("content-type").get(0)).startsWith("application/vnd.openxmlformats");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			Sheet log = workbook.getSheet("变更台账");
			assertThat(log.getRow(0).getCell(0).getStringCellValue()).isEqualTo("变更编号");
			Row row = findRow(log, number);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("检测报告模板增加签发日期");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("已批准");
			Row approvalRow = findRow(workbook.getSheet("审批记录"), number);
			assertThat(approvalRow.getCell(2).getStringCellValue()).isEqualTo("院方管理员");
			assertThat(approvalRow.getCell(4).getStringCellValue()).isEqualTo("manager");
			assertThat(findRow(workbook.getSheet("申请版本"), number).getCell(12).getStringCellValue())
				.isEqualTo("恢复模板版本库中的上一版本并重新发布");
			assertThat(findRow(workbook.getSheet("全部记录"), number).getCell(3).getStringCellValue())
				.isEqualTo("SUBMITTED");
			assertThat(row.getCell(15).getStringCellValue()).isEqualTo("只改模板");
		}
	}

	@Test
	void tasklistApiAnswersRejectionsWithClientErrors() {
		String number = startChange();
		String assess = taskId(number);
		DeskHttpClient engineerInTasklist = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		assertThat(engineerInTasklist.loginToWebapp("tasklist").status()).isIn(200, 204);
		String submit = "/camunda/api/engine/engine/default/task/" + assess + "/submit-form";

		Response missingAssessment = engineerInTasklist.post(submit,
				Map.of("variables", variables(Map.of("risk", "low"))));
		this.taskService.setAssignee(assess, TestUsers.REPORTER.id());
		DeskHttpClient reporterInTasklist = new DeskHttpClient(this.port, TestUsers.REPORTER);
		reporterInTasklist.loginToWebapp("tasklist");
		Response byReporter = reporterInTasklist.post(submit,
				Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low"))));

		assertThat(missingAssessment.status()).as(missingAssessment.body()).isEqualTo(400);
		assertThat(missingAssessment.json().get("message").asText()).contains("assessment").contains("评估意见");
		assertThat(byReporter.status()).as(byReporter.body()).isEqualTo(403);
		assertThat(byReporter.json().get("message").asText()).contains("engineers");
		assertThat(this.taskService.createTaskQuery().taskId(assess).count()).isEqualTo(1);
	}

	@Test
	void sameTaskCompletedTwiceAtOnceRecordsOneAssessment() throws Exception {
		String number = startChange();
		String assess = taskId(number);
		DeskHttpClient otherEngineer = new DeskHttpClient(this.port, TestUsers.OTHER_ENGINEER);
		Map<String, Object> body = Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low")));
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);

		java.util.concurrent.CompletableFuture<Response> first = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> submitAfter(start, this.engineer, assess, body));
		java.util.concurrent.CompletableFuture<Response> second = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> submitAfter(start, otherEngineer, assess, body));
		java.util.List<Response> responses = java.util.List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS),
				second.get(60, java.util.concurrent.TimeUnit.SECONDS));

		assertThat(responses).filteredOn((response) -> response.status() / 100 == 2).hasSize(1);
		Response loser = responses.stream()
			.filter((response) -> response.status() / 100 != 2)
			.findFirst()
			.orElseThrow();
		assertThat(loser.status()).as(loser.body()).isIn(404, 409, 500);
		assertThat(loser.body().toLowerCase()).doesNotContain("update desk_").doesNotContain("insert into");
		Change change = this.changes.findByNumber(number);
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind).containsOnlyOnce("ASSESSED");
	}

	private static Response submitAfter(java.util.concurrent.CyclicBarrier start, DeskHttpClient client, String taskId,
			Map<String, Object> body) {
		try {
			start.await(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return client.post("/engine-rest/task/" + taskId + "/submit-form", body);
	}

	@Test
	void badFiltersNameTheField() {
		Response badType = this.manager.get("/api/changes?type=everything");
		Response badDate = this.manager.get("/api/changes?from=2026-13-01");
		Response reversed = this.manager.get("/api/changes?from=2026-12-10&to=2026-12-01");
		Response badStatus = this.manager.get("/api/changes?status=DONE");

		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.json().get("field").asText()).isEqualTo("type");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().get("field").asText()).isEqualTo("from");
		assertThat(reversed.json().get("field").asText()).isEqualTo("to");
		assertThat(badStatus.json().get("field").asText()).isEqualTo("status");
	}

	@Test
	void reportersNeitherStartChangesNorReadTheLog() {
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY).count();

		Response started = this.reporter.post("/engine-rest/process-definition/key/change-control/submit-form",
				Map.of("variables", variables(request())));

		assertThat(started.status()).isIn(403, 404);
		assertThat(this.reporter.get("/api/changes").status()).isEqualTo(403);
		assertThat(this.reporter.download("/api/changes/export").status()).isEqualTo(403);
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/changes").status()).isEqualTo(401);
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/requests").status()).isEqualTo(401);
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void requestWithoutRollbackPlanIsRefusedOverRest() {
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY).count();
		Map<String, Object> form = request();
		form.remove("rollbackPlan");

		Response started = this.engineer.post("/engine-rest/process-definition/key/change-control/submit-form",
				Map.of("variables", variables(form)));

		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(started.json().get("message").asText()).contains("rollbackPlan").contains("回退方案");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void correctionsAreAddedBesideTheChange() {
		String number = startChange();
		Response whileOpen = this.manager.post("/api/changes/" + number + "/corrections", Map.of("text", "x"));
		withdraw(number);

		Response byReporter = this.reporter.post("/api/changes/" + number + "/corrections", Map.of("text", "x"));
		Response empty = this.manager.post("/api/changes/" + number + "/corrections", Map.of("text", " "));
		Response notText = this.manager.post("/api/changes/" + number + "/corrections", Map.of("text", 123));
		Response unknown = this.manager.post("/api/changes/BG-1999-00001/corrections", Map.of("text", "x"));
		Response added = this.manager.post("/api/changes/" + number + "/corrections",
				Map.of("text", "影响模块应为报告管理和打印服务"));

		assertThat(whileOpen.status()).as(whileOpen.body()).isEqualTo(409);
		assertThat(whileOpen.json().get("message").asText()).contains(number).contains("has not ended");
		assertThat(byReporter.status()).isEqualTo(403);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("field").asText()).isEqualTo("text");
		assertThat(notText.status()).as(notText.body()).isEqualTo(400);
		assertThat(notText.json().get("field").asText()).isEqualTo("text");
		assertThat(notText.json().get("message").asText()).contains("must be a string");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(added.json().at("/summary/modules").asText()).isEqualTo("报告管理");
		assertThat(added.json().get("journal").findValuesAsText("detail")).contains("影响模块应为报告管理和打印服务")
			.doesNotContain("x", "123");
		Change change = this.changes.findByNumber(number);
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getActor).contains("manager");
	}

	/** Assesses the change, rejects it as a manager and withdraws it as its engineer. */
	private void withdraw(String number) {
		Response assessed = this.engineer.post("/engine-rest/task/" + taskId(number) + "/submit-form",
				Map.of("variables", variables(Map.of("assessment", "只改模板", "risk", "low"))));
		assertThat(assessed.status()).as(assessed.body()).isIn(200, 204);
		Response rejected = this.manager.post("/engine-rest/task/" + taskId(number) + "/submit-form",
				Map.of("variables", variables(Map.of("managerDecision", "reject", "managerComment", "与月末结账冲突"))));
		assertThat(rejected.status()).as(rejected.body()).isIn(200, 204);
		String revise = awaitTask(number);
		Response withdrawn = this.engineer.post("/engine-rest/task/" + revise + "/submit-form",
				Map.of("variables", variables(Map.of("resubmit", "withdraw", "revisionNote", "院方决定明年再改"))));
		assertThat(withdrawn.status()).as(withdrawn.body()).isIn(200, 204);
		awaitStatus(number, "已撤回");
	}

	/** Waits for the job executor to open the next task after an asynchronous step. */
	private String awaitTask(String number) {
		for (int i = 0; i < 150; i++) {
			JsonNode tasks = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
			if (tasks.size() == 1) {
				return tasks.get(0).get("id").asText();
			}
			sleep();
		}
		throw new AssertionError("no open task for " + number);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String startChange() {
		Response started = this.engineer.post("/engine-rest/process-definition/key/change-control/submit-form",
				Map.of("variables", variables(request())));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String number = started.json().get("businessKey").asText();
		assertThat(number).startsWith("BG-");
		return number;
	}

	/**
	 * Waits for the job executor to run the step after the approvals, which is
	 * asynchronous so that two approvers may decide at the same moment.
	 */
	private JsonNode awaitStatus(String number, String statusLabel) {
		JsonNode history = this.manager.get("/api/changes/" + number).json();
		for (int i = 0; i < 150 && !statusLabel.equals(history.at("/summary/statusLabel").asText()); i++) {
			sleep();
			history = this.manager.get("/api/changes/" + number).json();
		}
		assertThat(history.at("/summary/statusLabel").asText()).isEqualTo(statusLabel);
		return history;
	}

	private String taskId(String number) {
		JsonNode tasks = this.manager.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
		assertThat(tasks.size()).as(tasks.toString()).isEqualTo(1);
		return tasks.get(0).get("id").asText();
	}

	private static Row findRow(Sheet sheet, String number) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && number.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + number + " in sheet " + sheet.getSheetName());
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
