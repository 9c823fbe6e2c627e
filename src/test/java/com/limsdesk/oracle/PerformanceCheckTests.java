package com.limsdesk.oracle;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.limsdesk.oracle.PerformanceCheckWaitSample.Baseline;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Comparison;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Counter;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PerformanceCheckTests {

	private final OracleFixture fixture = OracleFixture.create();

	private final PerformanceCheck check = new PerformanceCheck(
			new PerformanceThresholds(null, null, null, null, null));

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void quietInstanceIsOk() {
		CheckState state = new CheckState(Map.of());

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "blocked_sessions")).isZero();
		assertThat(value(result, "", "max_blocked_wait")).isZero();
		assertThat(value(result, "", "long_running_calls")).isZero();
		assertThat(value(result, "", "max_call_seconds")).isZero();
		assertThat(result.message()).contains("没有被阻塞的会话").contains("没有运行超过 600 秒的用户调用");
	}

	@Test
	void firstRunRecordsBaselineWithoutDeltas() {
		CheckState state = new CheckState(Map.of());

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.message()).contains("已记录 4 个非空闲等待事件的基线");
		assertThat(result.figures()).noneMatch((figure) -> figure.name().endsWith("_delta"));
		assertThat(result.figure("", "sample_interval")).isNull();
		assertThat(state.get("waitSample.LIMS")).startsWith("startup=").contains("\n2652584166 8000000 40000000000");
	}

	@Test
	void blockedOverMinuteIsWarning() {
		insertBlocker(120, "INACTIVE", 1800);
		insertWaiter(130, 120, 1, 90_000_000L, 90L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "blocked_sessions")).isEqualTo(1);
		assertThat(value(result, "", "max_blocked_wait")).isEqualTo(90);
		assertThat(result.message()).contains("1 个会话被其他会话阻塞，最长等待 90 秒，超过警告阈值 60 秒");
		assertThat(result.message()).contains("会话 120,7（用户 LIMS，机器 lims-app03")
			.contains("已空闲 1800 秒")
			.contains("阻塞 1 个会话，最长等待 90 秒（enq: TX - row lock contention）");
	}

	@Test
	void blockedOverFiveMinutesIsCritical() {
		insertBlocker(120, "ACTIVE", 2000);
		insertWaiter(130, 120, 1, 400_000_000L, 400L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "max_blocked_wait")).isEqualTo(400);
		assertThat(result.message()).contains("超过严重阈值 300 秒").contains("当前调用已执行 2000 秒");
	}

	@Test
	void shortBlockIsOkButReported() {
		insertBlocker(120, "ACTIVE", 3);
		insertWaiter(130, 120, 1, 5_000_000L, 5L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "blocked_sessions")).isEqualTo(1);
		assertThat(value(result, "", "max_blocked_wait")).isEqualTo(5);
		assertThat(result.message()).contains("1 个会话被其他会话阻塞，最长等待 5 秒");
	}

	@Test
	void secondsInWaitIsReadWithoutMicroseconds() {
		insertBlocker(120, "INACTIVE", 500);
		insertWaiter(130, 120, 1, null, 120L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "max_blocked_wait")).isEqualTo(120);
	}

	@Test
	void chainIsReportedAtItsHead() {
		insertBlocker(120, "INACTIVE", 900);
		insertWaiter(130, 120, 1, 400_000_000L, 400L);
		insertWaiter(131, 130, 1, 200_000_000L, 200L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "blocked_sessions")).isEqualTo(2);
		assertThat(value(result, "", "max_blocked_wait")).isEqualTo(400);
		assertThat(result.message()).contains("会话 120,7").contains("阻塞 2 个会话，最长等待 400 秒");
		assertThat(result.message()).doesNotContain("会话 130,1（");
	}

	@Test
	void blockerOnOtherInstanceIsNamedByInstance() {
		insertWaiter(130, 101, 2, 100_000_000L, 100L);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.message()).contains("实例 2 的会话 101 阻塞 1 个会话");
		assertThat(result.message()).doesNotContain("会话 101,17");
	}

	@Test
	void blockedIdleWaitIsNotCounted() {
		insertBlocker(120, "INACTIVE", 900);
		this.fixture.execute("INSERT INTO V$SESSION (SID, SERIAL#, USERNAME, STATUS, TYPE, LAST_CALL_ET,"
				+ " BLOCKING_SESSION_STATUS, BLOCKING_INSTANCE, BLOCKING_SESSION, EVENT, WAIT_CLASS, STATE,"
				+ " WAIT_TIME_MICRO) VALUES (130, 1, 'LIMS', 'INACTIVE', 'USER', 900, 'VALID', 1, 120,"
				+ " 'SQL*Net message from client', 'Idle', 'WAITING', 900000000)");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "blocked_sessions")).isZero();
	}

	@Test
	void callOverTenMinutesIsWarning() {
		insertCall(150, "JDBC Thin Client", 900, "WAITED KNOWN TIME", "User I/O", "db file scattered read");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "long_running_calls")).isEqualTo(1);
		assertThat(value(result, "", "max_call_seconds")).isEqualTo(900);
		assertThat(result.message()).contains("1 个用户调用已运行超过 600 秒，最长 900 秒，超过警告阈值 600 秒")
			.contains("会话 150,3 运行 900 秒（用户 LIMS，机器 lims-app01，SQL_ID 9babjv8yq8ru3");
	}

	@Test
	void callOverHourIsCritical() {
		insertCall(150, "JDBC Thin Client", 4000, "WAITING", "User I/O", "db file scattered read");
		insertCall(151, "JDBC Thin Client", 700, "WAITED SHORT TIME", "CPU", null);
		insertCall(152, "JDBC Thin Client", 30, "WAITED SHORT TIME", "CPU", null);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "long_running_calls")).isEqualTo(2);
		assertThat(value(result, "", "max_call_seconds")).isEqualTo(4000);
		assertThat(result.message()).contains("超过严重阈值 3600 秒");
	}

	@Test
	void callInIdleWaitIsNotLong() {
		insertCall(150, "JDBC Thin Client", 5000, "WAITING", "Idle", "Streams AQ: waiting for messages in the queue");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "long_running_calls")).isZero();
		assertThat(value(result, "", "max_call_seconds")).isZero();
	}

	@Test
	void rmanChannelIsIgnored() {
		insertCall(150, "rman@limsdb01 (TNS V1-V3)", 7200, "WAITING", "System I/O", "RMAN backup & recovery I/O");
		insertCall(151, "JDBC Thin Client", 60, "WAITED SHORT TIME", "CPU", null);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "long_running_calls")).isZero();
		assertThat(value(result, "", "max_call_seconds")).isEqualTo(60);
	}

	@Test
	void configuredProgramPatternIsIgnored() {
		PerformanceCheck configured = new PerformanceCheck(
				new PerformanceThresholds(null, null, null, null, List.of("*nightly*")));
		insertCall(150, "LimsNightlyExport.exe", 7200, "WAITED SHORT TIME", "CPU", null);
		insertCall(151, "rman@limsdb01 (TNS V1-V3)", 7200, "WAITING", "System I/O", "RMAN backup & recovery I/O");

		CheckResult result = this.fixture.run(configured);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "long_running_calls")).isEqualTo(1);
		assertThat(result.message()).contains("会话 151,3");
	}

	@Test
	void deltaSinceLastSampleIsReported() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		this.fixture.execute("UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = TOTAL_WAITS + 2000,"
				+ " TIME_WAITED_MICRO = TIME_WAITED_MICRO + 30000000 WHERE EVENT = 'log file sync';\n"
				+ "UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = TOTAL_WAITS + 10000,"
				+ " TIME_WAITED_MICRO = TIME_WAITED_MICRO + 12500000 WHERE EVENT = 'db file sequential read';\n"
				+ "UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = TOTAL_WAITS + 500,"
				+ " TIME_WAITED_MICRO = TIME_WAITED_MICRO + 99000000000 WHERE WAIT_CLASS = 'Idle'");

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "log file sync", "wait_seconds_delta")).isEqualTo(30.0);
		assertThat(value(result, "log file sync", "waits_delta")).isEqualTo(2000);
		assertThat(value(result, "db file sequential read", "wait_seconds_delta")).isEqualTo(12.5);
		assertThat(value(result, "db file sequential read", "waits_delta")).isEqualTo(10000);
		assertThat(result.figure("db file scattered read", "waits_delta")).isNull();
		assertThat(result.figure("SQL*Net message from client", "waits_delta")).isNull();
		assertThat(value(result, "", "sample_interval")).isBetween(0.0, 60.0);
		assertThat(result.message())
			.contains("等待时间最多的非空闲事件：log file sync 30.0 秒（2000 次）、db file sequential read 12.5 秒（10000 次）");
	}

	@Test
	void restartTakesDeltaFromZero() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		this.fixture.execute("UPDATE V$INSTANCE SET STARTUP_TIME = SYSDATE - INTERVAL '2' HOUR;\n"
				+ "UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = 1000, TIME_WAITED_MICRO = 2000000"
				+ " WHERE EVENT = 'log file sync';\n"
				+ "UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = 400, TIME_WAITED_MICRO = 1500000"
				+ " WHERE EVENT = 'db file sequential read';\n"
				+ "DELETE FROM V$SYSTEM_EVENT WHERE EVENT IN ('db file scattered read', 'control file parallel write')");

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "log file sync", "waits_delta")).isEqualTo(1000);
		assertThat(value(result, "log file sync", "wait_seconds_delta")).isEqualTo(2.0);
		assertThat(value(result, "db file sequential read", "waits_delta")).isEqualTo(400);
		assertThat(value(result, "", "sample_interval")).isBetween(7199.0, 7260.0);
		assertThat(result.figures()).allMatch((figure) -> figure.value().signum() >= 0);
		assertThat(result.message()).contains("重启，自启动以来等待时间最多的非空闲事件：log file sync 2.0 秒（1000 次）");
	}

	@Test
	void lowerCounterWithoutRestartRestartsSample() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		this.fixture.execute("UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = 10, TIME_WAITED_MICRO = 1000"
				+ " WHERE EVENT = 'log file sync';\n"
				+ "UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = TOTAL_WAITS + 5 WHERE EVENT = 'db file sequential read'");
		CheckState second = new CheckState(state.values());

		CheckResult reset = this.fixture.run(this.check, second);
		this.fixture.execute("UPDATE V$SYSTEM_EVENT SET TOTAL_WAITS = 30, TIME_WAITED_MICRO = 4000"
				+ " WHERE EVENT = 'log file sync'");
		CheckResult next = this.fixture.run(this.check, new CheckState(second.values()));

		assertThat(reset.status()).isEqualTo(CheckStatus.OK);
		assertThat(reset.message()).contains("已重新记录基线");
		assertThat(reset.figures()).noneMatch((figure) -> figure.name().endsWith("_delta"));
		assertThat(value(next, "log file sync", "waits_delta")).isEqualTo(20);
		assertThat(value(next, "log file sync", "wait_seconds_delta")).isEqualTo(0.003);
		assertThat(next.figure("db file sequential read", "waits_delta")).isNull();
	}

	@Test
	void newEventCountsFromZero() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		this.fixture.execute("INSERT INTO V$SYSTEM_EVENT (EVENT, TOTAL_WAITS, TIME_WAITED_MICRO, EVENT_ID, WAIT_CLASS)"
				+ " VALUES ('enq: TX - row lock contention', 50, 120000000, 310662678, 'Application')");

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(value(result, "enq: TX - row lock contention", "waits_delta")).isEqualTo(50);
		assertThat(value(result, "enq: TX - row lock contention", "wait_seconds_delta")).isEqualTo(120.0);
	}

	@Test
	void unchangedCountersReportNoWaits() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(result.message()).contains("没有非空闲等待");
		assertThat(result.figures()).noneMatch((figure) -> figure.name().endsWith("_delta"));
		assertThat(result.figure("", "sample_interval")).isNotNull();
	}

	@Test
	void otherInstanceKeepsItsOwnSample() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		this.fixture.execute("UPDATE V$INSTANCE SET INSTANCE_NAME = 'LIMS2', INSTANCE_NUMBER = 2");

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(result.message()).contains("基线");
		assertThat(result.figures()).noneMatch((figure) -> figure.name().endsWith("_delta"));
	}

	@Test
	void unreadableStateStartsNewSample() {
		CheckState state = new CheckState(Map.of("waitSample.LIMS", "startup=yesterday at=now"));

		CheckResult result = this.fixture.run(this.check, state);

		assertThat(result.message()).contains("基线");
		assertThat(state.get("waitSample.LIMS")).startsWith("startup=");
	}

	@Test
	void sampleKeepsEventsWithMostTimeWithinLimit() {
		LocalDateTime startup = LocalDateTime.of(2024, 5, 1, 8, 0);
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			events.add(new Event(4_000_000_000L - i, "event " + i, new Counter(1_000_000L + i, 900_000_000_000L - i)));
		}

		PerformanceCheckWaitSample sample = PerformanceCheckWaitSample.of(startup, startup.plusDays(3), events);
		String text = sample.format();
		PerformanceCheckWaitSample parsed = PerformanceCheckWaitSample.parse(text);

		assertThat(text.length()).isLessThanOrEqualTo(CheckState.MAX_VALUE_LENGTH);
		assertThat(sample.complete()).isFalse();
		assertThat(sample.counters()).containsKey(4_000_000_000L).doesNotContainKey(4_000_000_000L - 299);
		assertThat(parsed).isEqualTo(sample);
	}

	@Test
	void eventMissingFromPartialSampleIsLeftOut() {
		LocalDateTime startup = LocalDateTime.of(2024, 5, 1, 8, 0);
		PerformanceCheckWaitSample partial = new PerformanceCheckWaitSample(startup, startup.plusHours(1), false,
				Map.of(1L, new Counter(10, 1000)));
		List<Event> events = List.of(new Event(1L, "stored", new Counter(15, 3000)),
				new Event(2L, "not stored", new Counter(5, 900_000)));

		Comparison comparison = PerformanceCheckWaitSample.compare(partial, startup, events);

		assertThat(comparison.baseline()).isEqualTo(Baseline.CONTINUED);
		assertThat(comparison.deltas()).extracting(PerformanceCheckWaitSample.Delta::name).containsExactly("stored");
		assertThat(comparison.deltas().get(0).waits()).isEqualTo(5);
		assertThat(comparison.deltas().get(0).timeWaitedMicro()).isEqualTo(2000);
	}

	@Test
	void thresholdsBindFromProperties() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("desk.oracle.thresholds.performance.long-call-warning", "15m",
						"desk.oracle.thresholds.performance.ignored-programs[0]", "expdp*")));

		PerformanceThresholds thresholds = binder.bindOrCreate("desk.oracle.thresholds.performance",
				PerformanceThresholds.class);

		assertThat(thresholds.longCallWarning()).isEqualTo(Duration.ofMinutes(15));
		assertThat(thresholds.longCallCritical()).isEqualTo(Duration.ofHours(1));
		assertThat(thresholds.blockedWaitWarning()).isEqualTo(Duration.ofSeconds(60));
		assertThat(thresholds.blockedWaitCritical()).isEqualTo(Duration.ofSeconds(300));
		assertThat(thresholds.ignoredPrograms()).containsExactly("expdp*");
	}

	@Test
	void contextCreatesCheckWithThresholds() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Thresholds.class)
			.withBean(PerformanceCheck.class)
			.withPropertyValues("desk.oracle.thresholds.performance.blocked-wait-critical=10m");

		runner.run((context) -> {
			assertThat(context).hasSingleBean(PerformanceCheck.class);
			assertThat(context.getBean(PerformanceThresholds.class).blockedWaitCritical())
				.isEqualTo(Duration.ofMinutes(10));
		});
	}

	@Test
	void warningAboveCriticalIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new PerformanceThresholds(null, null, Duration.ofMinutes(10), Duration.ofMinutes(5), null))
			.withMessageContaining("blocked-wait-warning");
	}

	@EnableConfigurationProperties(PerformanceThresholds.class)
	static class Thresholds {

	}

	private void insertBlocker(int sid, String status, int lastCallEt) {
		this.fixture.execute("INSERT INTO V$SESSION (SID, SERIAL#, USERNAME, STATUS, MACHINE, PROGRAM, TYPE,"
				+ " LAST_CALL_ET, EVENT, WAIT_CLASS, STATE, BLOCKING_SESSION_STATUS) VALUES (" + sid + ", 7, 'LIMS', '"
				+ status + "', 'lims-app03', 'JDBC Thin Client', 'USER', " + lastCallEt
				+ ", 'SQL*Net message from client', 'Idle', 'WAITING', 'NO HOLDER')");
	}

	private void insertWaiter(int sid, int blocker, int blockingInstance, Long waitMicro, Long secondsInWait) {
		this.fixture.execute("INSERT INTO V$SESSION (SID, SERIAL#, USERNAME, STATUS, MACHINE, PROGRAM, TYPE,"
				+ " SQL_ID, LAST_CALL_ET, BLOCKING_SESSION_STATUS, BLOCKING_INSTANCE, BLOCKING_SESSION, EVENT,"
				+ " WAIT_CLASS, STATE, WAIT_TIME_MICRO, SECONDS_IN_WAIT) VALUES (" + sid + ", 1, 'LIMS', 'ACTIVE',"
				+ " 'lims-app01', 'JDBC Thin Client', 'USER', 'a1b2c3d4e5f6g', " + secondsInWait + ", 'VALID', "
				+ blockingInstance + ", " + blocker + ", 'enq: TX - row lock contention', 'Application', 'WAITING', "
				+ waitMicro + ", " + secondsInWait + ")");
	}

	private void insertCall(int sid, String program, int lastCallEt, String state, String waitClass, String event) {
		String eventValue = (event != null) ? "'" + event + "'" : "NULL";
		this.fixture.execute("INSERT INTO V$SESSION (SID, SERIAL#, USERNAME, STATUS, MACHINE, PROGRAM, TYPE, SQL_ID,"
				+ " LAST_CALL_ET, EVENT, WAIT_CLASS, STATE) VALUES (" + sid + ", 3, 'LIMS', 'ACTIVE', 'lims-app01', '"
				+ program + "', 'USER', '9babjv8yq8ru3', " + lastCallEt + ", " + eventValue + ", '" + waitClass + "', '"
				+ state + "')");
	}

	private static double value(CheckResult result, String subject, String name) {
		Figure figure = result.figure(subject, name);
		assertThat(figure).as("figure %s/%s", subject, name).isNotNull();
		return figure.value().doubleValue();
	}

}
