package com.limsdesk.oracle;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BackupCheckTests {

	private static final double GIB = 1024.0 * 1024 * 1024;

	private final OracleFixture fixture = OracleFixture.create();

	private final BackupCheck check = new BackupCheck(new BackupThresholds(null, null, null, null, null, null, null));

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void healthyBackupsAreOk() {
		CheckState state = new CheckState(Map.of());

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.severityHint()).isNull();
		assertThat(value(result, "DB INCR", "last_success_age")).isCloseTo(36000, within(60.0));
		assertThat(value(result, "DB INCR", "output_bytes")).isEqualTo(5368709120.0);
		assertThat(value(result, "DB INCR", "elapsed_seconds")).isEqualTo(3600);
		assertThat(value(result, "ARCHIVELOG", "last_success_age")).isCloseTo(7200, within(60.0));
		assertThat(value(result, "ARCHIVELOG", "output_bytes")).isEqualTo(471859200);
		assertThat(value(result, "", "database_backup_age")).isCloseTo(36000, within(60.0));
		assertThat(value(result, "", "archivelog_backup_age")).isCloseTo(7200, within(60.0));
		assertThat(value(result, "", "failed_jobs")).isZero();
		assertThat(value(result, "", "warning_jobs")).isZero();
		assertThat(value(result, "", "success_rate")).isEqualTo(100.0);
		assertThat(value(result, "", "jobs_finished")).isEqualTo(3);
		assertThat(value(result, "", "jobs_completed")).isEqualTo(3);
		assertThat(value(result, "", "fra_used_percent")).isEqualTo(35.0);
		assertThat(value(result, "", "fra_used_bytes")).isEqualTo(40 * GIB);
		assertThat(value(result, "", "fra_reclaimable_bytes")).isEqualTo(5 * GIB);
		assertThat(value(result, "", "fra_limit_bytes")).isEqualTo(100 * GIB);
		assertThat(value(result, "", "archive_dest_errors")).isZero();
		assertThat(result.message()).contains("近 2 天备份成功率 100.0%（3/3）")
			.contains("最近一次成功的数据库备份（DB INCR）完成于 10.0 小时前")
			.contains("扣除可回收的 5.0 GiB 后已用 35.0%（上限 100.0 GiB）");
		assertThat(LocalDateTime.parse(state.get(BackupCheck.LAST_RUN_KEY))).isAfter(LocalDateTime.now().minusDays(1));
	}

	@Test
	void failedJobIsCritical() {
		insertJob(1010, "DB INCR", "FAILED", 5 * 60, 4 * 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "failed_jobs")).isEqualTo(1);
		assertThat(value(result, "", "success_rate")).isEqualTo(75.0);
		assertThat(value(result, "", "jobs_finished")).isEqualTo(4);
		assertThat(value(result, "", "jobs_completed")).isEqualTo(3);
		assertThat(result.message()).contains("近 2 天有 1 个备份作业失败：DB INCR（").contains("FAILED）");
	}

	@Test
	void completedWithErrorsIsCritical() {
		insertJob(1010, "ARCHIVELOG", "COMPLETED WITH ERRORS", 70, 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "failed_jobs")).isEqualTo(1);
		assertThat(value(result, "", "archivelog_backup_age")).isCloseTo(7200, within(60.0));
		assertThat(result.message()).contains("COMPLETED WITH ERRORS");
	}

	@Test
	void failureFollowedBySuccessIsWarning() {
		insertJob(990, "DB INCR", "FAILED", 21 * 60, 20 * 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "failed_jobs")).isEqualTo(1);
		assertThat(result.message()).contains("有 1 个备份作业失败，之后同类备份已成功：DB INCR（");
	}

	@Test
	void completedWithWarningsIsWarning() {
		insertJob(1010, "ARCHIVELOG", "COMPLETED WITH WARNINGS", 70, 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "warning_jobs")).isEqualTo(1);
		assertThat(value(result, "", "failed_jobs")).isZero();
		assertThat(value(result, "", "success_rate")).isEqualTo(100.0);
		assertThat(value(result, "ARCHIVELOG", "last_success_age")).isCloseTo(3600, within(60.0));
		assertThat(result.message()).contains("有 1 个备份作业带警告：ARCHIVELOG（");
	}

	@Test
	void failureBeforeLookBackIsIgnored() {
		insertJob(900, "DB FULL", "FAILED", 73 * 60, 72 * 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "failed_jobs")).isZero();
		assertThat(value(result, "", "success_rate")).isEqualTo(100.0);
	}

	@Test
	void failureSinceEarlierLastRunIsCritical() {
		insertJob(900, "DB FULL", "FAILED", 73 * 60, 72 * 60);
		String fiveDaysAgo = LocalDateTime.now().minusDays(5).withNano(0).toString();
		CheckState state = new CheckState(Map.of(BackupCheck.LAST_RUN_KEY, fiveDaysAgo));

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "failed_jobs")).isEqualTo(1);
		assertThat(value(result, "", "jobs_finished")).isEqualTo(4);
		assertThat(value(result, "", "success_rate")).isEqualTo(100.0);
		assertThat(result.message()).contains("自上次检查（").contains("）以来有 1 个备份作业失败：DB FULL（");
	}

	@Test
	void jobsEndedSinceLastRunAreCountedOnce() {
		insertJob(1010, "ARCHIVELOG", "COMPLETED", 40, 30);
		insertJob(1011, "ARCHIVELOG", "FAILED", 20, 15);
		String hourAgo = LocalDateTime.now().minusHours(1).withNano(0).toString();
		CheckState state = new CheckState(Map.of(BackupCheck.LAST_RUN_KEY, hourAgo));

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(value(result, "", "jobs_finished")).isEqualTo(2);
		assertThat(value(result, "", "jobs_completed")).isEqualTo(1);
		assertThat(value(result, "", "success_rate")).isEqualTo(80.0);
	}

	@Test
	void runningJobIsNotFinished() {
		this.fixture.execute("INSERT INTO V$RMAN_BACKUP_JOB_DETAILS (SESSION_KEY, START_TIME, END_TIME, STATUS,"
				+ " INPUT_TYPE) VALUES (1010, SYSDATE - INTERVAL '1' HOUR, SYSDATE, 'RUNNING', 'DB FULL')");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "jobs_finished")).isEqualTo(3);
		assertThat(value(result, "", "success_rate")).isEqualTo(100.0);
		assertThat(result.figure("DB FULL", "last_success_age")).isNull();
	}

	@Test
	void noBackupOnRecordIsCritical() {
		this.fixture.execute("DELETE FROM V$RMAN_BACKUP_JOB_DETAILS; DELETE FROM V$BACKUP_SET");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.figure("", "success_rate")).isNull();
		assertThat(result.figure("", "database_backup_age")).isNull();
		assertThat(result.figure("", "archivelog_backup_age")).isNull();
		assertThat(value(result, "", "jobs_finished")).isZero();
		assertThat(result.message()).contains("控制文件中没有成功的数据库备份（DB FULL 或 DB INCR）记录")
			.contains("控制文件中没有归档日志备份记录")
			.contains("近 2 天没有结束的备份作业");
	}

	@Test
	void databaseBackupOlderThanDayIsWarning() {
		this.fixture.execute("UPDATE V$RMAN_BACKUP_JOB_DETAILS SET START_TIME = SYSDATE - INTERVAL '31' HOUR,"
				+ " END_TIME = SYSDATE - INTERVAL '30' HOUR WHERE INPUT_TYPE = 'DB INCR'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "database_backup_age")).isCloseTo(108000, within(60.0));
		assertThat(result.message()).contains("完成于 30.0 小时前，超过警告阈值 26.0 小时");
	}

	@Test
	void databaseBackupOlderThanTwoDaysIsCritical() {
		this.fixture.execute("UPDATE V$RMAN_BACKUP_JOB_DETAILS SET START_TIME = SYSDATE - INTERVAL '61' HOUR,"
				+ " END_TIME = SYSDATE - INTERVAL '60' HOUR WHERE INPUT_TYPE = 'DB INCR'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "DB INCR", "last_success_age")).isCloseTo(216000, within(60.0));
		assertThat(result.message()).contains("超过严重阈值 50.0 小时");
	}

	@Test
	void newerFullBackupCountsAsDatabaseBackup() {
		this.fixture.execute("UPDATE V$RMAN_BACKUP_JOB_DETAILS SET START_TIME = SYSDATE - INTERVAL '61' HOUR,"
				+ " END_TIME = SYSDATE - INTERVAL '60' HOUR WHERE INPUT_TYPE = 'DB INCR'");
		insertJob(1010, "DB FULL", "COMPLETED", 5 * 60, 3 * 60);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "database_backup_age")).isCloseTo(10800, within(60.0));
		assertThat(result.message()).contains("最近一次成功的数据库备份（DB FULL）");
	}

	@Test
	void archivelogBackupOlderThanDayIsWarning() {
		this.fixture.execute("UPDATE V$RMAN_BACKUP_JOB_DETAILS SET END_TIME = SYSDATE - INTERVAL '30' HOUR"
				+ " WHERE INPUT_TYPE = 'ARCHIVELOG';\n"
				+ "UPDATE V$BACKUP_SET SET COMPLETION_TIME = SYSDATE - INTERVAL '30' HOUR WHERE BACKUP_TYPE = 'L'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "archivelog_backup_age")).isCloseTo(108000, within(60.0));
		assertThat(result.message()).contains("最近一次归档日志备份完成于 30.0 小时前，超过警告阈值 26.0 小时");
	}

	@Test
	void archivelogBackupOlderThanTwoDaysIsCritical() {
		this.fixture.execute("UPDATE V$RMAN_BACKUP_JOB_DETAILS SET END_TIME = SYSDATE - INTERVAL '55' HOUR"
				+ " WHERE INPUT_TYPE = 'ARCHIVELOG';\n"
				+ "UPDATE V$BACKUP_SET SET COMPLETION_TIME = SYSDATE - INTERVAL '55' HOUR WHERE BACKUP_TYPE = 'L'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "archivelog_backup_age")).isCloseTo(198000, within(60.0));
	}

	@Test
	void archivedLogsInDatabaseJobCount() {
		this.fixture.execute("DELETE FROM V$RMAN_BACKUP_JOB_DETAILS WHERE INPUT_TYPE = 'ARCHIVELOG';\n"
				+ "DELETE FROM V$BACKUP_SET WHERE BACKUP_TYPE = 'L';\n"
				+ "INSERT INTO V$BACKUP_SET (RECID, SET_COUNT, BACKUP_TYPE, PIECES, START_TIME, COMPLETION_TIME)"
				+ " VALUES (510, 510, 'L', 1, SYSDATE - INTERVAL '10' HOUR, SYSDATE - INTERVAL '10' HOUR)");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "archivelog_backup_age")).isCloseTo(36000, within(60.0));
		assertThat(result.figure("ARCHIVELOG", "last_success_age")).isNull();
	}

	@Test
	void noarchivelogModeSkipsArchivelogAge() {
		this.fixture.execute("UPDATE V$DATABASE SET LOG_MODE = 'NOARCHIVELOG';\n"
				+ "DELETE FROM V$RMAN_BACKUP_JOB_DETAILS WHERE INPUT_TYPE = 'ARCHIVELOG';\n"
				+ "DELETE FROM V$BACKUP_SET WHERE BACKUP_TYPE = 'L'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "archivelog_backup_age")).isNull();
		assertThat(result.message()).contains("数据库未开启归档模式，不检查归档日志备份");
	}

	@Test
	void recoveryAreaNearFullIsWarning() {
		this.fixture.execute("UPDATE V$RECOVERY_FILE_DEST SET SPACE_USED = 96636764160");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "fra_used_percent")).isEqualTo(85.0);
		assertThat(result.severityHint()).isNull();
		assertThat(result.message()).contains("已用 85.0%").contains("已达警告阈值 80.0%");
	}

	@Test
	void recoveryAreaFullIsCriticalAndMajor() {
		this.fixture.execute("UPDATE V$RECOVERY_FILE_DEST SET SPACE_USED = 102005473280, SPACE_RECLAIMABLE = 0");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("major");
		assertThat(value(result, "", "fra_used_percent")).isEqualTo(95.0);
		assertThat(value(result, "", "fra_reclaimable_bytes")).isZero();
		assertThat(result.message()).contains("已达严重阈值 90.0%，写满后归档停止");
	}

	@Test
	void reclaimableSpaceIsNotCountedAsUsed() {
		this.fixture
			.execute("UPDATE V$RECOVERY_FILE_DEST SET SPACE_USED = 102005473280, SPACE_RECLAIMABLE = 32212254720");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "fra_used_percent")).isEqualTo(65.0);
		assertThat(value(result, "", "fra_used_bytes")).isEqualTo(95 * GIB);
	}

	@Test
	void missingRecoveryAreaIsFine() {
		this.fixture.execute("DELETE FROM V$RECOVERY_FILE_DEST");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "fra_used_percent")).isNull();
		assertThat(result.message()).contains("未配置快速恢复区");
	}

	@Test
	void unsetRecoveryAreaRowIsFine() {
		this.fixture.execute("UPDATE V$RECOVERY_FILE_DEST SET NAME = NULL, SPACE_LIMIT = 0, SPACE_USED = 0,"
				+ " SPACE_RECLAIMABLE = 0, NUMBER_OF_FILES = 0");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "fra_limit_bytes")).isNull();
		assertThat(result.message()).contains("未配置快速恢复区");
	}

	@Test
	void archiveDestinationErrorIsCritical() {
		this.fixture.execute("UPDATE V$ARCHIVE_DEST SET STATUS = 'ERROR', DESTINATION = 'lims_standby',"
				+ " ERROR = 'ORA-12541: TNS:no listener' WHERE DEST_ID = 2");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("major");
		assertThat(value(result, "", "archive_dest_errors")).isEqualTo(1);
		assertThat(result.message())
			.contains("归档目标 LOG_ARCHIVE_DEST_2（lims_standby）状态为 ERROR：ORA-12541: TNS:no listener");
	}

	@Test
	void badParameterDestinationIsCritical() {
		this.fixture.execute("UPDATE V$ARCHIVE_DEST SET STATUS = 'BAD PARAM' WHERE DEST_ID = 3");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "archive_dest_errors")).isEqualTo(1);
		assertThat(result.message()).contains("LOG_ARCHIVE_DEST_3 状态为 BAD PARAM");
	}

	@Test
	void deferredDestinationIsFine() {
		this.fixture.execute("UPDATE V$ARCHIVE_DEST SET STATUS = 'DEFERRED' WHERE DEST_ID = 2");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "archive_dest_errors")).isZero();
	}

	@Test
	void thresholdsBindFromProperties() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("desk.oracle.thresholds.backups.look-back",
				"7d", "desk.oracle.thresholds.backups.archivelog-backup-warning", "4h",
				"desk.oracle.thresholds.backups.recovery-area-critical-percent", "95")));

		BackupThresholds thresholds = binder.bindOrCreate("desk.oracle.thresholds.backups", BackupThresholds.class);

		assertThat(thresholds.lookBack()).isEqualTo(Duration.ofDays(7));
		assertThat(thresholds.archivelogBackupWarning()).isEqualTo(Duration.ofHours(4));
		assertThat(thresholds.archivelogBackupCritical()).isEqualTo(Duration.ofHours(50));
		assertThat(thresholds.databaseBackupWarning()).isEqualTo(Duration.ofHours(26));
		assertThat(thresholds.databaseBackupCritical()).isEqualTo(Duration.ofHours(50));
		assertThat(thresholds.recoveryAreaWarningPercent()).isEqualTo(80.0);
		assertThat(thresholds.recoveryAreaCriticalPercent()).isEqualTo(95.0);
	}

	@Test
	void contextCreatesCheckWithThresholds() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Thresholds.class)
			.withBean(BackupCheck.class)
			.withPropertyValues("desk.oracle.thresholds.backups.database-backup-critical=3d");

		runner.run((context) -> {
			assertThat(context).hasSingleBean(BackupCheck.class);
			assertThat(context.getBean(BackupThresholds.class).databaseBackupCritical()).isEqualTo(Duration.ofDays(3));
		});
	}

	@Test
	void invalidThresholdsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BackupThresholds(Duration.ZERO, null, null, null, null, null, null))
			.withMessageContaining("look-back");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BackupThresholds(null, Duration.ofHours(60), null, null, null, null, null))
			.withMessageContaining("database-backup-warning");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BackupThresholds(null, null, null, null, null, 95.0, 90.0))
			.withMessageContaining("recovery-area-warning-percent");
	}

	@EnableConfigurationProperties(BackupThresholds.class)
	static class Thresholds {

	}

	/** Inserts a job that started and ended the given minutes ago. */
	private void insertJob(int sessionKey, String inputType, String status, int startedMinutesAgo,
			int endedMinutesAgo) {
		this.fixture.execute("INSERT INTO V$RMAN_BACKUP_JOB_DETAILS (SESSION_KEY, START_TIME, END_TIME, OUTPUT_BYTES,"
				+ " OUTPUT_DEVICE_TYPE, STATUS, INPUT_TYPE, ELAPSED_SECONDS) VALUES (" + sessionKey
				+ ", SYSDATE - INTERVAL '" + startedMinutesAgo + "' MINUTE, SYSDATE - INTERVAL '" + endedMinutesAgo
				+ "' MINUTE, 1048576, 'DISK', '" + status + "', '" + inputType + "', "
				+ (startedMinutesAgo - endedMinutesAgo) * 60 + ")");
	}

	private static double value(CheckResult result, String subject, String name) {
		Figure figure = result.figure(subject, name);
		assertThat(figure).as("figure %s/%s", subject, name).isNotNull();
		return figure.value().doubleValue();
	}

}
