package com.limsdesk.oracle;

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

class ConnectionCheckTests {

	private final OracleFixture fixture = OracleFixture.create();

	private final ConnectionCheck check = new ConnectionCheck(new ConnectionThresholds(null, null));

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void healthyInstanceIsOk() {
		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "processes_current")).isEqualTo(45);
		assertThat(value(result, "", "processes_limit")).isEqualTo(300);
		assertThat(value(result, "", "processes_percent")).isEqualTo(15.0);
		assertThat(value(result, "processes", "max_utilization")).isEqualTo(60);
		assertThat(value(result, "", "sessions_current")).isEqualTo(52);
		assertThat(value(result, "", "sessions_limit")).isEqualTo(472);
		assertThat(value(result, "", "sessions_percent")).isCloseTo(11.02, within(0.01));
		assertThat(value(result, "sessions", "max_utilization")).isEqualTo(70);
		assertThat(result.severityHint()).isNull();
		assertThat(result.message()).contains("进程数 45/300（15.0%").contains("会话数 52/472（11.0%");
	}

	@Test
	void processesNearLimitAloneIsCritical() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 275 WHERE RESOURCE_NAME = 'processes'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "processes_percent")).isCloseTo(91.67, within(0.01));
		assertThat(value(result, "", "sessions_percent")).isCloseTo(11.02, within(0.01));
		assertThat(result.message()).contains("进程数 275/300").contains("已达严重阈值 90.0%");
		assertThat(result.message()).doesNotContain("警告阈值");
	}

	@Test
	void sessionsNearLimitAloneIsWarning() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 400 WHERE RESOURCE_NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(value(result, "", "sessions_percent")).isCloseTo(84.75, within(0.01));
		assertThat(value(result, "", "processes_percent")).isEqualTo(15.0);
		assertThat(result.message()).contains("会话数 400/472").contains("已达警告阈值 80.0%");
	}

	@Test
	void paddedLimitValueIsNumber() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 950, LIMIT_VALUE = '      1000'"
				+ " WHERE RESOURCE_NAME = 'processes'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "processes_limit")).isEqualTo(1000);
		assertThat(value(result, "", "processes_percent")).isEqualTo(95.0);
	}

	@Test
	void unlimitedLimitHasNoPercentage() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 5000, LIMIT_VALUE = ' UNLIMITED'"
				+ " WHERE RESOURCE_NAME = 'processes'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "processes_current")).isEqualTo(5000);
		assertThat(result.figure("", "processes_limit")).isNull();
		assertThat(result.figure("", "processes_percent")).isNull();
		assertThat(value(result, "", "sessions_limit")).isEqualTo(472);
		assertThat(result.message()).contains("进程数 5000（无上限）");
	}

	@Test
	void unsetSessionsIsDerivedFromProcesses() {
		this.fixture
			.execute("UPDATE V$RESOURCE_LIMIT SET LIMIT_VALUE = '       200' WHERE RESOURCE_NAME = 'processes';\n"
					+ "UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 300, LIMIT_VALUE = NULL"
					+ " WHERE RESOURCE_NAME = 'sessions';\n"
					+ "UPDATE V$PARAMETER SET \"VALUE\" = NULL, ISDEFAULT = 'TRUE' WHERE NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "sessions_limit")).isEqualTo(322);
		assertThat(value(result, "", "sessions_percent")).isCloseTo(93.17, within(0.01));
		assertThat(result.message()).contains("会话数 300/322").contains("1.5 × PROCESSES + 22");
	}

	@Test
	void sessionsParameterIsUsedWithoutLimitValue() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 300, LIMIT_VALUE = NULL"
				+ " WHERE RESOURCE_NAME = 'sessions';\n"
				+ "UPDATE V$PARAMETER SET \"VALUE\" = '600', ISDEFAULT = 'FALSE' WHERE NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "sessions_limit")).isEqualTo(600);
		assertThat(value(result, "", "sessions_percent")).isEqualTo(50.0);
		assertThat(result.message()).doesNotContain("估算");
	}

	@Test
	void sessionsSetBelowDefaultCountsAsDefault() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET LIMIT_VALUE = NULL WHERE RESOURCE_NAME = 'sessions';\n"
				+ "UPDATE V$PARAMETER SET \"VALUE\" = '100', ISDEFAULT = 'FALSE' WHERE NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "", "sessions_limit")).isEqualTo(472);
	}

	@Test
	void numericLimitValueWinsOverParameter() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 430 WHERE RESOURCE_NAME = 'sessions';\n"
				+ "UPDATE V$PARAMETER SET \"VALUE\" = '1000', ISDEFAULT = 'FALSE' WHERE NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(value(result, "", "sessions_limit")).isEqualTo(472);
	}

	@Test
	void reachedLimitIsMajor() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET CURRENT_UTILIZATION = 300, MAX_UTILIZATION = 300"
				+ " WHERE RESOURCE_NAME = 'processes'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("major");
		assertThat(value(result, "", "processes_percent")).isEqualTo(100.0);
		assertThat(result.message()).contains("新连接将被拒绝");
	}

	@Test
	void limitReachedSinceStartupIsNoted() {
		this.fixture.execute("UPDATE V$RESOURCE_LIMIT SET MAX_UTILIZATION = 472 WHERE RESOURCE_NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(value(result, "sessions", "max_utilization")).isEqualTo(472);
		assertThat(result.message()).contains("启动以来曾达到上限");
	}

	@Test
	void topUsersMachinesProgramsAreFigures() {
		for (int sid = 200; sid < 204; sid++) {
			insertSession(sid, "APP", "lab-pc-01", "LabClient.exe");
		}

		CheckResult result = this.fixture.run(this.check);

		assertThat(value(result, "user:APP", "session_count")).isEqualTo(4);
		assertThat(value(result, "user:LIMS", "session_count")).isEqualTo(3);
		assertThat(value(result, "user:SYSTEM", "session_count")).isEqualTo(1);
		assertThat(value(result, "machine:lab-pc-01", "session_count")).isEqualTo(4);
		assertThat(value(result, "machine:lims-app01", "session_count")).isEqualTo(2);
		assertThat(value(result, "program:LabClient.exe", "session_count")).isEqualTo(4);
		assertThat(value(result, "program:JDBC Thin Client", "session_count")).isEqualTo(3);
		assertThat(result.figure("user:", "session_count")).isNull();
		assertThat(result.message()).contains("会话最多的用户：APP 4、LIMS 3、SYSTEM 1");
		assertThat(result.message()).contains("机器：lab-pc-01 4、lims-app01 2");
	}

	@Test
	void onlyTopFiveUsersAreListed() {
		for (int sid = 200; sid < 207; sid++) {
			insertSession(sid, "U" + sid, "lab-pc-01", "LabClient.exe");
		}

		CheckResult result = this.fixture.run(this.check);

		long userFigures = result.figures().stream().filter((figure) -> figure.subject().startsWith("user:")).count();
		assertThat(userFigures).isEqualTo(ConnectionCheck.TOP_COUNT);
		assertThat(value(result, "user:LIMS", "session_count")).isEqualTo(3);
	}

	@Test
	void missingSessionsRowIsUnknown() {
		this.fixture.execute("DELETE FROM V$RESOURCE_LIMIT WHERE RESOURCE_NAME = 'sessions'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
		assertThat(result.message()).contains("sessions");
	}

	@Test
	void derivedSessionsMatchesDocumentedDefault() {
		assertThat(ConnectionCheck.derivedSessions(150)).isEqualTo(247);
		assertThat(ConnectionCheck.derivedSessions(300)).isEqualTo(472);
		assertThat(ConnectionCheck.derivedSessions(1000)).isEqualTo(1522);
	}

	@Test
	void thresholdsBindFromProperties() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("desk.oracle.thresholds.connections.warning-percent", "70")));

		ConnectionThresholds thresholds = binder.bindOrCreate("desk.oracle.thresholds.connections",
				ConnectionThresholds.class);

		assertThat(thresholds.warningPercent()).isEqualTo(70.0);
		assertThat(thresholds.criticalPercent()).isEqualTo(90.0);
	}

	@Test
	void contextCreatesCheckWithThresholds() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Thresholds.class)
			.withBean(ConnectionCheck.class)
			.withPropertyValues("desk.oracle.thresholds.connections.critical-percent=95");

		runner.run((context) -> {
			assertThat(context).hasSingleBean(ConnectionCheck.class);
			assertThat(context.getBean(ConnectionThresholds.class).criticalPercent()).isEqualTo(95.0);
		});
	}

	@Test
	void warningAboveCriticalIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConnectionThresholds(95.0, 90.0))
			.withMessageContaining("warning-percent");
	}

	@EnableConfigurationProperties(ConnectionThresholds.class)
	static class Thresholds {

	}

	private void insertSession(int sid, String user, String machine, String program) {
		this.fixture.execute("INSERT INTO V$SESSION (SID, SERIAL#, USERNAME, STATUS, MACHINE, PROGRAM, TYPE,"
				+ " LAST_CALL_ET, EVENT, WAIT_CLASS, STATE) VALUES (" + sid + ", 1, '" + user + "', 'INACTIVE', '"
				+ machine + "', '" + program + "', 'USER', 5, 'SQL*Net message from client', 'Idle', 'WAITING')");
	}

	private static double value(CheckResult result, String subject, String name) {
		Figure figure = result.figure(subject, name);
		assertThat(figure).as("figure %s/%s", subject, name).isNotNull();
		return figure.value().doubleValue();
	}

}
