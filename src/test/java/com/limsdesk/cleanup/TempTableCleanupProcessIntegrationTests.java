package com.limsdesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.oracle.OracleFixture;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every path of the cleanup process against an H2 fixture target in Oracle mode: the
 * dictionary views are tables of the fixture, the tables to drop are real tables in its
 * schema LIMS, and DBMS_METADATA.GET_DDL is {@link FixtureMetadata}. Two more targets
 * show that a target without a maintenance account is skipped and one that cannot be read
 * is reported. The job executor is off, so each test runs the asynchronous steps and the
 * timer itself.
 */
@ProcessIntegrationTest
class TempTableCleanupProcessIntegrationTests {

	private static final OracleFixture FIXTURE = OracleFixture.create();

	/** Target STAGING, whose maintenance account does not exist. */
	private static final OracleFixture STAGING = OracleFixture.create();

	private static final String LIMS = "LIMS";

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CleanupRecords records;

	@Autowired
	private CleanupTimerUpdate timerUpdate;

	@DynamicPropertySource
	static void targets(DynamicPropertyRegistry registry) {
		registry.add("desk.oracle.targets[0].name", () -> LIMS);
		registry.add("desk.oracle.targets[0].url", FIXTURE::url);
		registry.add("desk.oracle.targets[0].monitor.user", () -> "sa");
		registry.add("desk.oracle.targets[0].maintenance.user", () -> "sa");
		registry.add("desk.oracle.targets[0].temporary-tables.schemas[0]", () -> LIMS);
		registry.add("desk.oracle.targets[1].name", () -> "REPORTS");
		registry.add("desk.oracle.targets[1].url", () -> "jdbc:h2:mem:cleanup-reports;MODE=Oracle");
		registry.add("desk.oracle.targets[1].monitor.user", () -> "sa");
		registry.add("desk.oracle.targets[1].temporary-tables.schemas[0]", () -> LIMS);
		registry.add("desk.oracle.targets[2].name", () -> "ARCHIVE");
		registry.add("desk.oracle.targets[2].url", () -> "jdbc:h2:mem:cleanup-archive-without-dictionary;MODE=Oracle");
		registry.add("desk.oracle.targets[2].monitor.user", () -> "sa");
		registry.add("desk.oracle.targets[2].maintenance.user", () -> "sa");
		registry.add("desk.oracle.targets[2].temporary-tables.schemas[0]", () -> LIMS);
		registry.add("desk.oracle.targets[3].name", () -> "STAGING");
		registry.add("desk.oracle.targets[3].url", STAGING::url);
		registry.add("desk.oracle.targets[3].monitor.user", () -> "sa");
		registry.add("desk.oracle.targets[3].maintenance.user", () -> "NO_SUCH_USER");
		registry.add("desk.oracle.targets[3].temporary-tables.schemas[0]", () -> LIMS);
	}

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		STAGING.execute("DELETE FROM DBA_TABLES; DELETE FROM DBA_OBJECTS; DELETE FROM DBA_SEGMENTS");
		FIXTURE.execute("DELETE FROM DBA_TABLES; DELETE FROM DBA_OBJECTS; DELETE FROM DBA_SEGMENTS;\n"
				+ "DROP SCHEMA IF EXISTS LIMS CASCADE; CREATE SCHEMA LIMS;\n"
				+ "CREATE SCHEMA IF NOT EXISTS DBMS_METADATA; DROP ALIAS IF EXISTS DBMS_METADATA.GET_DDL;\n"
				+ "CREATE ALIAS DBMS_METADATA.GET_DDL FOR \"" + FixtureMetadata.class.getName() + ".ddl\";\n"
				+ "SET DEFAULT_LOCK_TIMEOUT 500; UPDATE V$PARAMETER SET \"VALUE\" = 'on' WHERE NAME = 'recyclebin';\n"
				+ "DELETE FROM DBA_TABLESPACES WHERE TABLESPACE_NAME = 'OLD_DATA'");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void closeFixtures() {
		FIXTURE.close();
		STAGING.close();
	}

	@Test
	void noCandidatesEndsWithoutReview() {
		table("TMP_RECENT", 3, 10);

		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);

