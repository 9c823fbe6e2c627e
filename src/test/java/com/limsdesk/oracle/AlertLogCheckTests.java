package com.limsdesk.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertLogCheckTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** A lookback that reaches every fixture entry on a first run. */
	private static final Duration EVERYTHING = Duration.ofDays(36500);

	private static final DateTimeFormatter CLASSIC = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy",
			Locale.ENGLISH);

	private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSSxxx");

	private final OracleFixture fixture = OracleFixture.create();

	@TempDir
	Path directory;

	private CheckState state = new CheckState(Map.of());

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void missingSourceIsUnknown() {
		CheckResult result = run(check(), target(new OracleProperties.AlertLog(null, null, null), SHANGHAI));

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(result.message()).contains("未配置告警日志来源");
		assertThat(result.figures()).isEmpty();
	}

	@Test
	void missingFileIsUnknownAndKeepsState() {
		Path missing = this.directory.resolve("alert_LIMS.log");

		CheckResult result = run(check(), fileTarget(missing));

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(result.message()).contains(missing.toString()).contains("不存在");
		assertThat(this.state.values()).isEmpty();
	}

	@Test
	void invalidCharsetIsUnknown() {
		Path file = copy("classic-11g.log");

		CheckResult result = run(check(),
				target(new OracleProperties.AlertLog(file, "NO-SUCH-CHARSET", null), SHANGHAI));

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(result.message()).contains("NO-SUCH-CHARSET");
	}

	@Test
	void classicFormatEntriesAreClassified() throws IOException {
		Path file = copy("classic-11g.log");

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "new_entries")).isEqualTo(6);
		assertThat(count(result, "warning_entries")).isEqualTo(3);
		assertThat(count(result, "critical_entries")).isZero();
		assertThat(count(result, "other_ora_errors")).isZero();
		assertThat(count(result, "checkpoint_not_complete")).isZero();
		assertThat(result.figure("ORA-01652", "entries").value().intValue()).isEqualTo(1);
		assertThat(result.figure("ORA-12012", "entries").value().intValue()).isEqualTo(1);
		assertThat(count(result, "bytes_read")).isEqualTo(Files.size(file));
		assertThat(count(result, "bytes_remaining")).isZero();
		assertThat(result.message()).contains("2026-12-02 23:30:12 +08:00 ORA-1652: unable to extend temp segment");
		assertThat(result.severityHint()).isNull();
	}

	@Test
	void isoFormatEntriesAreClassified() {
		Path file = copy("iso-19c.log");

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(result, "new_entries")).isEqualTo(7);
		assertThat(count(result, "critical_entries")).isEqualTo(2);
		assertThat(count(result, "warning_entries")).isZero();
		assertThat(count(result, "other_ora_errors")).isEqualTo(2);
		assertThat(count(result, "checkpoint_not_complete")).isEqualTo(3);
		assertThat(result.figure("ORA-03136", "entries").value().intValue()).isEqualTo(1);
		assertThat(result.message()).contains("2026-12-03 02:15:07 +08:00 LGWR (ospid: 4410): terminating the instance")
			.contains("2026-12-03 02:15:08 +08:00 Instance terminated by LGWR");
		assertThat(result.severityHint()).isEqualTo("major");
	}

	@Test
	void timesAreShownInServerZone() {
		Path file = copy("iso-19c.log");

		CheckResult result = run(check(), target(new OracleProperties.AlertLog(file, null, null), ZoneId.of("UTC")));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.message()).contains("2026-12-02 18:15:07 +00:00 LGWR (ospid: 4410)");
	}

	@Test
	void multiLineOra600IsOneCriticalEntry() {
		Path file = copy("multi-line-ora600.log");

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(result, "new_entries")).isEqualTo(3);
		assertThat(count(result, "critical_entries")).isEqualTo(1);
		assertThat(result.figure("ORA-00600", "entries").value().intValue()).isEqualTo(1);
		assertThat(result.message())
			.contains("2026-12-03 02:15:07 +08:00 ORA-00600: internal error code, arguments: [kcbz_check_objd_typ_3]");
		assertThat(result.severityHint()).isEqualTo("major");
	}

	@Test
	void blockCorruptionHasCriticalSeverity() {
		Path file = copy("block-corruption.log");

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(result, "critical_entries")).isEqualTo(1);
		assertThat(result.figure("ORA-01578", "entries").value().intValue()).isEqualTo(1);
		assertThat(result.figure("ORA-01110", "entries").value().intValue()).isEqualTo(1);
		assertThat(result.severityHint()).isEqualTo("critical");
	}

	@Test
	void appendedEntriesAreCountedOnce() {
		Path file = copy("classic-11g.log");
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		append(file, fixtureText("multi-line-ora600.log"));

		CheckResult second = run(check, fileTarget(file));
		CheckResult third = run(check, fileTarget(file));

		assertThat(second.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(second, "new_entries")).isEqualTo(3);
		assertThat(count(second, "critical_entries")).isEqualTo(1);
		assertThat(count(second, "warning_entries")).isZero();
		assertThat(count(second, "bytes_read")).isEqualTo(fixtureBytes("multi-line-ora600.log").length);
		assertThat(third.status()).isEqualTo(CheckStatus.OK);
		assertThat(count(third, "new_entries")).isZero();
		assertThat(count(third, "bytes_read")).isZero();
		assertThat(third.message()).contains("没有新记录");
	}

	@Test
	void partialLastEntryWaitsForItsLineBreak() {
		Path file = copy("classic-11g.log");
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		append(file, "Thu Dec 03 04:00:00 2026\nORA-00600: internal error code, arguments: [kcbgtcr_13], [");

		CheckResult partial = run(check, fileTarget(file));
		append(file, "], [], []\n");
		CheckResult complete = run(check, fileTarget(file));
		CheckResult after = run(check, fileTarget(file));

		assertThat(partial.status()).isEqualTo(CheckStatus.OK);
		assertThat(count(partial, "new_entries")).isZero();
		assertThat(count(partial, "bytes_remaining")).isPositive();
		assertThat(complete.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(complete, "new_entries")).isEqualTo(1);
		assertThat(count(complete, "critical_entries")).isEqualTo(1);
		assertThat(complete.message()).contains("arguments: [kcbgtcr_13], [], [], []");
		assertThat(count(after, "new_entries")).isZero();
		assertThat(count(after, "critical_entries")).isZero();
	}

	@Test
	void linesAppendedToCountedEntryAreClassified() {
		Path file = copy("classic-11g.log");
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		append(file,
				"Thu Dec 03 04:00:00 2026\nErrors in file /u01/app/oracle/diag/rdbms/lims/LIMS/trace/LIMS_ora_881.trc"
						+ "  (incident=24777):\n");
		CheckResult header = run(check, fileTarget(file));
		append(file, "ORA-07445: exception encountered: core dump [kghalp()+58] [SIGSEGV]\n");

		CheckResult continuation = run(check, fileTarget(file));

		assertThat(header.status()).isEqualTo(CheckStatus.OK);
		assertThat(count(header, "new_entries")).isEqualTo(1);
		assertThat(continuation.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(continuation, "new_entries")).isZero();
		assertThat(count(continuation, "critical_entries")).isEqualTo(1);
		assertThat(continuation.message()).contains("续写").contains("2026-12-03 04:00:00 +08:00 ORA-07445");
	}

	@Test
	void rotatedFileIsReadFromItsStart() throws IOException {
		Path file = copy("classic-11g.log");
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		Files.move(file, this.directory.resolve("alert_LIMS.log.1"));
		copy("rotation-new.log");

		CheckResult rotated = run(check, fileTarget(file));
		CheckResult after = run(check, fileTarget(file));

		assertThat(rotated.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(rotated, "new_entries")).isEqualTo(2);
		assertThat(count(rotated, "critical_entries")).isEqualTo(1);
		assertThat(count(rotated, "warning_entries")).isZero();
		assertThat(entries(rotated, "ORA-04031")).isEqualTo(1);
		assertThat(rotated.message()).contains("已轮换或被截断");
		assertThat(count(after, "new_entries")).isZero();
		assertThat(after.status()).isEqualTo(CheckStatus.OK);
	}

	@Test
	void truncatedFileIsReadFromItsStart() {
		Path file = copy("classic-11g.log");
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		write(file, fixtureText("truncation-new.log"));

		CheckResult truncated = run(check, fileTarget(file));
		CheckResult after = run(check, fileTarget(file));

		assertThat(truncated.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(truncated, "new_entries")).isEqualTo(3);
		assertThat(count(truncated, "warning_entries")).isEqualTo(1);
		assertThat(entries(truncated, "ORA-01555")).isEqualTo(1);
		assertThat(truncated.message()).contains("已轮换或被截断");
		assertThat(count(after, "new_entries")).isZero();
	}

	@Test
	void regrownFileIsReadFromItsStart() {
		String classic = fixtureText("classic-11g.log");
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, classic.substring(0, classic.indexOf("Thu Dec 03 01:05:44 2026")));
		AlertLogCheck check = check();
		CheckResult first = run(check, fileTarget(file));
		write(file, fixtureText("truncation-new.log"));

		CheckResult regrown = run(check, fileTarget(file));

		assertThat(count(first, "new_entries")).isEqualTo(2);
		assertThat(regrown.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(regrown, "new_entries")).isEqualTo(3);
		assertThat(entries(regrown, "ORA-01555")).isEqualTo(1);
		assertThat(regrown.message()).contains("已轮换或被截断");
	}

	@Test
	void sameSecondEntryAfterRotationIsCounted() throws IOException {
		String sameSecond = fixtureText("same-second.log");
		int third = nthIndexOf(sameSecond, "Thu Dec 03 05:00:00 2026", 3);
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, sameSecond.substring(0, third));
		AlertLogCheck check = check();
		CheckResult first = run(check, fileTarget(file));
		Files.move(file, this.directory.resolve("alert_LIMS.log.1"));
		write(file, sameSecond.substring(third));

		CheckResult rotated = run(check, fileTarget(file));

		assertThat(count(first, "new_entries")).isEqualTo(2);
		assertThat(entries(first, "ORA-01653")).isEqualTo(1);
		assertThat(rotated.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(rotated, "new_entries")).isEqualTo(1);
		assertThat(entries(rotated, "ORA-01654")).isEqualTo(1);
		assertThat(rotated.figure("ORA-01653", "entries")).isNull();
	}

	@Test
	void rereadFileSkipsEntriesUpToWatermark() {
		String sameSecond = fixtureText("same-second.log");
		int third = nthIndexOf(sameSecond, "Thu Dec 03 05:00:00 2026", 3);
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, sameSecond.substring(0, third));
		AlertLogCheck check = check();
		run(check, fileTarget(file));
		write(file, "Copied from limsdb01\n" + sameSecond);

		CheckResult reread = run(check, fileTarget(file));

		assertThat(reread.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(reread, "new_entries")).isEqualTo(1);
		assertThat(count(reread, "warning_entries")).isEqualTo(1);
		assertThat(entries(reread, "ORA-01654")).isEqualTo(1);
		assertThat(reread.figure("ORA-01653", "entries")).isNull();
	}

	@Test
	void byteLimitLeavesRestForNextRun() throws IOException {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, "");
		AlertLogCheck check = check(thresholds(null, null, DataSize.ofKilobytes(4), null));
		run(check, fileTarget(file));
		StringBuilder log = new StringBuilder();
		LocalDateTime time = LocalDateTime.of(2026, 12, 3, 8, 0, 0);
		for (int i = 0; i < 200; i++) {
			log.append(CLASSIC.format(time.plusSeconds(i * 7L))).append('\n');
			log.append((i % 10 == 0) ? "ORA-1652: unable to extend temp segment by 128 in tablespace TEMP\n"
					: "Thread 1 advanced to log sequence " + (5000 + i) + " (LGWR switch)\n");
		}
		append(file, log.toString());

		List<CheckResult> results = new ArrayList<>();
		CheckResult last;
		do {
			last = run(check, fileTarget(file));
			results.add(last);
		}
		while (count(last, "bytes_remaining") > 0 && results.size() < 100);

		CheckResult first = results.get(0);
		assertThat(count(first, "bytes_read")).isBetween(1L, 4096L);
		assertThat(count(first, "bytes_remaining")).isEqualTo(Files.size(file) - count(first, "bytes_read"));
		assertThat(first.message()).contains("未读");
		assertThat(results).hasSizeGreaterThan(2);
		assertThat(results.stream().mapToLong((result) -> count(result, "new_entries")).sum()).isEqualTo(200);
		assertThat(results.stream().mapToLong((result) -> count(result, "warning_entries")).sum()).isEqualTo(20);
		assertThat(results.stream().mapToLong((result) -> count(result, "bytes_read")).sum())
			.isEqualTo(Files.size(file));
	}

	@Test
	void entryLongerThanLimitIsReadInParts() {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, "");
		AlertLogCheck check = check(thresholds(null, null, DataSize.ofKilobytes(1), null));
		run(check, fileTarget(file));
		StringBuilder log = new StringBuilder("Thu Dec 03 06:00:04 2026\nSystem parameters with non-default values:\n");
		for (int i = 0; i < 60; i++) {
			log.append("  _desk_test_parameter_").append(i).append("        = ").append(1000 + i).append('\n');
		}
		log.append("Thu Dec 03 06:10:00 2026\nORA-00600: internal error code, arguments: [kcbgtcr_13]\n");
		append(file, log.toString());

		List<CheckResult> results = new ArrayList<>();
		CheckResult last;
		do {
			last = run(check, fileTarget(file));
			results.add(last);
		}
		while (count(last, "bytes_remaining") > 0 && results.size() < 20);

		assertThat(results).hasSizeGreaterThan(2);
		assertThat(count(last, "bytes_remaining")).isZero();
		assertThat(results.stream().mapToLong((result) -> count(result, "new_entries")).sum()).isEqualTo(2);
		assertThat(results.stream().mapToLong((result) -> count(result, "critical_entries")).sum()).isEqualTo(1);
		assertThat(last.status()).isEqualTo(CheckStatus.CRITICAL);
	}

	@Test
	void chunkEndInsideCharacterKeepsTextIntact() {
		byte[] bytes = fixtureBytes("non-ascii.log");
		String text = new String(bytes, StandardCharsets.UTF_8);
		int firstEntryLength = text.indexOf("Thu Dec 03 06:00:04 2026");
		int characterStart = new String(bytes, StandardCharsets.ISO_8859_1)
			.indexOf(new String("样".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, text.substring(0, firstEntryLength));
		int limit = characterStart + 1 - firstEntryLength;
		AlertLogCheck check = check(thresholds(null, null, DataSize.ofBytes(limit), null));
		run(check, fileTarget(file));
		write(file, text);

		CheckResult cut = run(check, fileTarget(file));
		CheckResult rest = run(check, fileTarget(file));

		assertThat(limit).isGreaterThanOrEqualTo(1024);
		assertThat(count(cut, "new_entries")).isEqualTo(1);
		assertThat(count(cut, "bytes_remaining")).isPositive();
		assertThat(cut.message()).contains("未读");
		assertThat(rest.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(rest, "new_entries")).isEqualTo(2);
		assertThat(count(rest, "bytes_remaining")).isZero();
		assertThat(rest.message()).contains("LIMS.\"样品结果_索引\" by 1024 in tablespace 检测数据").doesNotContain("\uFFFD");
	}

	@Test
	void frequentCheckpointNotCompleteIsWarning() {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, checkpointEntries(3));

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "checkpoint_not_complete")).isEqualTo(3);
		assertThat(count(result, "warning_entries")).isZero();
		assertThat(result.message()).contains("其中 Checkpoint not complete 3 次");
	}

	@Test
	void rareCheckpointNotCompleteIsOk() {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, checkpointEntries(2));

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(count(result, "checkpoint_not_complete")).isEqualTo(2);
	}

	@Test
	void otherOraErrorsStayOk() {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, "Thu Dec 03 07:00:00 2026\nWARNING: inbound connection timed out (ORA-3136)\n"
				+ "Thu Dec 03 07:00:31 2026\nORA-01013: user requested cancel of current operation\n");

		CheckResult result = run(check(), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(count(result, "other_ora_errors")).isEqualTo(2);
		assertThat(entries(result, "ORA-03136")).isEqualTo(1);
		assertThat(result.message()).contains("其他 ORA 错误 2 条");
	}

	@Test
	void configuredPatternsReplaceDefaults() {
		Path file = copy("iso-19c.log");
		AlertLogThresholds thresholds = new AlertLogThresholds(List.of("ORA-600"),
				List.of("inbound connection timed out"), null, null, EVERYTHING, null, null, null);

		CheckResult result = run(new AlertLogCheck(thresholds), fileTarget(file));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "critical_entries")).isZero();
		assertThat(count(result, "warning_entries")).isEqualTo(1);
		assertThat(entries(result, "inbound connection timed out")).isEqualTo(1);
		assertThat(count(result, "other_ora_errors")).isEqualTo(1);
	}

	@Test
	void firstRunCountsOnlyRecentEntries() {
		ZoneId zone = ZoneId.systemDefault();
		LocalDateTime now = LocalDateTime.now(zone);
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file,
				CLASSIC.format(now.minusDays(3)) + "\nORA-00600: internal error code, arguments: [old]\n"
						+ CLASSIC.format(now.minusHours(1))
						+ "\nORA-1652: unable to extend temp segment by 128 in tablespace TEMP\n");
		AlertLogCheck check = new AlertLogCheck(new AlertLogThresholds(null, null, null, null, null, null, null, null));

		CheckResult result = run(check, target(new OracleProperties.AlertLog(file, null, null), zone));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "new_entries")).isEqualTo(1);
		assertThat(count(result, "critical_entries")).isZero();
		assertThat(result.message()).contains("首次读取").contains("24 小时");
	}

	@Test
	void fileWinsOverView() {
		insertRow(1, "2026-12-03 02:15:07.123456789+08:00", "ORA-00600: internal error code, arguments: [view]");
		Path file = copy("classic-11g.log");

		CheckResult result = run(check(),
				target(new OracleProperties.AlertLog(file, null, "V$DIAG_ALERT_EXT"), SHANGHAI));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "critical_entries")).isZero();
	}

	@Test
	void viewRowsAreReadOnce() {
		insertRow(1, "2026-12-03 02:10:00.000000000+08:00", "Thread 1 advanced to log sequence 8810 (LGWR switch)");
		insertRow(2, "2026-12-03 02:15:07.123456789+08:00",
				"Errors in file /u01/app/oracle/diag/rdbms/lims/LIMS/trace/LIMS_ora_12345.trc  (incident=24601):\n"
						+ "ORA-00600: internal error code, arguments: [kcbz_check_objd_typ_3], [0], [0], [1]");
		insertRow(3, "2026-12-03 02:20:00.500000000+08:00",
				"ORA-1652: unable to extend temp segment by 128 in tablespace TEMP");
		AlertLogCheck check = check();
		OracleProperties.Target target = viewTarget("V$DIAG_ALERT_EXT");

		CheckResult first = run(check, target);
		insertRow(4, "2026-12-03 02:30:00.000000000+08:00", "ORA-00060: Deadlock detected.");
		CheckResult second = run(check, target);
		CheckResult third = run(check, target);

		assertThat(first.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(first, "new_entries")).isEqualTo(3);
		assertThat(count(first, "critical_entries")).isEqualTo(1);
		assertThat(count(first, "warning_entries")).isEqualTo(1);
		assertThat(first.figure("", "bytes_read")).isNull();
		assertThat(first.message()).contains("2026-12-03 02:15:07 +08:00 ORA-00600");
		assertThat(second.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(second, "new_entries")).isEqualTo(1);
		assertThat(entries(second, "ORA-00060")).isEqualTo(1);
		assertThat(count(third, "new_entries")).isZero();
		assertThat(third.status()).isEqualTo(CheckStatus.OK);
	}

	@Test
	void restartedRecordIdsAreFoundByTime() {
		insertRow(900, "2026-12-03 02:10:00.000000000+08:00", "Thread 1 advanced to log sequence 8810 (LGWR switch)");
		insertRow(901, "2026-12-03 02:11:00.000000000+08:00", "ORA-00060: Deadlock detected.");
		AlertLogCheck check = check();
		OracleProperties.Target target = viewTarget("V$DIAG_ALERT_EXT");
		run(check, target);
		this.fixture.execute("DELETE FROM V$DIAG_ALERT_EXT");
		insertRow(1, "2026-12-03 03:00:00.000000000+08:00", "Starting ORACLE instance (normal)");
		insertRow(2, "2026-12-03 03:00:05.000000000+08:00",
				"ORA-04031: unable to allocate 4160 bytes of shared memory");

		CheckResult restarted = run(check, target);
		CheckResult after = run(check, target);

		assertThat(restarted.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(count(restarted, "new_entries")).isEqualTo(2);
		assertThat(entries(restarted, "ORA-04031")).isEqualTo(1);
		assertThat(count(after, "new_entries")).isZero();
	}

	@Test
	void higherOldRecordIdsAreNotReread() {
		insertRow(900, "2026-12-03 02:10:00.000000000+08:00", "ORA-00060: Deadlock detected.");
		AlertLogCheck check = check();
		OracleProperties.Target target = viewTarget("V$DIAG_ALERT_EXT");
		run(check, target);
		insertRow(1, "2026-12-03 03:00:00.000000000+08:00",
				"ORA-04031: unable to allocate 4160 bytes of shared memory");

		CheckResult restarted = run(check, target);
		CheckResult after = run(check, target);

		assertThat(count(restarted, "new_entries")).isEqualTo(1);
		assertThat(count(restarted, "warning_entries")).isZero();
		assertThat(count(restarted, "critical_entries")).isEqualTo(1);
		assertThat(count(after, "new_entries")).isZero();
		assertThat(count(after, "warning_entries")).isZero();
	}

	@Test
	void rowLimitLeavesRestForNextRun() {
		insertRow(1, "2026-12-03 02:10:00.000000000+08:00", "ORA-00060: Deadlock detected.");
		insertRow(2, "2026-12-03 02:10:00.000000000+08:00", "ORA-00060: Deadlock detected.");
		insertRow(3, "2026-12-03 02:12:00.000000000+08:00", "ORA-01555 caused by SQL statement below");
		AlertLogCheck check = check(thresholds(null, null, null, 2));
		OracleProperties.Target target = viewTarget("V$DIAG_ALERT_EXT");

		CheckResult first = run(check, target);
		CheckResult second = run(check, target);
		CheckResult third = run(check, target);

		assertThat(count(first, "new_entries")).isEqualTo(2);
		assertThat(entries(first, "ORA-00060")).isEqualTo(2);
		assertThat(first.message()).contains("已达上限 2 条");
		assertThat(count(second, "new_entries")).isEqualTo(1);
		assertThat(entries(second, "ORA-01555")).isEqualTo(1);
		assertThat(count(third, "new_entries")).isZero();
	}

	@Test
	void firstViewRunCountsOnlyRecentRows() {
		ZoneId zone = ZoneId.systemDefault();
		OffsetDateTime now = OffsetDateTime.now(zone);
		insertRow(1, SQL_TIMESTAMP.format(now.minusDays(3)), "ORA-00600: internal error code, arguments: [old]");
		insertRow(2, SQL_TIMESTAMP.format(now.minusHours(1)), "ORA-00060: Deadlock detected.");
		AlertLogCheck check = new AlertLogCheck(new AlertLogThresholds(null, null, null, null, null, null, null, null));
		OracleProperties.Target target = target(new OracleProperties.AlertLog(null, null, "V$DIAG_ALERT_EXT"), zone);

		CheckResult result = run(check, target);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(count(result, "new_entries")).isEqualTo(1);
		assertThat(result.message()).contains("首次读取");
	}

	@Test
	void ownerQualifiedViewIsRead() {
		insertRow(1, "2026-12-03 02:15:07.000000000+08:00",
				"ORA-00257: archiver error. Connect internal only, until freed.");

		CheckResult result = run(check(), viewTarget("PUBLIC.V$DIAG_ALERT_EXT"));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(entries(result, "ORA-00257")).isEqualTo(1);
	}

	@Test
	void invalidPatternIsRejected() {
		AlertLogThresholds thresholds = new AlertLogThresholds(List.of("ORA-(600"), null, null, null, null, null, null,
				null);

		assertThatIllegalArgumentException().isThrownBy(() -> new AlertLogCheck(thresholds))
			.withMessageContaining("critical-patterns");
	}

	private CheckResult run(AlertLogCheck check, OracleProperties.Target target) {
		CheckResult result = this.fixture.run(check, this.state, target);
		this.state = new CheckState(this.state.values());
		return result;
	}

	private static AlertLogCheck check() {
		return check(thresholds(null, null, null, null));
	}

	private static AlertLogCheck check(AlertLogThresholds thresholds) {
		return new AlertLogCheck(thresholds);
	}

	private static AlertLogThresholds thresholds(List<String> critical, List<String> warning, DataSize maxBytes,
			Integer maxRows) {
		return new AlertLogThresholds(critical, warning, null, null, EVERYTHING, maxBytes, maxRows, null);
	}

	private OracleProperties.Target fileTarget(Path file) {
		return target(new OracleProperties.AlertLog(file, null, null), SHANGHAI);
	}

	private OracleProperties.Target viewTarget(String view) {
		return target(new OracleProperties.AlertLog(null, null, view), SHANGHAI);
	}

	private OracleProperties.Target target(OracleProperties.AlertLog alertLog, ZoneId zone) {
		OracleProperties.Account account = new OracleProperties.Account("sa", null, null);
		return new OracleProperties.Target("fixture", this.fixture.url(), account, account, zone, null, alertLog,
				List.of(), null);
	}

	private void insertRow(long recordId, String time, String text) {
		this.fixture.execute("INSERT INTO V$DIAG_ALERT_EXT (RECORD_ID, ORIGINATING_TIMESTAMP, COMPONENT_ID, "
				+ "MESSAGE_LEVEL, MESSAGE_TEXT) VALUES (" + recordId + ", TIMESTAMP WITH TIME ZONE '" + time
				+ "', 'rdbms', 16, '" + text.replace("'", "''") + "')");
	}

	private static long count(CheckResult result, String name) {
		return result.figure("", name).value().longValue();
	}

	/** Returns the number of entries counted under an ORA code or matched text. */
	private static long entries(CheckResult result, String key) {
		Figure figure = result.figure(key, "entries");
		assertThat(figure).as("figure %s/entries", key).isNotNull();
		return figure.value().longValue();
	}

	private static String checkpointEntries(int count) {
		StringBuilder log = new StringBuilder();
		for (int i = 0; i < count; i++) {
			log.append("2026-12-03T01:5")
				.append(i)
				.append(":10.104233+08:00\n")
				.append("Thread 1 cannot allocate new log, sequence ")
				.append(8812 + i)
				.append('\n')
				.append("Checkpoint not complete\n")
				.append("  Current log# 3 seq# ")
				.append(8811 + i)
				.append(" mem# 0: /u01/app/oracle/oradata/LIMS/redo03.log\n");
		}
		return log.toString();
	}

	private static int nthIndexOf(String text, String part, int n) {
		int index = -1;
		for (int i = 0; i < n; i++) {
			index = text.indexOf(part, index + 1);
		}
		return index;
	}

	private Path copy(String name) {
		Path file = this.directory.resolve("alert_LIMS.log");
		write(file, fixtureText(name));
		return file;
	}

	private static String fixtureText(String name) {
		return new String(fixtureBytes(name), StandardCharsets.UTF_8);
	}

	private static byte[] fixtureBytes(String name) {
		try (InputStream input = AlertLogCheckTests.class.getResourceAsStream("/oracle-alert-logs/" + name)) {
			assertThat(input).as("fixture alert log %s", name).isNotNull();
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
