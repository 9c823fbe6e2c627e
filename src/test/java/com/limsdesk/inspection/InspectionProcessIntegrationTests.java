package com.limsdesk.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultAlerts;
import com.limsdesk.fault.FaultEvent;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.oracle.CheckResult;
import com.limsdesk.oracle.CheckStatus;
import com.limsdesk.oracle.OracleCheck;
import com.limsdesk.oracle.OracleCheckRunner;
import com.limsdesk.oracle.OracleFixture;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inspection process against fixture targets: a healthy one, one whose instance goes
 * down and comes back, one that refuses connections, one that hangs and one whose account
 * lacks privileges. Jobs are run by the test, one after the other.
 */
@ProcessIntegrationTest
class InspectionProcessIntegrationTests {

	private static final OracleFixture healthy = OracleFixture.create("inspection-healthy");

	private static final OracleFixture failing = OracleFixture.create("inspection-failing");

	private static final OracleFixture hung = OracleFixture.create("inspection-hung");

	private static Path workDirectory;

	private static Path offlineAlertLog;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private InspectionService inspections;

	@Autowired
	private FaultTicketService tickets;

	@Autowired
	private FaultAlerts alerts;

	@Autowired
	private OracleCheckRunner runner;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@DynamicPropertySource
	static void targets(DynamicPropertyRegistry registry) throws IOException {
		workDirectory = Files.createTempDirectory("inspection-it");
		Path alertLog = Files.writeString(workDirectory.resolve("alert_LIMS.log"), "");
		Path limitedPassword = Files.writeString(workDirectory.resolve("limited.password"), "Limited-Pass-7\n");
		healthy.execute("CREATE USER LIMITED PASSWORD 'Limited-Pass-7'");
		hung.execute("ALTER TABLE V$INSTANCE RENAME TO INSTANCE_ROWS;\n"
				+ "CREATE VIEW V$INSTANCE AS SELECT * FROM INSTANCE_ROWS WHERE DESK_SLEEP(20000) = 1");
		target(registry, 0, "LIMS", healthy.url(), "sa");
		registry.add("desk.oracle.targets[0].alert-log.file", alertLog::toString);
		target(registry, 1, "LIMSDG", failing.url(), "sa");
		target(registry, 2, "OFFLINE", "jdbc:h2:tcp://127.0.0.1:1/offline", "sa");
		offlineAlertLog = Files.writeString(workDirectory.resolve("alert_OFFLINE.log"), "");
		registry.add("desk.oracle.targets[2].alert-log.file", offlineAlertLog::toString);
		target(registry, 3, "HUNG", hung.url(), "sa");
		registry.add("desk.oracle.targets[3].query-timeout", () -> "1s");
		// Only an administrator may pass settings such as MODE in an H2 URL.
		target(registry, 4, "LIMITED", "jdbc:h2:mem:inspection-healthy", "LIMITED");
		registry.add("desk.oracle.targets[4].monitor.password-file", limitedPassword::toString);
		registry.add("desk.oracle.connect-timeout", () -> "1s");
		target(registry, 5, "TWIN", healthy.url(), "sa");
	}

	/**
	 * Returns an alert log entry in the classic format, written an hour ago in the
	 * server's zone.
	 */
	private static String classicEntry(String message) {
		String stamp = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
			.minusHours(1)
			.format(java.time.format.DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", java.util.Locale.ENGLISH));
		return stamp + "\n" + message + "\n";
	}

	private static void target(DynamicPropertyRegistry registry, int index, String name, String url, String user) {
		registry.add("desk.oracle.targets[" + index + "].name", () -> name);
		registry.add("desk.oracle.targets[" + index + "].url", () -> url);
		registry.add("desk.oracle.targets[" + index + "].monitor.user", () -> user);
	}

	@AfterAll
	static void closeFixtures() {
		healthy.close();
		failing.close();
		hung.close();
	}

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
	}