		assertThat(instance).isEnded().hasPassed(CleanupProcess.NOTHING_TO_CLEAN);
		Cleanup cleanup = cleanupOf(instance);
		assertThat(instance.getProcessInstanceId()).isEqualTo(cleanup.getProcessInstanceId());
		assertThat(cleanup.getTrigger()).isEqualTo(CleanupProcess.Triggers.MANUAL);
		assertThat(cleanup.getStartedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(cleanup.getFinishedAt()).isNotNull();
		assertThat(cleanup.getListingNote()).contains("REPORTS（未配置维护账户）").contains("列出失败：ARCHIVE");
		assertThat(this.records.tablesOf(cleanup.getId())).isEmpty();
		assertThat(historicVariable(instance, CleanupProcess.Variables.SUMMARY)).asString().contains("没有需要清理的临时表");
		assertThat(notificationSubjects(cleanup)).containsExactly("[" + cleanup.number() + "] 临时表清理未能检查部分数据库");
		assertThat(tableExists("TMP_RECENT")).isTrue();
	}

	@Test
	void approvedTablesAreDropped() {
		table("TMP_SAMPLE_2024", 90, 12);
		table("BAK_RESULT", 60, 3);
		table("TMP_KEEP", 45, 1);
		table("RESULT", 900, 5);

		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);

		assertThat(instance).isWaitingAt(CleanupProcess.REVIEW);
		Cleanup cleanup = cleanupOf(instance);
		assertThat(businessKey(instance)).isEqualTo(cleanup.number()).matches("QL-\\d{5}");
		Task review = task(instance, CleanupProcess.REVIEW);
		assertThat(review.getName()).isEqualTo(cleanup.number() + " 选择要删除的表");
		assertThat(review).hasCandidateGroup("engineers");
		List<CleanupTable> listed = this.records.tablesOf(cleanup.getId());
		assertThat(listed).extracting(CleanupTable::getName)
			.containsExactlyInAnyOrder("TMP_SAMPLE_2024", "BAK_RESULT", "TMP_KEEP");
		ObjectValue options = this.engine.getTaskService()
			.getVariableLocalTyped(review.getId(), CleanupProcess.Variables.CANDIDATE_OPTIONS, false);
		assertThat(options.getSerializationDataFormat()).isEqualTo("application/json");
		assertThat(options.getValueSerialized()).contains("\"value\":\"" + idOf(listed, "TMP_SAMPLE_2024") + "\"")
			.contains("[LIMS] LIMS.TMP_SAMPLE_2024");

		review(instance, TestUsers.ENGINEER, idOf(listed, "TMP_SAMPLE_2024"), idOf(listed, "BAK_RESULT"));

		assertThat(instance).isWaitingAt(CleanupProcess.APPROVE);
		Task approval = task(instance, CleanupProcess.APPROVE);
		assertThat(approval).hasCandidateGroup("managers");
		assertThat((String) this.engine.getTaskService().getVariableLocal(approval.getId(), "selectionSummary"))
			.contains("LIMS.TMP_SAMPLE_2024")
			.contains("LIMS.BAK_RESULT")
			.doesNotContain("TMP_KEEP");

		approve(instance, TestUsers.MANAGER);
		dropTables(instance);

