package com.limsdesk.oracle;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class TablespaceCheckTests {

	private static final long MIB = 1024L * 1024;

	private static final long GIB = 1024 * MIB;

	/**
	 * MAXBYTES of an autoextend smallfile with MAXSIZE UNLIMITED: 4194302 blocks of 8
	 * KiB.
	 */
	private static final long SMALLFILE_MAX = 34359721984L;

	/**
	 * MAXBYTES of an autoextend bigfile with MAXSIZE UNLIMITED: 4294967293 blocks of 8
	 * KiB.
	 */
	private static final long BIGFILE_MAX = 35184372064256L;

	private final OracleFixture fixture = OracleFixture.create();

	private final TablespaceCheck check = new TablespaceCheck(new TablespaceThresholds(null, null, null, null, null));

	private int nextFileId = 100;

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void healthyDatabaseIsOk() {
		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.severityHint()).isNull();
		assertThat(result.message()).startsWith("5 个表空间使用率正常");
		assertThat(bytes(result, "USERS", "used_bytes")).isEqualTo(4 * MIB);
		assertThat(bytes(result, "USERS", "allocated_bytes")).isEqualTo(5 * MIB);
		assertThat(bytes(result, "USERS", "max_bytes")).isEqualTo(SMALLFILE_MAX);
		assertThat(bytes(result, "UNDOTBS1", "used_bytes")).isEqualTo(21 * MIB);
		assertThat(bytes(result, "TEMP", "used_bytes")).isZero();
	}

	@Test
	void autoextendToSmallfileCapIsOk() {
		tablespace("LIMS_DATA", "PERMANENT", "NO");
		dataFile("LIMS_DATA", 10 * GIB, "YES", SMALLFILE_MAX);
		freeSpace("LIMS_DATA", GIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(percent(result, "LIMS_DATA")).isCloseTo(28.125, within(0.01));
		assertThat(bytes(result, "LIMS_DATA", "used_bytes")).isEqualTo(9 * GIB);
		assertThat(bytes(result, "LIMS_DATA", "allocated_bytes")).isEqualTo(10 * GIB);
		assertThat(bytes(result, "LIMS_DATA", "max_bytes")).isEqualTo(SMALLFILE_MAX);
		assertThat(bytes(result, "LIMS_DATA", "free_bytes")).isEqualTo(SMALLFILE_MAX - 9 * GIB);
	}

	@Test
	void fixedFileIgnoresZeroMaxbytes() {
		tablespace("LIMS_FIXED", "PERMANENT", "NO");
		dataFile("LIMS_FIXED", GIB, "NO", 0);
		freeSpace("LIMS_FIXED", 100 * MIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "LIMS_FIXED")).isCloseTo(90.234, within(0.01));
		assertThat(bytes(result, "LIMS_FIXED", "max_bytes")).isEqualTo(GIB);
		assertThat(bytes(result, "LIMS_FIXED", "used_bytes")).isEqualTo(924 * MIB);
		assertThat(bytes(result, "LIMS_FIXED", "free_bytes")).isEqualTo(100 * MIB);
		assertThat(result.message()).isEqualTo("表空间 LIMS_FIXED 已用 90.2%（可扩展至 1.0 GiB，剩余 100.0 MiB）");
	}

	@Test
	void resizedPastMaxbytesUsesBytes() {
		tablespace("LIMS_RESIZED", "PERMANENT", "NO");
		dataFile("LIMS_RESIZED", 20 * GIB, "YES", 16 * GIB);
		freeSpace("LIMS_RESIZED", 2 * GIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "LIMS_RESIZED")).isCloseTo(90.0, within(0.001));
		assertThat(bytes(result, "LIMS_RESIZED", "max_bytes")).isEqualTo(20 * GIB);
		assertThat(bytes(result, "LIMS_RESIZED", "used_bytes")).isEqualTo(18 * GIB);
	}

	@Test
	void mixedFilesAddTheirReachableSizes() {
		tablespace("LIMS_MIXED", "PERMANENT", "NO");
		dataFile("LIMS_MIXED", 10 * GIB, "YES", 12 * GIB);
		dataFile("LIMS_MIXED", 4 * GIB, "NO", 0);
		freeSpace("LIMS_MIXED", 200 * MIB);
		freeSpace("LIMS_MIXED", 56 * MIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "LIMS_MIXED")).isCloseTo(85.9375, within(0.001));
		assertThat(bytes(result, "LIMS_MIXED", "allocated_bytes")).isEqualTo(14 * GIB);
		assertThat(bytes(result, "LIMS_MIXED", "max_bytes")).isEqualTo(16 * GIB);
		assertThat(bytes(result, "LIMS_MIXED", "used_bytes")).isEqualTo(14 * GIB - 256 * MIB);
	}

	@Test
	void undoCountsExpiredExtentsAsFree() {
		tablespace("UNDOTBS2", "UNDO", "NO");
		dataFile("UNDOTBS2", 4 * GIB, "NO", 0);
		freeSpace("UNDOTBS2", 100 * MIB);
		undoExtent("UNDOTBS2", "ACTIVE", 512 * MIB);
		undoExtent("UNDOTBS2", "UNEXPIRED", GIB);
		undoExtent("UNDOTBS2", "EXPIRED", 4 * GIB - 1536 * MIB - 100 * MIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(percent(result, "UNDOTBS2")).isCloseTo(37.5, within(0.001));
		assertThat(bytes(result, "UNDOTBS2", "used_bytes")).isEqualTo(1536 * MIB);
		assertThat(bytes(result, "UNDOTBS2", "free_bytes")).isEqualTo(4 * GIB - 1536 * MIB);
		assertThat(bytes(result, "UNDOTBS2", "max_bytes")).isEqualTo(4 * GIB);
	}

	@Test
	void unexpiredUndoCountsAsUsed() {
		tablespace("UNDOTBS2", "UNDO", "NO");
		dataFile("UNDOTBS2", 4 * GIB, "NO", 0);
		undoExtent("UNDOTBS2", "ACTIVE", GIB);
		undoExtent("UNDOTBS2", "UNEXPIRED", 2560 * MIB);
		undoExtent("UNDOTBS2", "EXPIRED", 512 * MIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "UNDOTBS2")).isCloseTo(87.5, within(0.001));
		assertThat(bytes(result, "UNDOTBS2", "used_bytes")).isEqualTo(3584 * MIB);
		assertThat(result.message()).startsWith("撤销表空间 UNDOTBS2 已用 87.5%");
	}

	@Test
	void temporaryUsageIgnoresHighWaterMark() {
		tablespace("TEMP2", "TEMPORARY", "NO");
		tempFile("TEMP2", 8 * GIB, "NO", 0);
		this.fixture.execute("INSERT INTO V$TEMP_SPACE_HEADER VALUES ('TEMP2', 2, " + 8 * GIB + ", 1048576, 0, 0, 2)");
		sortSegment(1, "TEMP2", 65536);
		sortSegment(2, "TEMP2", 65536);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(percent(result, "TEMP2")).isCloseTo(12.5, within(0.001));
		assertThat(bytes(result, "TEMP2", "used_bytes")).isEqualTo(GIB);
		assertThat(bytes(result, "TEMP2", "allocated_bytes")).isEqualTo(8 * GIB);
		assertThat(bytes(result, "TEMP2", "max_bytes")).isEqualTo(8 * GIB);
	}

	@Test
	void fullTemporaryTablespaceIsCritical() {
		tablespace("TEMP2", "TEMPORARY", "NO");
		tempFile("TEMP2", 8 * GIB, "NO", 0);
		sortSegment(1, "TEMP2", 1020000);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("major");
		assertThat(percent(result, "TEMP2")).isCloseTo(97.27, within(0.01));
		assertThat(bytes(result, "TEMP2", "used_bytes")).isEqualTo(1020000L * 8192);
		assertThat(result.message()).startsWith("临时表空间 TEMP2 已用 97.3%");
	}

	@Test
	void unlimitedBigfileIsOk() {
		tablespace("LIMS_BIG", "PERMANENT", "YES");
		dataFile("LIMS_BIG", 1100 * GIB, "YES", BIGFILE_MAX);
		freeSpace("LIMS_BIG", 76 * GIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(percent(result, "LIMS_BIG")).isCloseTo(3.125, within(0.001));
		assertThat(bytes(result, "LIMS_BIG", "max_bytes")).isEqualTo(BIGFILE_MAX);
		assertThat(bytes(result, "LIMS_BIG", "used_bytes")).isEqualTo(1024 * GIB);
	}

	@Test
	void bigfileWithLittleFreeSpaceIsWarning() {
		tablespace("LIMS_BIG", "PERMANENT", "YES");
		dataFile("LIMS_BIG", 50 * GIB, "NO", 0);
		freeSpace("LIMS_BIG", 8 * GIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "LIMS_BIG")).isCloseTo(84.0, within(0.001));
		assertThat(bytes(result, "LIMS_BIG", "free_bytes")).isEqualTo(8 * GIB);
		assertThat(result.message()).contains("LIMS_BIG").contains("剩余空间低于 10.0 GiB");
	}

	@Test
	void largeSmallfileGetsFreeSpaceLimits() {
		TablespaceCheck lenient = new TablespaceCheck(
				new TablespaceThresholds(99.5, 99.9, DataSize.ofGigabytes(100), null, null));
		tablespace("LIMS_ARCHIVE", "PERMANENT", "NO");
		for (int file = 0; file < 4; file++) {
			dataFile("LIMS_ARCHIVE", 32 * GIB, "YES", 32 * GIB);
		}
		freeSpace("LIMS_ARCHIVE", 1536 * MIB);

		CheckResult result = this.fixture.run(lenient);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(percent(result, "LIMS_ARCHIVE")).isCloseTo(98.83, within(0.01));
		assertThat(bytes(result, "LIMS_ARCHIVE", "free_bytes")).isEqualTo(1536 * MIB);
		assertThat(bytes(result, "LIMS_ARCHIVE", "max_bytes")).isEqualTo(128 * GIB);
		assertThat(result.message()).contains("剩余空间低于 2.0 GiB");
	}

	@Test
	void fullTablespaceIsCriticalWithMajorHint() {
		tablespace("LIMS_WARN", "PERMANENT", "NO");
		dataFile("LIMS_WARN", 10 * GIB, "NO", 0);
		freeSpace("LIMS_WARN", GIB);
		tablespace("LIMS_FULL", "PERMANENT", "NO");
		dataFile("LIMS_FULL", 10 * GIB, "NO", 0);
		freeSpace("LIMS_FULL", 200 * MIB);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("major");
		assertThat(percent(result, "LIMS_FULL")).isCloseTo(98.05, within(0.01));
		assertThat(percent(result, "LIMS_WARN")).isCloseTo(90.0, within(0.001));
		assertThat(result.message()).isEqualTo("表空间 LIMS_FULL 已用 98.0%（可扩展至 10.0 GiB，剩余 200.0 MiB）；"
				+ "表空间 LIMS_WARN 已用 90.0%（可扩展至 10.0 GiB，剩余 1.0 GiB）");
	}

	@Test
	void messageCountsTablespacesPastFive() {
		for (int i = 1; i <= 7; i++) {
			tablespace("LIMS_" + i, "PERMANENT", "NO");
			dataFile("LIMS_" + i, 10 * GIB, "NO", 0);
			freeSpace("LIMS_" + i, (10 + i) * 50 * MIB);
		}

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.message()).startsWith("表空间 LIMS_1 已用");
		assertThat(result.message()).contains("LIMS_5").doesNotContain("LIMS_6").doesNotContain("LIMS_7");
		assertThat(result.message()).endsWith("另有 2 个表空间超过阈值");
		assertThat(percent(result, "LIMS_7")).isCloseTo(91.70, within(0.01));
	}

	@Test
	void readOnlyTablespaceIsNotJudged() {
		tablespace("LIMS_2019", "PERMANENT", "NO");
		this.fixture.execute("UPDATE DBA_TABLESPACES SET STATUS = 'READ ONLY' WHERE TABLESPACE_NAME = 'LIMS_2019'");
		dataFile("LIMS_2019", 10 * GIB, "NO", 0);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(percent(result, "LIMS_2019")).isCloseTo(100.0, within(0.001));
		assertThat(result.message()).doesNotContain("LIMS_2019");
	}

	@Test
	void offlineTablespaceIsNoted() {
		tablespace("LIMS_OLD", "PERMANENT", "NO");
		this.fixture.execute("UPDATE DBA_TABLESPACES SET STATUS = 'OFFLINE' WHERE TABLESPACE_NAME = 'LIMS_OLD'");
		dataFile("LIMS_OLD", 10 * GIB, "NO", 0);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("LIMS_OLD", "used_percent")).isNull();
		assertThat(result.message()).endsWith("表空间 LIMS_OLD 已脱机，未计算使用率");
	}

	@Test
	void unreadableFileSizeIsWarning() {
		tablespace("LIMS_LOST", "PERMANENT", "NO");
		this.fixture.execute("INSERT INTO DBA_DATA_FILES (FILE_NAME, FILE_ID, TABLESPACE_NAME, STATUS, AUTOEXTENSIBLE)"
				+ " VALUES ('/u02/oradata/LIMS/lims_lost01.dbf', 99, 'LIMS_LOST', 'AVAILABLE', 'NO')");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.figure("LIMS_LOST", "used_percent")).isNull();
		assertThat(result.message()).contains("LIMS_LOST 的数据文件大小无法读取");
	}

	@Test
	void containerDatabaseReadsEveryContainer() {
		this.fixture.execute("UPDATE V$INSTANCE SET VERSION = '19.0.0.0.0'; UPDATE V$DATABASE SET CDB = 'YES';\n"
				+ "INSERT INTO V$CONTAINERS (CON_ID, NAME, OPEN_MODE) VALUES (1, 'CDB$ROOT', 'READ WRITE'),"
				+ " (3, 'LIMSPDB', 'READ WRITE')");
		this.fixture.execute("INSERT INTO CDB_TABLESPACES (TABLESPACE_NAME, BLOCK_SIZE, STATUS, CONTENTS, BIGFILE,"
				+ " CON_ID) VALUES ('SYSTEM', 8192, 'ONLINE', 'PERMANENT', 'NO', 1),"
				+ " ('USERS', 8192, 'ONLINE', 'PERMANENT', 'NO', 3), ('TEMP', 8192, 'ONLINE', 'TEMPORARY', 'NO', 3)");
		this.fixture.execute("INSERT INTO CDB_DATA_FILES (FILE_NAME, FILE_ID, TABLESPACE_NAME, BYTES, AUTOEXTENSIBLE,"
				+ " MAXBYTES, CON_ID) VALUES ('/u01/oradata/CDB/system01.dbf', 1, 'SYSTEM', " + GIB + ", 'YES', "
				+ SMALLFILE_MAX + ", 1), ('/u01/oradata/CDB/limspdb/users01.dbf', 12, 'USERS', " + 10 * GIB
				+ ", 'NO', 0, 3)");
		this.fixture.execute("INSERT INTO CDB_FREE_SPACE (TABLESPACE_NAME, FILE_ID, BYTES, CON_ID)"
				+ " VALUES ('SYSTEM', 1, " + 100 * MIB + ", 1), ('USERS', 12, " + 300 * MIB + ", 3)");
		this.fixture.execute("INSERT INTO CDB_TEMP_FILES (FILE_NAME, FILE_ID, TABLESPACE_NAME, BYTES, AUTOEXTENSIBLE,"
				+ " MAXBYTES, CON_ID) VALUES ('/u01/oradata/CDB/limspdb/temp01.dbf', 3, 'TEMP', " + GIB
				+ ", 'NO', 0, 3)");
		this.fixture.execute("INSERT INTO GV$SORT_SEGMENT (INST_ID, TABLESPACE_NAME, USED_BLOCKS, CON_ID)"
				+ " VALUES (1, 'TEMP', 65536, 3)");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(percent(result, "LIMSPDB/USERS")).isCloseTo(97.07, within(0.01));
		assertThat(bytes(result, "LIMSPDB/USERS", "used_bytes")).isEqualTo(10 * GIB - 300 * MIB);
		assertThat(bytes(result, "CDB$ROOT/SYSTEM", "used_bytes")).isEqualTo(GIB - 100 * MIB);
		assertThat(bytes(result, "LIMSPDB/TEMP", "used_bytes")).isEqualTo(512 * MIB);
		assertThat(result.figure("USERS", "used_bytes")).isNull();
		assertThat(result.message()).startsWith("表空间 LIMSPDB/USERS 已用 97.1%");
	}

	@Test
	void noVisibleTablespaceIsUnknown() {
		this.fixture.execute("DELETE FROM DBA_TABLESPACES");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(result.figures()).isEmpty();
	}

	@Test
	void thresholdsDefaultToStatedValues() {
		TablespaceThresholds thresholds = new TablespaceThresholds(null, null, null, null, null);

		assertThat(thresholds.warningPercent()).isEqualTo(85.0);
		assertThat(thresholds.criticalPercent()).isEqualTo(95.0);
		assertThat(thresholds.largeTablespace().toBytes()).isEqualTo(1024 * GIB);
		assertThat(thresholds.warningFree().toBytes()).isEqualTo(10 * GIB);
		assertThat(thresholds.criticalFree().toBytes()).isEqualTo(2 * GIB);
	}

	@Test
	void thresholdsBindFromProperties() {
		Map<String, String> properties = Map.of("desk.oracle.thresholds.tablespaces.warning-percent", "80",
				"desk.oracle.thresholds.tablespaces.warning-free", "50GB",
				"desk.oracle.thresholds.tablespaces.large-tablespace", "500GB");

		TablespaceThresholds thresholds = new Binder(new MapConfigurationPropertySource(properties))
			.bind("desk.oracle.thresholds.tablespaces", TablespaceThresholds.class)
			.get();

		assertThat(thresholds.warningPercent()).isEqualTo(80.0);
		assertThat(thresholds.criticalPercent()).isEqualTo(95.0);
		assertThat(thresholds.warningFree().toBytes()).isEqualTo(50 * GIB);
		assertThat(thresholds.largeTablespace().toBytes()).isEqualTo(500 * GIB);
	}

	@Test
	void checkIsCreatedFromConfiguration() {
		new ApplicationContextRunner().withUserConfiguration(ThresholdsConfiguration.class, TablespaceCheck.class)
			.withPropertyValues("desk.oracle.thresholds.tablespaces.critical-free=1GB")
			.run((context) -> {
				assertThat(context).hasSingleBean(TablespaceCheck.class);
				assertThat(context.getBean(TablespaceThresholds.class).criticalFree().toBytes()).isEqualTo(GIB);
			});
	}

	@Test
	void thresholdsRejectWarningAboveCritical() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TablespaceThresholds(96.0, 95.0, null, null, null))
			.withMessageContaining("warning-percent (96.0)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TablespaceThresholds(null, null, null, DataSize.ofGigabytes(1), null))
			.withMessageContaining("critical-free");
	}

	private void tablespace(String name, String contents, String bigfile) {
		this.fixture.execute(String.format("INSERT INTO DBA_TABLESPACES (TABLESPACE_NAME, BLOCK_SIZE, STATUS, CONTENTS,"
				+ " BIGFILE) VALUES ('%s', 8192, 'ONLINE', '%s', '%s')", name, contents, bigfile));
	}

	private void dataFile(String tablespace, long bytes, String autoextensible, long maxBytes) {
		this.fixture.execute(file("DBA_DATA_FILES", tablespace, bytes, autoextensible, maxBytes));
	}

	private void tempFile(String tablespace, long bytes, String autoextensible, long maxBytes) {
		this.fixture.execute(file("DBA_TEMP_FILES", tablespace, bytes, autoextensible, maxBytes));
	}

	private String file(String view, String tablespace, long bytes, String autoextensible, long maxBytes) {
		int fileId = this.nextFileId++;
		return String.format(
				"INSERT INTO %s (FILE_NAME, FILE_ID, TABLESPACE_NAME, BYTES, BLOCKS, AUTOEXTENSIBLE, MAXBYTES,"
						+ " MAXBLOCKS) VALUES ('/u02/oradata/LIMS/%s_%d.dbf', %d, '%s', %d, %d, '%s', %d, %d)",
				view, tablespace.toLowerCase(), fileId, fileId, tablespace, bytes, bytes / 8192, autoextensible,
				maxBytes, maxBytes / 8192);
	}

	private void freeSpace(String tablespace, long bytes) {
		this.fixture.execute(
				String.format("INSERT INTO DBA_FREE_SPACE (TABLESPACE_NAME, BYTES, BLOCKS)" + " VALUES ('%s', %d, %d)",
						tablespace, bytes, bytes / 8192));
	}

	private void undoExtent(String tablespace, String status, long bytes) {
		this.fixture.execute(String.format(
				"INSERT INTO DBA_UNDO_EXTENTS (OWNER, SEGMENT_NAME, TABLESPACE_NAME, BYTES,"
						+ " BLOCKS, STATUS) VALUES ('SYS', '_SYSSMU9_9$', '%s', %d, %d, '%s')",
				tablespace, bytes, bytes / 8192, status));
	}

	private void sortSegment(int instance, String tablespace, long usedBlocks) {
		this.fixture.execute(String.format(
				"INSERT INTO GV$SORT_SEGMENT (INST_ID, TABLESPACE_NAME, USED_BLOCKS)" + " VALUES (%d, '%s', %d)",
				instance, tablespace, usedBlocks));
	}

	private static long bytes(CheckResult result, String subject, String name) {
		Figure figure = result.figure(subject, name);
		assertThat(figure).as("figure %s of %s", name, subject).isNotNull();
		assertThat(figure.unit()).isEqualTo("bytes");
		return figure.value().longValueExact();
	}

	private static double percent(CheckResult result, String subject) {
		Figure figure = result.figure(subject, "used_percent");
		assertThat(figure).as("used_percent of %s", subject).isNotNull();
		assertThat(figure.unit()).isEqualTo("percent");
		return figure.value().doubleValue();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TablespaceThresholds.class)
	static class ThresholdsConfiguration {

	}

}