	@Test
	void timerStartsDailyInspection() {
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(InspectionProcess.SCHEDULE_KEY)
			.activityId(InspectionProcess.DAILY_START)
			.singleResult();

		assertThat(timer).isNotNull();
		assertThat(((org.camunda.bpm.engine.impl.persistence.entity.TimerEntity) timer).getRepeat())
			.isEqualTo("0 30 7 * * ?");
		this.engine.getManagementService().executeJob(timer.getId());

		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(InspectionProcess.KEY)
			.active()
			.list()
			.stream()
			.filter((candidate) -> this.inspections.forProcessInstance(candidate.getId())
				.map((inspection) -> inspection.getTrigger() == Inspection.Trigger.TIMER)
				.orElse(false))
			.findFirst()
			.orElseThrow();
		Inspection inspection = this.inspections.forProcessInstance(instance.getId()).orElseThrow();
		assertThat(inspection.getTargetScope()).isNull();
		assertThat(this.inspections.targetsOf(inspection)).containsExactly("LIMS", "LIMSDG", "OFFLINE", "HUNG",
				"LIMITED", "TWIN");
		assertThat(instance).isWaitingAt(InspectionProcess.CHECK_TASKS.get("instance"));
	}

	@Test
	void healthyTargetRecordsEveryCheck() {
		ProcessInstance instance = start("LIMS");

		runJobs(instance);

		Inspection inspection = inspectionOf(instance);
		List<InspectionResult> results = this.inspections.resultsOf(inspection);
		assertThat(results).extracting(InspectionResult::getCheckName)
			.containsExactlyElementsOf(InspectionProcess.CHECK_TASKS.keySet());
		assertThat(result(results, "instance").getStatus()).isEqualTo(CheckStatus.OK);
		assertThat(result(results, "instance").getFigures()).extracting(InspectionResult.StoredFigure::getName)
			.contains("uptime", "restarted");
		for (InspectionResult result : results) {
			assertThat(result.getStatus()).as(result.getCheckName() + ": " + result.getMessage())
				.isEqualTo(CheckStatus.OK);
		}
		assertThat(inspection.getFinishedAt()).isNotNull();
		assertThat(inspection.getWorstStatus()).isEqualTo(CheckStatus.OK);
		assertThat(inspection.getNumber()).startsWith("XJ-");
		assertThat(instance).isEnded().hasPassed(InspectionProcess.ALL_CLEAR);
	}

