package com.limsdesk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The desk's health report for the institute's monitoring: status for every logged-in
 * user, components and details for administrators, and the Oracle targets as their last
 * inspection found them.
 */
@DeskIntegrationTest
class HealthIntegrationTests {

	private static GreenMail smtp;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		try (ServerSocket socket = new ServerSocket(0)) {
			smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		smtp.start();
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("desk.oracle.targets[0].name", () -> "LIMS");
		registry.add("desk.oracle.targets[0].url", () -> "jdbc:h2:mem:health-lims");
		registry.add("desk.oracle.targets[0].monitor.user", () -> "sa");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	/** Starts each test with no inspection of the target LIMS. */
	@BeforeEach
	void forgetInspections() {
		this.jdbc.update("delete from desk_inspection_result where target = 'LIMS'");
	}

	@Test
	void statusNeedsLogin() {
		Response anonymous = DeskHttpClient.anonymous(this.port).get("/actuator/health");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("status\":\"UP");
	}

	@Test
	void usersSeeStatusWithoutDetails() {
		for (TestUsers user : List.of(TestUsers.REPORTER, TestUsers.ENGINEER, TestUsers.MANAGER,
				TestUsers.MONITORING)) {
			Response health = new DeskHttpClient(this.port, user).get("/actuator/health");

			assertThat(health.status()).as("%s reads the health", user).isIn(200, 503);
			assertThat(health.json().get("status").asText()).isNotEmpty();
			assertThat(health.json().has("components")).as("%s sees no components", user).isFalse();
		}
	}

	@Test
	void administratorsSeeComponents() {
		recordInstanceCheck("XJ-2026-09001", "OK", Instant.now().minus(Duration.ofHours(1)));

		Response health = new DeskHttpClient(this.port, TestUsers.ADMIN).get("/actuator/health");

		assertThat(health.status()).as(health.body()).isEqualTo(200);
		JsonNode components = health.json().get("components");
		assertThat(components.at("/db/status").asText()).isEqualTo("UP");
		assertThat(components.at("/mail/status").asText()).isEqualTo("UP");
		assertThat(components.at("/jobExecutor/status").asText()).isEqualTo("UP");
		assertThat(components.at("/oracleInspection/status").asText()).isEqualTo("UP");
		assertThat(components.at("/oracleInspection/details/targets/LIMS/inspection").asText())
			.isEqualTo("XJ-2026-09001");
	}

	@Test
	void oracleTargetStaleOrFailed() {
		recordInstanceCheck("XJ-2026-09101", "OK", Instant.now().minus(Duration.ofHours(30)));
		DeskHttpClient admin = new DeskHttpClient(this.port, TestUsers.ADMIN);

		Response stale = admin.get("/actuator/health");
		recordInstanceCheck("XJ-2026-09102", "CRITICAL", Instant.now().minus(Duration.ofMinutes(5)));
		Response failed = admin.get("/actuator/health");
		Response failedForUser = new DeskHttpClient(this.port, TestUsers.MONITORING).get("/actuator/health");

		assertThat(stale.status()).isEqualTo(503);
		assertThat(stale.json().at("/components/oracleInspection/status").asText()).isEqualTo("OUT_OF_SERVICE");
		assertThat(stale.json().at("/components/oracleInspection/details/targets/LIMS/state").asText())
			.isEqualTo("stale");
		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.json().get("status").asText()).isEqualTo("DOWN");
		assertThat(failed.json().at("/components/oracleInspection/details/targets/LIMS/message").asText())
			.contains("ORA-12541");
		assertThat(failedForUser.json().get("status").asText()).isEqualTo("DOWN");
	}

	@Test
	void onlyHealthIsExposed() {
		DeskHttpClient admin = new DeskHttpClient(this.port, TestUsers.ADMIN);

		for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
				"/actuator/loggers", "/actuator/heapdump")) {
			assertThat(admin.get(endpoint).status()).as(endpoint).isEqualTo(404);
		}
	}

	/** Records an inspection whose instance check on LIMS had the given status. */
	private void recordInstanceCheck(String number, String status, Instant checkedAt) {
		this.jdbc.update(
				"insert into desk_inspection (number, trigger_kind, started_at, finished_at, worst_status) "
						+ "values (?, 'TIMER', ?, ?, ?)",
				number, Timestamp.from(checkedAt), Timestamp.from(checkedAt), status);
		Long inspectionId = this.jdbc.queryForObject("select id from desk_inspection where number = ?", Long.class,
				number);
		this.jdbc.update(
				"insert into desk_inspection_result (inspection_id, target, check_name, status, message, error, "
						+ "checked_at) values (?, 'LIMS', 'instance', ?, ?, ?, ?)",
				inspectionId, status, "OK".equals(status) ? "实例状态正常" : "无法连接数据库",
				"OK".equals(status) ? null : "ORA-12541: TNS:no listener", Timestamp.from(checkedAt));
	}

}