		assertThat(instance).isEnded().hasPassed(CleanupProcess.CLEANED);
		assertThat(tableExists("TMP_SAMPLE_2024")).isFalse();
		assertThat(tableExists("BAK_RESULT")).isFalse();
		assertThat(tableExists("TMP_KEEP")).isTrue();
		assertThat(tableExists("RESULT")).isTrue();
		CleanupTable sample = table(cleanup, "TMP_SAMPLE_2024");
		assertThat(sample.getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(sample.getRowsAtDrop()).isEqualTo(12);
		assertThat(sample.getDdl()).startsWith("CREATE TABLE \"LIMS\".\"TMP_SAMPLE_2024\"");
		assertThat(sample.getDroppedAt()).isNotNull();
		assertThat(table(cleanup, "BAK_RESULT").getRowsAtDrop()).isEqualTo(3);
		CleanupTable keep = table(cleanup, "TMP_KEEP");
		assertThat(keep.isSelected()).isFalse();
		assertThat(keep.isApproved()).isFalse();
		assertThat(keep.getOutcome()).isNull();
		Cleanup finished = this.records.get(cleanup.getId());
		assertThat(finished.getReviewedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(finished.getDecidedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(finished.getDecision()).isEqualTo("APPROVED");
		assertThat(finished.getSummary()).contains("已删除 2 张")
			.contains("FLASHBACK TABLE \"LIMS\".\"TMP_SAMPLE_2024\" TO BEFORE DROP;");
		assertThat(historicVariable(instance, CleanupProcess.Variables.SUMMARY)).asString().contains("已删除 2 张");
		Map<String, Object> mail = this.jdbc.queryForMap(
				"select subject, recipient_groups from desk_notification where reference = ? and subject like ?",
				"cleanup:" + cleanup.number(), "%清理结果%");
		assertThat(mail.get("subject")).isEqualTo("[" + cleanup.number() + "] 临时表清理结果：删除 2 张，跳过 0 张，失败 0 张");
		assertThat(mail.get("recipient_groups")).isEqualTo("managers,engineers");
	}

	@Test
	void rejectionNeedsReasonAndDropsNothing() {
		table("TMP_SAMPLE_2024", 90, 12);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		review(instance, TestUsers.ENGINEER, idOf(this.records.tablesOf(cleanup.getId()), "TMP_SAMPLE_2024"));

		assertThatThrownBy(() -> complete(instance, CleanupProcess.APPROVE, TestUsers.MANAGER,
				new HashMap<>(Map.of("approval", "reject"))))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("rejectReason");

		assertThat(instance).isWaitingAt(CleanupProcess.APPROVE);

		complete(instance, CleanupProcess.APPROVE, TestUsers.MANAGER,
				new HashMap<>(Map.of("approval", "reject", "rejectReason", "月底结账期间不删除任何表")));

		assertThat(instance).isEnded().hasPassed(CleanupProcess.REJECTED);
		assertThat(tableExists("TMP_SAMPLE_2024")).isTrue();
		CleanupTable sample = table(cleanup, "TMP_SAMPLE_2024");
		assertThat(sample.isSelected()).isTrue();
		assertThat(sample.isApproved()).isFalse();
		assertThat(sample.getOutcome()).isNull();
		Cleanup finished = this.records.get(cleanup.getId());
		assertThat(finished.getDecision()).isEqualTo("REJECTED");
		assertThat(finished.getDecisionReason()).isEqualTo("月底结账期间不删除任何表");
		assertThat(historicVariable(instance, CleanupProcess.Variables.SUMMARY)).asString()
			.contains("拒绝")
			.contains("月底结账期间不删除任何表");
		assertThat(this.jdbc.queryForObject(
				"select recipient_groups from desk_notification where reference = ? and subject like ?", String.class,
				"cleanup:" + cleanup.number(), "%被拒绝%"))
			.isEqualTo("engineers");
	}

	@Test
	void nothingPickedEndsRun() {
		table("TMP_SAMPLE_2024", 90, 12);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);

		review(instance, TestUsers.ENGINEER);

		assertThat(instance).isEnded().hasPassed(CleanupProcess.NOTHING_SELECTED);
		assertThat(tableExists("TMP_SAMPLE_2024")).isTrue();
		assertThat(historicVariable(instance, CleanupProcess.Variables.SUMMARY)).asString().contains("没有选择");
	}

	@Test
	void forgedPickIsRejected() {
		table("TMP_SAMPLE_2024", 90, 12);
		ProcessInstance other = start(TestUsers.ENGINEER);
		listCandidates(other);
		long otherRunsTable = idOf(this.records.tablesOf(cleanupOf(other).getId()), "TMP_SAMPLE_2024");
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		long ownTable = idOf(this.records.tablesOf(cleanupOf(instance).getId()), "TMP_SAMPLE_2024");

		for (String forged : List.of(String.valueOf(otherRunsTable), "999999", "1 OR 1=1")) {
			assertThatThrownBy(() -> review(instance, TestUsers.ENGINEER, forged, String.valueOf(ownTable)))
				.as("pick %s", forged)
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("selectedTables")
				.hasMessageContaining("要删除的表");
		}

		assertThat(instance).isWaitingAt(CleanupProcess.REVIEW);
		assertThat(this.records.tablesOf(cleanupOf(instance).getId())).noneMatch(CleanupTable::isSelected);
	}

	@Test
	void forgedCleanupIdIsIgnored() {
		table("TMP_SAMPLE_2024", 90, 12);
		ProcessInstance other = start(TestUsers.ENGINEER);
		listCandidates(other);
		long otherRunsTable = idOf(this.records.tablesOf(cleanupOf(other).getId()), "TMP_SAMPLE_2024");
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);

		assertThatThrownBy(() -> reviewAs(TestUsers.ENGINEER.id(), instance,
				Map.of("cleanupId", cleanupOf(other).getId()), String.valueOf(otherRunsTable)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("selectedTables");

		assertThat(this.records.tablesOf(cleanupOf(other).getId())).noneMatch(CleanupTable::isSelected);
		assertThat(other).isWaitingAt(CleanupProcess.REVIEW);
	}

	@Test
	void reviewNeedsEngineer() {
		table("TMP_SAMPLE_2024", 90, 12);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		long id = idOf(this.records.tablesOf(cleanupOf(instance).getId()), "TMP_SAMPLE_2024");

		assertThatThrownBy(() -> review(instance, TestUsers.MANAGER, id)).isInstanceOf(AuthorizationException.class);

		assertThat(instance).isWaitingAt(CleanupProcess.REVIEW);
	}

	@Test
	void reviewerMayNotApprove() {
		this.engine.getIdentityService().saveUser(this.engine.getIdentityService().newUser("lead"));
		this.engine.getIdentityService().createMembership("lead", "engineers");
		this.engine.getIdentityService().createMembership("lead", "managers");
		try {
			table("TMP_SAMPLE_2024", 90, 12);
			ProcessInstance instance = start(TestUsers.ENGINEER);
			listCandidates(instance);
			long id = idOf(this.records.tablesOf(cleanupOf(instance).getId()), "TMP_SAMPLE_2024");
			reviewAs("lead", instance, id);

			assertThatThrownBy(() -> as("lead", () -> {
				Task task = task(instance, CleanupProcess.APPROVE);
				this.engine.getTaskService().claim(task.getId(), "lead");
				this.engine.getFormService().submitTaskForm(task.getId(), Map.of("approval", "approve"));
				return null;
			})).isInstanceOf(AuthorizationException.class).hasMessageContaining("another person");

			assertThat(instance).isWaitingAt(CleanupProcess.APPROVE);
		}
		finally {
			this.engine.getIdentityService().deleteUser("lead");
		}
	}

	@Test
	void reporterMayNotStart() {
		long before = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(CleanupProcess.KEY)
			.count();

		assertThatThrownBy(() -> start(TestUsers.REPORTER)).isInstanceOf(AuthorizationException.class);

		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(CleanupProcess.KEY)
			.count()).isEqualTo(before);
	}

	@Test
	void tableGoneBeforeDropIsReported() {
		table("TMP_GONE", 90, 4);
		table("TMP_RECREATED", 90, 4);
		table("TMP_STAYS", 90, 2);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		List<CleanupTable> listed = this.records.tablesOf(cleanup.getId());
		review(instance, TestUsers.ENGINEER, idOf(listed, "TMP_GONE"), idOf(listed, "TMP_RECREATED"),
				idOf(listed, "TMP_STAYS"));
		approve(instance, TestUsers.MANAGER);
		FIXTURE.execute("DROP TABLE \"LIMS\".\"TMP_GONE\"; DELETE FROM DBA_TABLES WHERE TABLE_NAME = 'TMP_GONE';\n"
				+ "UPDATE DBA_OBJECTS SET CREATED = SYSDATE WHERE OBJECT_NAME = 'TMP_RECREATED'");

		dropTables(instance);

		assertThat(instance).isEnded().hasPassed(CleanupProcess.CLEANED);
		CleanupTable missing = table(cleanup, "TMP_GONE");
		assertThat(missing.getOutcome()).isEqualTo(CleanupOutcome.MISSING);
		assertThat(missing.getDdl()).isNull();
		CleanupTable recreated = table(cleanup, "TMP_RECREATED");
		assertThat(recreated.getOutcome()).isEqualTo(CleanupOutcome.CHANGED);
		assertThat(recreated.getError()).contains("重新创建");
		assertThat(tableExists("TMP_RECREATED")).isTrue();
		assertThat(table(cleanup, "TMP_STAYS").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(tableExists("TMP_STAYS")).isFalse();
		assertThat(this.records.get(cleanup.getId()).getSummary()).contains("已删除 1 张").contains("跳过 2 张");
	}

	@Test
	void oddNamesAreQuotedOrRejected() {
		table("TMP_样品 2024 v2", 90, 2);
		table("TMP_lower", 90, 1);
		table("KEEP", 900, 7);
		dictionaryOnly("TMP_X\"; DROP TABLE \"LIMS\".\"KEEP", 90);
		dictionaryOnly("TMP_LINE\nBREAK", 90);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		List<CleanupTable> listed = this.records.tablesOf(cleanup.getId());
		assertThat(listed).hasSize(4);
		review(instance, TestUsers.ENGINEER, listed.stream().map(CleanupTable::getId).toArray());
		approve(instance, TestUsers.MANAGER);

		dropTables(instance);

		assertThat(table(cleanup, "TMP_样品 2024 v2").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(tableExists("TMP_样品 2024 v2")).isFalse();
		assertThat(table(cleanup, "TMP_lower").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		CleanupTable quote = table(cleanup, "TMP_X\"; DROP TABLE \"LIMS\".\"KEEP");
		assertThat(quote.getOutcome()).isEqualTo(CleanupOutcome.INVALID_NAME);
		assertThat(quote.getError()).contains("double quote");
		assertThat(table(cleanup, "TMP_LINE\nBREAK").getOutcome()).isEqualTo(CleanupOutcome.INVALID_NAME);
		assertThat(tableExists("KEEP")).isTrue();
	}

	@Test
	void tablesInUseAreSkipped() throws SQLException {
		table("TMP_BUSY", 90, 2);
		table("TMP_FREE", 90, 2);
		FIXTURE.execute("CREATE GLOBAL TEMPORARY TABLE \"LIMS\".\"TMP_SESSION\" (ID INT)");
		dictionary("TMP_SESSION", 90, null, true);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		List<CleanupTable> listed = this.records.tablesOf(cleanup.getId());
		review(instance, TestUsers.ENGINEER, listed.stream().map(CleanupTable::getId).toArray());
		approve(instance, TestUsers.MANAGER);

		try (Connection session = DriverManager.getConnection(FIXTURE.url(), "sa", "")) {
			session.setAutoCommit(false);
			try (Statement statement = session.createStatement()) {
				statement.execute("INSERT INTO \"LIMS\".\"TMP_BUSY\" VALUES (99, 'open transaction')");
			}
			dropTables(instance);
			session.rollback();
		}

		assertThat(instance).isEnded().hasPassed(CleanupProcess.CLEANED);
		CleanupTable busy = table(cleanup, "TMP_BUSY");
		assertThat(busy.getOutcome()).isEqualTo(CleanupOutcome.IN_USE);
		assertThat(busy.getDdl()).startsWith("CREATE TABLE");
		assertThat(busy.getDroppedAt()).isNull();
		assertThat(tableExists("TMP_BUSY")).isTrue();
		assertThat(table(cleanup, "TMP_FREE").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		CleanupTable session = table(cleanup, "TMP_SESSION");
		assertThat(session.isTemporary()).isTrue();
		assertThat(session.getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(session.getDdl()).startsWith("CREATE GLOBAL TEMPORARY TABLE");
		String summary = this.records.get(cleanup.getId()).getSummary();
		assertThat(summary).contains("正在使用，已跳过").contains("全局临时表按记录的 DDL 重建");
		assertThat(this.engine.getManagementService().createJobQuery().withException().count()).isZero();
	}

	@Test
	void tablesOutsideRecycleBinAreSkipped() {
		table("TMP_SYSTEM", 90, 2);
		table("TMP_DICTIONARY", 90, 2);
		table("TMP_USERS", 90, 2);
		FIXTURE.execute("UPDATE DBA_TABLES SET TABLESPACE_NAME = 'SYSTEM' WHERE TABLE_NAME = 'TMP_SYSTEM';\n"
				+ "INSERT INTO DBA_TABLESPACES (TABLESPACE_NAME, EXTENT_MANAGEMENT) VALUES ('OLD_DATA', 'DICTIONARY');\n"
				+ "UPDATE DBA_TABLES SET TABLESPACE_NAME = 'OLD_DATA' WHERE TABLE_NAME = 'TMP_DICTIONARY';\n"
				+ "UPDATE DBA_TABLES SET TABLESPACE_NAME = 'USERS' WHERE TABLE_NAME = 'TMP_USERS'");
		Cleanup cleanup = approveAll();

		dropTables(instanceOf(cleanup));

		CleanupTable system = table(cleanup, "TMP_SYSTEM");
		assertThat(system.getOutcome()).isEqualTo(CleanupOutcome.UNRECOVERABLE);
		assertThat(system.getError()).contains("SYSTEM");
		assertThat(tableExists("TMP_SYSTEM")).isTrue();
		assertThat(table(cleanup, "TMP_DICTIONARY").getOutcome()).isEqualTo(CleanupOutcome.UNRECOVERABLE);
		assertThat(tableExists("TMP_DICTIONARY")).isTrue();
		assertThat(table(cleanup, "TMP_USERS").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
	}

	@Test
	void recycleBinOffDropsOnlyTemporaryTables() {
		table("TMP_PLAIN", 90, 2);
		FIXTURE.execute("CREATE GLOBAL TEMPORARY TABLE \"LIMS\".\"TMP_SESSION\" (ID INT)");
		dictionary("TMP_SESSION", 90, null, true);
		Cleanup cleanup = approveAll();
		FIXTURE.execute("UPDATE V$PARAMETER SET \"VALUE\" = 'OFF' WHERE NAME = 'recyclebin'");

		dropTables(instanceOf(cleanup));

		CleanupTable plain = table(cleanup, "TMP_PLAIN");
		assertThat(plain.getOutcome()).isEqualTo(CleanupOutcome.UNRECOVERABLE);
		assertThat(plain.getError()).contains("recyclebin=off");
		assertThat(tableExists("TMP_PLAIN")).isTrue();
		assertThat(table(cleanup, "TMP_SESSION").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(tableExists("TMP_SESSION")).isFalse();
	}

	@Test
	void unreachableMaintenanceAccountFailsTablesWithoutIncident() {
		table("TMP_SAMPLE_2024", 90, 12);
		dictionary(STAGING, "TMP_STAGING", 90, 5, false);
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		List<CleanupTable> listed = this.records.tablesOf(cleanup.getId());
		assertThat(table(cleanup, "TMP_STAGING").getTarget()).isEqualTo("STAGING");
		review(instance, TestUsers.ENGINEER, idOf(listed, "TMP_STAGING"), idOf(listed, "TMP_SAMPLE_2024"));
		approve(instance, TestUsers.MANAGER);

		dropTables(instance);

		assertThat(instance).isEnded().hasPassed(CleanupProcess.CLEANED);
		CleanupTable staging = table(cleanup, "TMP_STAGING");
		assertThat(staging.getOutcome()).isEqualTo(CleanupOutcome.FAILED);
		assertThat(staging.getError()).startsWith("维护账户无法连接");
		assertThat(table(cleanup, "TMP_SAMPLE_2024").getOutcome()).isEqualTo(CleanupOutcome.DROPPED);
		assertThat(this.records.get(cleanup.getId()).getSummary()).contains("已删除 1 张").contains("失败 1 张");
		assertThat(this.engine.getManagementService().createJobQuery().withException().count()).isZero();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().count()).isZero();
	}

	@Test
	void monthlyTimerStartsRun() {
		Job timer = monthlyTimer();

		LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due.getDayOfMonth()).isEqualTo(1);
		assertThat(due.toLocalTime()).hasToString("09:00");
		assertThat(((TimerEntity) timer).getRepeat()).isEqualTo(CleanupProperties.DEFAULT_CRON);

		table("TMP_SAMPLE_2024", 90, 12);
		ClockUtil.setCurrentTime(timer.getDuedate());
		this.engine.getManagementService().executeJob(timer.getId());

		ProcessInstance schedule = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(CleanupProcess.SCHEDULE_KEY)
			.singleResult();
		assertThat(schedule).isWaitingAt(CleanupProcess.CALL_CLEANUP);
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(schedule.getId())
			.singleResult();
		assertThat(instance).as("cleanup run called by the schedule").isNotNull();
		listCandidates(instance);
		assertThat(instance).isWaitingAt(CleanupProcess.REVIEW);
		assertThat(cleanupOf(instance).getTrigger()).isEqualTo(CleanupProcess.Triggers.TIMER);
		assertThat(cleanupOf(instance).getStartedBy()).isNull();
		Job next = monthlyTimer();
		assertThat(next.getId()).isNotEqualTo(timer.getId());
		assertThat(next.getDuedate()).isAfter(timer.getDuedate());
		assertThat(LocalDateTime.ofInstant(next.getDuedate().toInstant(), ZoneId.systemDefault()).getDayOfMonth())
			.isEqualTo(1);

		review(instance, TestUsers.ENGINEER);

		assertThat(instance).isEnded();
		assertThat(schedule).isEnded().hasPassed(CleanupProcess.CALL_CLEANUP);
	}

	@Test
	void changedCronMovesTimer() {
		Job timer = monthlyTimer();
		commandOn(timer, (entity) -> {
			entity.setRepeat("0 0 3 * * ?");
			entity.setDuedate(new Date(entity.getDuedate().getTime() + 3_600_000));
		});
		ClockUtil.setCurrentTime(localTime("2030-06-15T10:00"));

		this.timerUpdate.update();

		TimerEntity updated = (TimerEntity) monthlyTimer();
		assertThat(updated.getId()).isEqualTo(timer.getId());
		assertThat(updated.getRepeat()).isEqualTo(CleanupProperties.DEFAULT_CRON);
		assertThat(updated.getDuedate()).isEqualTo(localTime("2030-07-01T09:00"));
	}

	/** Returns a time of day in the JVM's zone, in which Camunda evaluates cron. */
	private static Date localTime(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * Starts a run as an engineer, picks every candidate and approves them as a manager.
	 */
	private Cleanup approveAll() {
		ProcessInstance instance = start(TestUsers.ENGINEER);
		listCandidates(instance);
		Cleanup cleanup = cleanupOf(instance);
		review(instance, TestUsers.ENGINEER,
				this.records.tablesOf(cleanup.getId()).stream().map(CleanupTable::getId).toArray());
		approve(instance, TestUsers.MANAGER);
		return cleanup;
	}

	private ProcessInstance instanceOf(Cleanup cleanup) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(cleanup.getProcessInstanceId())
			.singleResult();
	}

	private Job monthlyTimer() {
		return this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(CleanupProcess.SCHEDULE_KEY)
			.activityId(CleanupProcess.MONTHLY_START)
			.timers()
			.singleResult();
	}

	private void commandOn(Job job, java.util.function.Consumer<TimerEntity> change) {
		((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute((context) -> {
				change.accept((TimerEntity) context.getJobManager().findJobById(job.getId()));
				return null;
			});
	}

	private ProcessInstance start(TestUsers user) {
		return as(user.id(), () -> this.engine.getRuntimeService().startProcessInstanceByKey(CleanupProcess.KEY));
	}

	/** Runs the asynchronous listing step, as the job executor would. */
	private void listCandidates(ProcessInstance instance) {
		runJob(instance, CleanupProcess.LIST_CANDIDATES);
	}

	private void dropTables(ProcessInstance instance) {
		runJob(instance, CleanupProcess.DROP_TABLES);
	}

	private void runJob(ProcessInstance instance, String activityId) {
		Job job = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job of " + activityId).isNotNull();
		this.engine.getManagementService().executeJob(job.getId());
	}

	/** Submits the review form as Tasklist does: the picks as a JSON array of strings. */
	private void review(ProcessInstance instance, TestUsers user, Object... ids) {
		reviewAs(user.id(), instance, ids);
	}

	private void reviewAs(String userId, ProcessInstance instance, Object... ids) {
		reviewAs(userId, instance, Map.of(), ids);
	}

	private void reviewAs(String userId, ProcessInstance instance, Map<String, Object> extra, Object... ids) {
		List<String> picks = new ArrayList<>();
		for (Object id : ids) {
			picks.add("\"" + id + "\"");
		}
		Map<String, Object> form = new HashMap<>();
		form.put(CleanupProcess.Variables.SELECTED_TABLES,
				Variables.serializedObjectValue("[" + String.join(",", picks) + "]")
					.serializationDataFormat("application/json")
					.objectTypeName("java.util.ArrayList")
					.create());
		form.put("reviewNote", "已与实验室确认这些表不再使用");
		form.putAll(extra);
		completeAs(userId, instance, CleanupProcess.REVIEW, form);
	}

	private void approve(ProcessInstance instance, TestUsers user) {
		complete(instance, CleanupProcess.APPROVE, user, new HashMap<>(Map.of("approval", "approve")));
	}

	private void complete(ProcessInstance instance, String activityId, TestUsers user, Map<String, Object> form) {
		completeAs(user.id(), instance, activityId, form);
	}

	private void completeAs(String userId, ProcessInstance instance, String activityId, Map<String, Object> form) {
		Task task = task(instance, activityId);
		assertThat(task).as("open task " + activityId).isNotNull();
		as(userId, () -> {
			if (task.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), userId);
			}
			this.engine.getFormService().submitTaskForm(task.getId(), form);
			return null;
		});
	}

	private Task task(ProcessInstance instance, String activityId) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activityId)
			.singleResult();
	}

	private <T> T as(String userId, Supplier<T> work) {
		List<String> groups = this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
		this.engine.getIdentityService().setAuthentication(userId, groups);
		try {
			return work.get();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	private Cleanup cleanupOf(ProcessInstance instance) {
		Long id = this.jdbc.queryForObject("select id from desk_cleanup where process_instance_id = ?", Long.class,
				instance.getId());
		return this.records.get(id);
	}

	private String businessKey(ProcessInstance instance) {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
	}

	private Object historicVariable(ProcessInstance instance, String name) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private List<String> notificationSubjects(Cleanup cleanup) {
		return this.jdbc.queryForList("select subject from desk_notification where reference = ? order by id",
				String.class, "cleanup:" + cleanup.number());
	}

	private CleanupTable table(Cleanup cleanup, String name) {
		return this.records.tablesOf(cleanup.getId())
			.stream()
			.filter((table) -> table.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static long idOf(List<CleanupTable> tables, String name) {
		return tables.stream().filter((table) -> table.getName().equals(name)).findFirst().orElseThrow().getId();
	}

	/**
	 * Creates a real table in LIMS with the given rows and lists it in the dictionary.
	 */
	private static void table(String name, int ageDays, int rows) {
		String quoted = "\"LIMS\".\"" + name + "\"";
		StringBuilder script = new StringBuilder("CREATE TABLE " + quoted + " (ID INT, NOTE VARCHAR(40))");
		for (int i = 1; i <= rows; i++) {
			script.append(";\nINSERT INTO ")
				.append(quoted)
				.append(" VALUES (")
				.append(i)
				.append(", 'row ")
				.append(i)
				.append("')");
		}
		FIXTURE.execute(script.toString());
		dictionary(name, ageDays, rows, false);
	}

	/**
	 * Lists a table in the dictionary views only, as a forged or damaged record would.
	 */
	private static void dictionaryOnly(String name, int ageDays) {
		dictionary(name, ageDays, 0, false);
	}

	private static void dictionary(String name, int ageDays, Integer rows, boolean temporary) {
		dictionary(FIXTURE, name, ageDays, rows, temporary);
	}

	private static void dictionary(OracleFixture fixture, String name, int ageDays, Integer rows, boolean temporary) {
		try (Connection connection = DriverManager.getConnection(fixture.url(), "sa", "")) {
			try (var statement = connection.prepareStatement(
					"INSERT INTO DBA_TABLES (OWNER, TABLE_NAME, NUM_ROWS, TEMPORARY, DROPPED) VALUES ('LIMS', ?, ?, ?, 'NO')")) {
				statement.setString(1, name);
				statement.setObject(2, rows);
				statement.setString(3, temporary ? "Y" : "N");
				statement.executeUpdate();
			}
			try (var statement = connection.prepareStatement("INSERT INTO DBA_OBJECTS (OWNER, OBJECT_NAME, OBJECT_TYPE,"
					+ " CREATED, STATUS) VALUES ('LIMS', ?, 'TABLE', SYSDATE - CAST(? AS INTEGER), 'VALID')")) {
				statement.setString(1, name);
				statement.setInt(2, ageDays);
				statement.executeUpdate();
			}
			if (!temporary) {
				try (var statement = connection.prepareStatement("INSERT INTO DBA_SEGMENTS (OWNER, SEGMENT_NAME,"
						+ " SEGMENT_TYPE, BYTES) VALUES ('LIMS', ?, 'TABLE', 65536)")) {
					statement.setString(1, name);
					statement.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("failed to list table " + name + " in the fixture dictionary", ex);
		}
	}

	private static boolean tableExists(String name) {
		try (Connection connection = DriverManager.getConnection(FIXTURE.url(), "sa", "");
				var statement = connection.prepareStatement(
						"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'LIMS' AND TABLE_NAME = ?")) {
			statement.setString(1, name);
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) > 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
