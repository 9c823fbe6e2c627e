package com.limsdesk.fault;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticket driven through the engine REST API and the desk's API as each kind of user.
 */
@DeskIntegrationTest
class FaultRestIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private FaultTicketService tickets;

	private DeskHttpClient reporter;

	private DeskHttpClient otherReporter;

	private DeskHttpClient engineer;

	@BeforeEach
	void setUp() {
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
		this.otherReporter = new DeskHttpClient(this.port, TestUsers.OTHER_REPORTER);
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void requestsWithoutLoginAreRejected() {
		DeskHttpClient anonymous = DeskHttpClient.anonymous(this.port);

		assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/faults").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/service-levels/deadline?rule=onsite&start=2026-12-07T10:00:00").status())
			.isEqualTo(401);
		assertThat(anonymous.get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
		assertThat(new DeskHttpClient(this.port, TestUsers.REPORTER) {
		}.get("/engine-rest/task").status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordIsRejected() {
		DeskHttpClient impostor = new DeskHttpClient(this.port, TestUsers.ENGINEER) {
		};
		Response good = impostor.get("/api/faults");
		assertThat(good.status()).isEqualTo(200);

		Response bad = DeskHttpClient.anonymous(this.port).get("/api/faults");
		assertThat(bad.status()).isEqualTo(401);
		assertThat(bad.headers().get("www-authenticate")).isNotEmpty();
	}

	@Test
	void ticketTravelsFromReportToTriageOverRest() {
		Response started = this.reporter.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(report())));

		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String number = started.json().get("businessKey").asText();
		String instanceId = started.json().get("id").asText();
		assertThat(number).startsWith("GZ-");

		Response own = this.reporter.get("/api/faults/" + number);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().at("/summary/statusLabel").asText()).isEqualTo("待分诊");
		assertThat(this.reporter.get("/api/faults").json().toString()).contains(number);

		assertThat(this.otherReporter.get("/api/faults/" + number).status()).isEqualTo(404);
		assertThat(this.otherReporter.get("/api/faults").json().toString()).doesNotContain(number);
		Response foreignVariables = this.otherReporter
			.get("/engine-rest/process-instance/" + instanceId + "/variables");
		assertThat(foreignVariables.status()).isIn(403, 404);
		assertThat(this.otherReporter.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId)
			.json()
			.size()).isZero();

		JsonNode triage = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);
		assertThat(triage.get("name").asText()).isEqualTo(number + " 分诊故障");
		assertThat(triage.get("due").isNull()).isFalse();
		String taskId = triage.get("id").asText();

		Response reporterCompletes = this.reporter.post("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", variables(Map.of("category", "main", "severity", "ordinary"))));
		assertThat(reporterCompletes.status()).isIn(403, 404);

		Response badSeverity = this.engineer.post("/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", variables(Map.of("category", "main", "severity", "huge"))));
		assertThat(badSeverity.status()).as(badSeverity.body()).isEqualTo(400);
		assertThat(badSeverity.json().get("message").asText()).contains("severity");
		assertThat(this.taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

		assertThat(this.engineer.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "engineer")).status())
			.isEqualTo(204);
		Response triaged = this.engineer.post("/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", variables(Map.of("category", "main", "severity", "ordinary"))));
		assertThat(triaged.status()).as(triaged.body()).isIn(200, 204);

		JsonNode detail = this.engineer.get("/api/faults/" + number).json();
		assertThat(detail.at("/summary/severity").asText()).isEqualTo("ordinary");
		assertThat(detail.get("respondedAt").isNull()).isFalse();
		assertThat(detail.get("journal").toString()).contains("TRIAGED");
	}

	@Test
	void invalidReportOverRestLeavesNothingBehind() {
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(FaultProcess.KEY).count();
		Map<String, Object> form = report();
		form.remove("contactPhone");

		Response submitForm = this.reporter.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(form)));
		Response start = this.reporter.post("/engine-rest/process-definition/key/fault-handling/start",
				Map.of("variables", variables(form)));

		assertThat(submitForm.status()).as(submitForm.body()).isEqualTo(400);
		assertThat(submitForm.json().get("message").asText()).contains("contactPhone");
		assertThat(start.status()).as(start.body()).isEqualTo(400);
		assertThat(start.json().get("message").asText()).contains("contactPhone");
		assertThat(start.json().get("field").asText()).isEqualTo("contactPhone");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(FaultProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void reclassificationOverApiMovesTimers() {
		String number = startAndTriage("main", "ordinary");
		FaultTicket ticket = this.tickets.findByNumber(number);

		Response rejected = this.reporter.put("/api/faults/" + number + "/classification",
				Map.of("category", "main", "severity", "critical", "reason", "数据丢失"));
		Response missingReason = this.engineer.put("/api/faults/" + number + "/classification",
				Map.of("category", "main", "severity", "critical"));
		Response badSeverity = this.engineer.put("/api/faults/" + number + "/classification",
				Map.of("category", "main", "severity", "enormous", "reason", "x"));
		Response accepted = this.engineer.put("/api/faults/" + number + "/classification",
				Map.of("category", "main", "severity", "critical", "reason", "确认有数据丢失"));

		assertThat(rejected.status()).isIn(403, 404);
		assertThat(missingReason.status()).isEqualTo(400);
		assertThat(missingReason.json().get("field").asText()).isEqualTo("reason");
		assertThat(badSeverity.status()).isEqualTo(400);
		assertThat(badSeverity.json().get("field").asText()).isEqualTo("severity");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		Instant expectedDue = ticket.getReportedAt().plus(Duration.ofHours(24));
		Job overdue = this.managementService.createJobQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.activityId(FaultProcess.REPAIR_OVERDUE)
			.singleResult();
		assertThat(overdue.getDuedate().toInstant()).isEqualTo(expectedDue);
		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.singleResult()
			.getDueDate()
			.toInstant()).isEqualTo(expectedDue);
		assertThat(this.runtimeService.getVariable(ticket.getProcessInstanceId(), "severity")).isEqualTo("critical");
	}

	@Test
	void responseTimerEscalatesWithoutAnyoneWatching() throws InterruptedException {
		Response started = this.reporter.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(report())));
		String number = started.json().get("businessKey").asText();
		FaultTicket ticket = this.tickets.findByNumber(number);

		ClockUtil.setCurrentTime(Date.from(ticket.getResponseDue().plusMillis(100)));
		// The job executor alone must run the timer; the wait is a bound, the latency is
		// measured by TimerLatencyBenchmark.
		boolean escalated = false;
		long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!escalated && System.nanoTime() < end) {
			Thread.sleep(200);
			escalated = this.tickets.journalOf(this.tickets.findByNumber(number))
				.stream()
				.anyMatch((event) -> "ESCALATED".equals(event.getKind()));
		}

		assertThat(escalated).isTrue();
		assertThat(this.taskService.createTaskQuery()
			.processInstanceBusinessKey(number)
			.taskCandidateGroup("vendor-support")
			.count()).isEqualTo(1);
	}

	@Test
	void changedTaskVariablesCannotReachAnotherTicket() {
		String victim = startAndTriage(this.otherReporter, "main", "ordinary");
		String own = startAndTriage(this.reporter, "main", "ordinary");
		JsonNode fix = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + own).json().get(0);
		assertThat(this.engineer
			.post("/engine-rest/task/" + fix.get("id").asText() + "/submit-form",
					Map.of("variables", variables(Map.of("fixOutcome", "fixed", "fixCause", "缓存失效", "fixActions",
							"清理缓存", "dataAffected", false))))
			.status()).isIn(200, 204);
		JsonNode confirm = this.reporter.get("/engine-rest/task?processInstanceBusinessKey=" + own).json().get(0);
		long victimId = this.tickets.findByNumber(victim).getId();

		Response tampered = this.reporter.put("/engine-rest/task/" + confirm.get("id").asText() + "/variables/ticketId",
				Map.of("value", victimId, "type", "Long"));
		Response smuggled = this.reporter.post("/engine-rest/task/" + confirm.get("id").asText() + "/submit-form",
				Map.of("variables", variables(Map.of("confirmation", "confirm", "ticketId", victimId))));
		Response confirmed = this.reporter.post("/engine-rest/task/" + confirm.get("id").asText() + "/submit-form",
				Map.of("variables", variables(Map.of("confirmation", "confirm"))));

		assertThat(tampered.status()).isEqualTo(403);
		assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(400);
		assertThat(smuggled.json().get("field").asText()).isEqualTo("ticketId");
		assertThat(confirmed.status()).as(confirmed.body()).isIn(200, 204);
		assertThat(this.tickets.findByNumber(own).getStatus()).isEqualTo(FaultStatus.CLOSED);
		assertThat(this.tickets.findByNumber(victim).getStatus()).isEqualTo(FaultStatus.IN_REPAIR);
		assertThat(this.tickets.journalOf(this.tickets.findByNumber(victim))).extracting(FaultEvent::getKind)
			.doesNotContain("CONFIRMED", "FIXED");
	}

	@Test
	void confirmationPassedOnByReporterIsRejected() {
		String number = startAndTriage(this.reporter, "main", "ordinary");
		JsonNode fix = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);
		this.engineer
			.post("/engine-rest/task/" + fix.get("id").asText() + "/submit-form", Map.of("variables", variables(
					Map.of("fixOutcome", "fixed", "fixCause", "配置错误", "fixActions", "修正配置", "dataAffected", false))));
		String confirmId = this.reporter.get("/engine-rest/task?processInstanceBusinessKey=" + number)
			.json()
			.get(0)
			.get("id")
			.asText();

		Response handedOver = this.reporter.post("/engine-rest/task/" + confirmId + "/assignee",
				Map.of("userId", TestUsers.ENGINEER.id()));
		Response engineerConfirms = this.engineer.post("/engine-rest/task/" + confirmId + "/submit-form",
				Map.of("variables", variables(Map.of("confirmation", "confirm"))));

		assertThat(handedOver.status()).isEqualTo(204);
		assertThat(engineerConfirms.status()).as(engineerConfirms.body()).isEqualTo(403);
		assertThat(this.tickets.findByNumber(number).getStatus()).isEqualTo(FaultStatus.AWAITING_CONFIRMATION);
		assertThat(this.taskService.createTaskQuery().taskId(confirmId).count()).isEqualTo(1);
	}

	private String startAndTriage(String category, String severity) {
		return startAndTriage(this.reporter, category, severity);
	}

	private String startAndTriage(DeskHttpClient filer, String category, String severity) {
		Response started = filer.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(report())));
		String number = started.json().get("businessKey").asText();
		JsonNode triage = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);
		Response done = this.engineer.post("/engine-rest/task/" + triage.get("id").asText() + "/submit-form",
				Map.of("variables", variables(Map.of("category", category, "severity", severity))));
		assertThat(done.status()).as(done.body()).isIn(200, 204);
		return number;
	}

	private static Map<String, Object> report() {
		Map<String, Object> form = new HashMap<>();
		form.put("contactName", "李明");
		form.put("contactPhone", "010-6401 2346");
		form.put("module", "结果录入");
		form.put("description", "结果录入页面部分检测项目的计算结果明显错误");
		form.put("affectedUsers", 5);
		form.put("channel", "tasklist");
		return form;
	}

}
