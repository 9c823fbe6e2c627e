package com.limsdesk.oracle;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryTablesCheckTests {

	private final OracleFixture fixture = OracleFixture.create();

	private final TemporaryTablesCheck check = new TemporaryTablesCheck();

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void noSchemasConfiguredIsOk() {
		table("LIMS", "TMP_SAMPLE", 90, 100, false, 8_388_608);

		CheckResult result = this.fixture.run(this.check, new CheckState(java.util.Map.of()), target(List.of()));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.message()).contains("未配置");
		assertThat(result.figures()).isEmpty();
	}

	@Test
	void noOldTablesIsOk() {
		table("LIMS", "TMP_RECENT", 5, 100, false, 65_536);

		CheckResult result = run();

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.message()).isEqualTo("LIMS 中没有创建超过 30 天、名称匹配 TMP_*、TEMP_*、BAK_* 的表");
		assertThat(result.figure("", "candidate_count").value().intValue()).isZero();
		assertThat(result.figure("", "candidate_bytes").value().longValue()).isZero();
		assertThat(result.figure("LIMS", "candidate_count").value().intValue()).isZero();
	}

	@Test
	void oldTablesAreWarning() {
		table("LIMS", "TMP_SAMPLE_2024", 90, 1200, false, 8_388_608);
		table("LIMS", "BAK_RESULT", 45, 50, false, 1_048_576);
		table("LIMS", "RESULT", 900, 100_000, false, 1_073_741_824);

		CheckResult result = run();

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.message()).contains("有 2 张")
			.contains("共 9 MiB")
			.contains("LIMS.TMP_SAMPLE_2024（8 MiB）、LIMS.BAK_RESULT（1 MiB）")
			.doesNotContain("LIMS.RESULT");
		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(2);
		assertThat(result.figure("", "candidate_bytes").value().longValue()).isEqualTo(9_437_184);
		assertThat(result.figure("LIMS", "candidate_count").value().intValue()).isEqualTo(2);
		assertThat(result.figure("LIMS", "candidate_bytes").value().longValue()).isEqualTo(9_437_184);
	}

	@Test
	void underscoreInPatternIsLiteral() {
		table("LIMS", "TMPLAB", 90, 10, false, 65_536);
		table("LIMS", "TMP_LAB", 90, 10, false, 65_536);

		CheckResult result = run();

		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(1);
		assertThat(result.message()).contains("LIMS.TMP_LAB").doesNotContain("TMPLAB");
	}

	@Test
	void percentInNameMatchesLiterally() {
		table("LIMS", "TMP%2024", 90, 10, false, 65_536);
		table("LIMS", "TMPX2024", 90, 10, false, 65_536);

		CheckResult result = this.fixture.run(this.check, new CheckState(java.util.Map.of()),
				target(List.of("LIMS"), List.of("TMP%*")));

		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(1);
		assertThat(result.message()).contains("LIMS.TMP%2024").doesNotContain("TMPX2024");
	}

	@Test
	void recycleBinTablesAreLeftOut() {
		table("LIMS", "TMP_DROPPED", 90, 10, false, 65_536);
		this.fixture.execute("UPDATE DBA_TABLES SET DROPPED = 'YES' WHERE TABLE_NAME = 'TMP_DROPPED'");
		table("LIMS", "BIN$nHmSE3qoQlmhlzmeiDOQpw==$0", 90, 10, false, 65_536);

		CheckResult result = this.fixture.run(this.check, new CheckState(java.util.Map.of()),
				target(List.of("LIMS"), List.of("*")));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "candidate_count").value().intValue()).isZero();
	}

	@Test
	void otherSchemasAreLeftOut() {
		table("SCOTT", "TMP_SAMPLE", 90, 10, false, 65_536);

		CheckResult result = run();

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "candidate_count").value().intValue()).isZero();
	}

	@Test
	void partitionSegmentsAreSummed() {
		table("LIMS", "TMP_PARTITIONED", 90, 10, false, 0);
		segment("LIMS", "TMP_PARTITIONED", "TABLE PARTITION", 1_048_576);
		segment("LIMS", "TMP_PARTITIONED", "TABLE PARTITION", 2_097_152);
		segment("LIMS", "TMP_PARTITIONED_PK", "INDEX", 4_194_304);

		CheckResult result = run();

		assertThat(result.figure("", "candidate_bytes").value().longValue()).isEqualTo(3_145_728);
		assertThat(result.message()).contains("LIMS.TMP_PARTITIONED（3 MiB）");
	}

	@Test
	void globalTemporaryTableWithoutSegmentIsListed() {
		table("LIMS", "TMP_SESSION", 90, null, true, 0);

		CheckResult result = run();

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(1);
		assertThat(result.figure("", "candidate_bytes").value().longValue()).isZero();
		assertThat(result.message()).contains("LIMS.TMP_SESSION（全局临时表）");
	}

	@Test
	void tableMatchingTwoPatternsCountsOnce() {
		table("LIMS", "TMP_TEMP_A", 90, 10, false, 65_536);

		CheckResult result = this.fixture.run(this.check, new CheckState(java.util.Map.of()),
				target(List.of("LIMS"), List.of("TMP_*", "*TEMP*")));

		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(1);
		assertThat(result.figure("", "candidate_bytes").value().longValue()).isEqualTo(65_536);
	}

	@Test
	void minimumAgeIsConfigurable() {
		table("LIMS", "TMP_WEEK_OLD", 8, 10, false, 65_536);

		CheckResult result = this.fixture.run(this.check, new CheckState(java.util.Map.of()), this.fixture
			.target("fixture", new OracleProperties.TemporaryTables(List.of("lims"), null, Duration.ofDays(7))));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.message()).contains("创建超过 7 天");
		assertThat(result.figure("LIMS", "candidate_count").value().intValue()).isEqualTo(1);
	}

	@Test
	void longListIsShortenedInMessage() {
		for (int i = 1; i <= 7; i++) {
			table("LIMS", "TMP_" + i, 90, 10, false, i * 65_536L);
		}

		CheckResult result = run();

		assertThat(result.figure("", "candidate_count").value().intValue()).isEqualTo(7);
		assertThat(result.message()).contains("LIMS.TMP_7").contains("另有 2 张").doesNotContain("LIMS.TMP_1（");
	}

	@Test
	void ageIsWrittenInDaysOrHours() {
		assertThat(TemporaryTablesCheck.age(Duration.ofDays(30))).isEqualTo("30 天");
		assertThat(TemporaryTablesCheck.age(Duration.ofHours(36))).isEqualTo("36 小时");
	}

	private CheckResult run() {
		return this.fixture.run(this.check, new CheckState(java.util.Map.of()), target(List.of("LIMS")));
	}

	private OracleProperties.Target target(List<String> schemas) {
		return this.fixture.target("fixture", new OracleProperties.TemporaryTables(schemas, null, null));
	}

	private OracleProperties.Target target(List<String> schemas, List<String> patterns) {
		return this.fixture.target("fixture", new OracleProperties.TemporaryTables(schemas, patterns, null));
	}

	/** Adds a table created the given number of days ago, with one table segment. */
	private void table(String owner, String name, int ageDays, Integer numRows, boolean temporary, long bytes) {
		this.fixture.execute("INSERT INTO DBA_TABLES (OWNER, TABLE_NAME, NUM_ROWS, TEMPORARY, DROPPED) VALUES ('"
				+ owner + "', '" + name + "', " + numRows + ", '" + (temporary ? "Y" : "N") + "', 'NO');\n"
				+ "INSERT INTO DBA_OBJECTS (OWNER, OBJECT_NAME, OBJECT_TYPE, CREATED, STATUS) VALUES ('" + owner
				+ "', '" + name + "', 'TABLE', SYSDATE - " + ageDays + ", 'VALID')");
		if (bytes > 0) {
			segment(owner, name, "TABLE", bytes);
		}
	}

	private void segment(String owner, String name, String type, long bytes) {
		this.fixture.execute("INSERT INTO DBA_SEGMENTS (OWNER, SEGMENT_NAME, SEGMENT_TYPE, BYTES) VALUES ('" + owner
				+ "', '" + name + "', '" + type + "', " + bytes + ")");
	}

}
