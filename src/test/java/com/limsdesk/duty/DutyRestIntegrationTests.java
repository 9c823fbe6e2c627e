package com.limsdesk.duty;

import static com.limsdesk.support.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The duty roster and the leave records over HTTP, as each kind of user. */
@DeskIntegrationTest
class DutyRestIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private DeskHttpClient support;

	@BeforeEach
	void setUp() {
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.jdbc.update("delete from desk_duty_entry");
		ClockUtil.setCurrentTime(Date.from(at("2026-02-02T09:00:00")));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void supportAddsEntryThatEveryStaffReads() {
		Response added = this.support.post("/api/duty/entries", Map.of("engineer", "engineer", "firstDay", "2026-02-14",
				"lastDay", "2026-02-16", "kind", "WORKING_TIME"));

		assertThat(added.status()).as(added.body()).isEqualTo(200);
		for (TestUsers reader : new TestUsers[] { TestUsers.ENGINEER, TestUsers.MANAGER, TestUsers.ADMIN }) {
			Response onDuty = new DeskHttpClient(this.port, reader).get("/api/duty/on-duty?at=2026-02-14T10:00");
			assertThat(onDuty.status()).as("%s: %s", reader, onDuty.body()).isEqualTo(200);
			assertThat(onDuty.json().get("engineers")).extracting(JsonNode::asText).containsExactly("engineer");
		}
		Response holiday = this.support.get("/api/duty/on-duty?at=2026-02-16T10:00");
		assertThat(holiday.json().get("kind").asText()).isEqualTo("NON_WORKING_TIME");
		assertThat(holiday.json().get("engineers")).isEmpty();
		Response days = this.support.get("/api/duty/days?from=2026-02-14&days=3");
		assertThat(days.status()).as(days.body()).isEqualTo(200);
		assertThat(days.json()).hasSize(3);
		assertThat(days.json().get(0).get("workingTime")).hasSize(1);
		assertThat(days.json().get(1).get("workingTime")).as("Sunday 2026-02-15 has no working time").isEmpty();
		assertThat(days.json().get(2).get("workingTime")).as("holiday 2026-02-16 has no working time").isEmpty();
	}

	@Test
	void onlyAdminAndSupportChangeRoster() {
		Map<String, Object> entry = Map.of("engineer", "engineer", "firstDay", "2026-03-02", "lastDay", "2026-03-06",
				"kind", "NON_WORKING_TIME");

		for (TestUsers user : new TestUsers[] { TestUsers.ENGINEER, TestUsers.MANAGER }) {
			Response rejected = new DeskHttpClient(this.port, user).post("/api/duty/entries", entry);
			assertThat(rejected.status()).as("%s: %s", user, rejected.body()).isEqualTo(403);
		}
		Response reporterReads = new DeskHttpClient(this.port, TestUsers.REPORTER).get("/api/duty/entries");
		assertThat(reporterReads.status()).isEqualTo(403);
		Response anonymous = DeskHttpClient.anonymous(this.port).get("/api/duty/entries");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(count()).isZero();

		Response added = new DeskHttpClient(this.port, TestUsers.ADMIN).post("/api/duty/entries", entry);
		long id = added.json().get("id").asLong();
		Response engineerDeletes = new DeskHttpClient(this.port, TestUsers.ENGINEER).delete("/api/duty/entries/" + id);
		assertThat(engineerDeletes.status()).isEqualTo(403);
		assertThat(count()).isOne();
		Response supportDeletes = this.support.delete("/api/duty/entries/" + id);
		assertThat(supportDeletes.status()).as(supportDeletes.body()).isIn(200, 204);
		assertThat(count()).isZero();
	}

	@Test
	void permissionsTellPageWhoEdits() {
		Map<TestUsers, Boolean> expected = Map.of(TestUsers.SUPPORT, true, TestUsers.ADMIN, true, TestUsers.ENGINEER,
				false, TestUsers.MANAGER, false);
		expected.forEach((user, canEdit) -> {
			Response permissions = new DeskHttpClient(this.port, user).get("/api/duty/permissions");
			assertThat(permissions.status()).as("%s: %s", user, permissions.body()).isEqualTo(200);
			assertThat(permissions.json().get("canEdit").asBoolean()).as(user.toString()).isEqualTo(canEdit);
		});
		Response reporter = new DeskHttpClient(this.port, TestUsers.REPORTER).get("/api/duty/permissions");
		assertThat(reporter.status()).isEqualTo(403);
	}

	@Test
	void badEntryNamesItsField() {
		Map<String, Map<String, Object>> bad = Map.of("engineer", Map
			.of("engineer", "reporter", "firstDay", "2026-03-02", "lastDay", "2026-03-06", "kind", "WORKING_TIME"),
				"lastDay",
				Map.of("engineer", "engineer", "firstDay", "2026-03-06", "lastDay", "2026-03-02", "kind",
						"WORKING_TIME"),
				"firstDay",
				Map.of("engineer", "engineer", "firstDay", "2026-02-30", "lastDay", "2026-03-02", "kind",
						"WORKING_TIME"),
				"kind",
				Map.of("engineer", "engineer", "firstDay", "2026-03-02", "lastDay", "2026-03-06", "kind", "EVENINGS"));

		for (Map.Entry<String, Map<String, Object>> entry : bad.entrySet()) {
			Response rejected = this.support.post("/api/duty/entries", entry.getValue());

			assertThat(rejected.status()).as(entry.getKey()).isEqualTo(400);
			assertThat(rejected.body()).as(entry.getKey()).contains(entry.getKey());
		}
		Response badMoment = this.support.get("/api/duty/on-duty?at=tomorrow");
		assertThat(badMoment.status()).isEqualTo(400);
		assertThat(badMoment.body()).contains("at");
		assertThat(count()).isZero();
	}

	@Test
	void pagesGetSessionCsrfToken() {
		DeskHttpClient inTasklist = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		inTasklist.loginToWebapp("tasklist");

		Response token = inTasklist.get("/api/session/csrf-token");

		assertThat(token.status()).as(token.body()).isEqualTo(200);
		assertThat(inTasklist.csrfToken()).isNotBlank();
		assertThat(token.json().get("token").asText()).isEqualTo(inTasklist.csrfToken());
		Response withoutSession = this.support.get("/api/session/csrf-token");
		assertThat(withoutSession.status()).isEqualTo(404);
		assertThat(withoutSession.body()).contains("log in to Tasklist");
		Response anonymous = DeskHttpClient.anonymous(this.port).get("/api/session/csrf-token");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void leavesAreForStaffOnly() {
		Response managerReads = new DeskHttpClient(this.port, TestUsers.MANAGER).get("/api/leaves");
		assertThat(managerReads.status()).as(managerReads.body()).isEqualTo(200);
		Response reporterReads = new DeskHttpClient(this.port, TestUsers.REPORTER).get("/api/leaves");
		assertThat(reporterReads.status()).isEqualTo(403);
		Response unknown = this.support.get("/api/leaves/QJ-2026-99999");
		assertThat(unknown.status()).isEqualTo(404);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from desk_duty_entry", Long.class);
	}

}