	@Test
	void criticalFindingKeepsOneTicket() {
		failing.execute("UPDATE V$INSTANCE SET STATUS = 'MOUNTED'");

		ProcessInstance first = start("LIMSDG");
		runJobs(first);

		InspectionResult critical = result(this.inspections.resultsOf(inspectionOf(first)), "instance");
		assertThat(critical.getStatus()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(critical.getTicketNumber()).startsWith("GZ-");
		FaultTicket ticket = this.tickets.findByNumber(critical.getTicketNumber());
		assertThat(ticket.getCategory().code()).isEqualTo("main");
		assertThat(ticket.getSeverity().code()).isEqualTo("major");
		assertThat(ticket.getReporterUser()).isEqualTo("manager");
		ProcessInstance fault = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.singleResult();
		assertThat(fault).isWaitingAt(FaultProcess.TRIAGE);
		assertThat(this.alerts.occurrencesOf(ticket)).isEqualTo(1);

		ProcessInstance second = start("LIMSDG");
		runJobs(second);

		InspectionResult again = result(this.inspections.resultsOf(inspectionOf(second)), "instance");
		assertThat(again.getTicketNumber()).isEqualTo(ticket.getNumber());
		assertThat(this.alerts.occurrencesOf(ticket)).isEqualTo(2);
		assertThat(journalKinds(ticket)).contains("OCCURRENCE");

		failing.execute("UPDATE V$INSTANCE SET STATUS = 'OPEN'");
		ProcessInstance third = start("LIMSDG");
		runJobs(third);

		InspectionResult recovered = result(this.inspections.resultsOf(inspectionOf(third)), "instance");
		assertThat(recovered.getStatus()).isEqualTo(CheckStatus.OK);
		assertThat(recovered.getTicketNumber()).isEqualTo(ticket.getNumber());
		assertThat(journalKinds(ticket)).contains("RECOVERED");
		assertThat(this.tickets.findByNumber(ticket.getNumber()).getClosedAt()).isNull();
		assertThat(fault).isWaitingAt(FaultProcess.TRIAGE);
	}

	@Test
	void warningGoesToReviewAndRaiseOpensTicket() {
		healthy.execute("UPDATE V$DATABASE SET LOG_MODE = 'NOARCHIVELOG'; UPDATE V$INSTANCE SET ARCHIVER = 'STOPPED'");
		ProcessInstance instance;
		try {
			instance = start("LIMS");
			runJobs(instance);
		}
		finally {
			healthy
				.execute("UPDATE V$DATABASE SET LOG_MODE = 'ARCHIVELOG'; UPDATE V$INSTANCE SET ARCHIVER = 'STARTED'");
		}

		assertThat(instance).isWaitingAt(InspectionProcess.REVIEW);
		assertThat((String) this.engine.getRuntimeService()
			.getVariable(instance.getId(), InspectionProcess.FINDING_SUMMARY)).contains("未开启归档模式").contains("实例状态");
		Task review = this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(review.getDueDate()).isAfter(new java.util.Date());
		complete(instance,
				Map.of(InspectionProcess.REVIEW_DECISION, "raise", InspectionProcess.REVIEW_NOTE, "需安排开启归档"));

		assertThat(instance).isEnded().hasPassed(InspectionProcess.REVIEWED);
		Inspection inspection = inspectionOf(instance);
		InspectionResult warning = result(this.inspections.resultsOf(inspection), "instance");
		assertThat(warning.getStatus()).isEqualTo(CheckStatus.WARNING);
		assertThat(warning.getTicketNumber()).startsWith("GZ-");
		FaultTicket raised = this.tickets.findByNumber(warning.getTicketNumber());
		assertThat(raised.getCategory().code()).isEqualTo("general");
		assertThat(raised.getSeverity().code()).isEqualTo("ordinary");
		assertThat(inspection.getReviewedBy()).isEqualTo(TestUsers.ENGINEER.id());
	}

	@Test
	void dismissalWithoutNoteIsRejected() {
		ProcessInstance instance = start("OFFLINE");
		runJobs(instance);
		assertThat(instance).isWaitingAt(InspectionProcess.REVIEW);

		assertThatThrownBy(() -> complete(instance, Map.of(InspectionProcess.REVIEW_DECISION, "dismiss")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("reviewNote");

		assertThat(instance).isWaitingAt(InspectionProcess.REVIEW);
		complete(instance, Map.of(InspectionProcess.REVIEW_DECISION, "dismiss", InspectionProcess.REVIEW_NOTE, "测试环境"));
		assertThat(instance).isEnded();
	}

	@Test
	void concurrentFirstRunsShareOneStateRow() throws Exception {
		OracleCheck check = this.runner.check("instance");
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactionManager);
		java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<CheckResult>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					barrier.await();
					return transaction.execute((status) -> this.runner.run(this.runner.target("TWIN"), check));
				}));
			}

			for (java.util.concurrent.Future<CheckResult> run : runs) {
				assertThat(run.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(CheckStatus.OK);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from desk_oracle_check_state where target = 'TWIN' and check_name = 'instance'"
						+ " and state_key = 'startupTime' and state_value <> ''",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void forgedInspectionIdIsIgnored() {
		ProcessInstance other = start("OFFLINE");
		runJobs(other);
		ProcessInstance instance = start("OFFLINE");
		runJobs(instance);

		complete(instance, Map.of(InspectionProcess.REVIEW_DECISION, "dismiss", InspectionProcess.REVIEW_NOTE, "已知停机",
				"inspectionId", inspectionOf(other).getId()));

		assertThat(inspectionOf(instance).getReviewNote()).isEqualTo("已知停机");
		assertThat(inspectionOf(other).getReviewedBy()).isNull();
		assertThat(other).isWaitingAt(InspectionProcess.REVIEW);
	}

	@Test
	void reviewPassedToReporterIsRejected() {
		ProcessInstance instance = start("OFFLINE");
		runJobs(instance);
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.engine.getTaskService().setAssignee(task.getId(), TestUsers.REPORTER.id());

		assertThatThrownBy(() -> as(TestUsers.REPORTER, () -> {
			this.engine.getFormService()
				.submitTaskForm(task.getId(), new HashMap<>(
						Map.of(InspectionProcess.REVIEW_DECISION, "dismiss", InspectionProcess.REVIEW_NOTE, "不是我的事")));
			return null;
		})).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

		assertThat(inspectionOf(instance).getReviewedBy()).isNull();
		assertThat(instance).isWaitingAt(InspectionProcess.REVIEW);
	}

	@Test
	void refusedConnectionIsCriticalWithoutIncident() throws IOException {
		Files.writeString(offlineAlertLog,
				classicEntry("ORA-00600: internal error code, arguments: [kcratr_nab_less_than_odr], [1], [4812]"),
				java.nio.file.StandardOpenOption.APPEND);
		ProcessInstance instance = start("OFFLINE");

		runJobs(instance);

		List<InspectionResult> results = this.inspections.resultsOf(inspectionOf(instance));
		InspectionResult instanceResult = result(results, "instance");
		assertThat(instanceResult.getStatus()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(instanceResult.getMessage()).contains("无法连接数据库服务器");
		assertThat(instanceResult.getTicketNumber()).startsWith("GZ-");
		assertThat(results).filteredOn((result) -> !List.of("instance", "alert-log").contains(result.getCheckName()))
			.extracting(InspectionResult::getStatus)
			.containsOnly(CheckStatus.UNKNOWN);
		assertThat(result(results, "tablespaces").getMessage()).contains("本项未检查");
		InspectionResult alertLog = result(results, "alert-log");
		assertThat(alertLog.getStatus()).as(alertLog.getMessage()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(alertLog.getMessage()).contains("ORA-00600");
		assertThat(alertLog.getTicketNumber()).isNotEqualTo(instanceResult.getTicketNumber());
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
			.isZero();
	}

	@Test
	void hungQueryIsCriticalAndDistinctFromDown() {
		ProcessInstance instance = start("HUNG");

		runJobs(instance);

		InspectionResult instanceResult = result(this.inspections.resultsOf(inspectionOf(instance)), "instance");
		assertThat(instanceResult.getStatus()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(instanceResult.getMessage()).contains("查询超时").doesNotContain("未启动");
		assertThat(instanceResult.getTicketNumber()).startsWith("GZ-");
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
			.isZero();
	}

	@Test
	void missingPrivilegeIsUnknown() {
		ProcessInstance instance = start("LIMITED");

		runJobs(instance);

		InspectionResult instanceResult = result(this.inspections.resultsOf(inspectionOf(instance)), "instance");
		assertThat(instanceResult.getStatus()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(instanceResult.getMessage()).as(instanceResult.getError()).contains("缺少所需权限");
		assertThat(instanceResult.getTicketNumber()).isNull();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
			.isZero();
	}

	@Test
	void unknownTargetInStartFormIsRejected() {
		assertThatThrownBy(() -> start("NOSUCH")).isInstanceOf(FormInputException.class)
			.hasMessageContaining("targetScope");
	}

	private ProcessInstance start(String target) {
		return as(TestUsers.ENGINEER, () -> {
			String definitionId = this.engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey(InspectionProcess.KEY)
				.latestVersion()
				.singleResult()
				.getId();
			return this.engine.getFormService()
				.submitStartForm(definitionId, new HashMap<>(Map.of(InspectionProcess.TARGET_SCOPE, target)));
		});
	}

	private void complete(ProcessInstance instance, Map<String, Object> form) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(InspectionProcess.REVIEW)
			.singleResult();
		as(TestUsers.ENGINEER, () -> {
			if (task.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), TestUsers.ENGINEER.id());
			}
			this.engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(form));
			return null;
		});
	}

	/** Runs the instance's jobs as the job executor would, until none is left. */
	private void runJobs(ProcessInstance instance) {
		for (int round = 0; round < 200; round++) {
			List<Job> jobs = this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.executable()
				.list();
			if (jobs.isEmpty()) {
				return;
			}
			this.engine.getManagementService().executeJob(jobs.get(0).getId());
		}
		throw new AssertionError("inspection " + instance.getId() + " still has jobs after 200 runs");
	}

	private Inspection inspectionOf(ProcessInstance instance) {
		return this.inspections.forProcessInstance(instance.getId()).orElseThrow();
	}

	private static InspectionResult result(List<InspectionResult> results, String check) {
		return results.stream().filter((result) -> result.getCheckName().equals(check)).findFirst().orElseThrow();
	}

	private List<String> journalKinds(FaultTicket ticket) {
		return this.tickets.journalOf(ticket).stream().map(FaultEvent::getKind).toList();
	}

	private <T> T as(TestUsers user, java.util.function.Supplier<T> work) {
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
