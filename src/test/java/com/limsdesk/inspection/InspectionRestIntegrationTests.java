package com.limsdesk.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.oracle.OracleFixture;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An inspection started and read over REST, with the job executor running the checks
 * against a fixture target, and the rights of each kind of user.
 */
@DeskIntegrationTest
class InspectionRestIntegrationTests {

	private static final OracleFixture fixture = OracleFixture.create("inspection-rest");

	@LocalServerPort
	private int port;

	private DeskHttpClient engineer;

	@DynamicPropertySource
	static void targets(DynamicPropertyRegistry registry) {
		registry.add("desk.oracle.targets[0].name", () -> "LIMS");
		registry.add("desk.oracle.targets[0].url", fixture::url);
		registry.add("desk.oracle.targets[0].monitor.user", () -> "sa");
	}

	@AfterAll
	static void closeFixture() {
		fixture.close();
	}

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
	}

	@Test
	void engineerRunsInspectionAndReadsResults() throws InterruptedException {
		DeskHttpClient.Response started = this.engineer.post("/api/inspections?target=LIMS", null);

		assertThat(started.status()).isEqualTo(201);
		String location = started.headers().get("Location").get(0);
		assertThat(started.json().path("inspection").path("number").asText()).startsWith("XJ-");

		JsonNode view = waitUntilFinished(location);
		JsonNode instance = resultOf(view, "instance");
		assertThat(instance.path("status").asText()).isEqualTo("OK");
		assertThat(instance.path("checkLabel").asText()).isEqualTo("实例状态");
		assertThat(instance.path("figures").findValuesAsText("name")).contains("uptime");
		assertThat(view.path("results").size()).isEqualTo(InspectionProcess.CHECK_TASKS.size());

		DeskHttpClient.Response listed = this.engineer.get("/api/inspections");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).path("number").asText())
			.isEqualTo(view.path("inspection").path("number").asText());
	}

	@Test
	void managerReadsButCannotStart() {
		DeskHttpClient manager = new DeskHttpClient(this.port, TestUsers.MANAGER);

		assertThat(manager.post("/api/inspections", null).status()).isEqualTo(403);
		assertThat(manager.get("/api/inspections").status()).isEqualTo(200);
	}

	@Test
	void reporterCannotReadInspections() {
		DeskHttpClient reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);

		assertThat(reporter.get("/api/inspections").status()).isEqualTo(403);
		assertThat(reporter.post("/api/inspections", null).status()).isEqualTo(403);
	}

	@Test
	void unknownTargetIsRejectedByName() {
		DeskHttpClient.Response response = this.engineer.post("/api/inspections?target=NOSUCH", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("field").asText()).isEqualTo("target");
		assertThat(response.json().path("message").asText()).contains("NOSUCH").contains("LIMS");
	}

	@Test
	void malformedTargetIsRejectedWithoutEcho() {
		DeskHttpClient.Response response = this.engineer.post("/api/inspections?target=" + "X".repeat(500), null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("field").asText()).isEqualTo("target");
		assertThat(response.body()).doesNotContain("XXXXXXXXXX");
	}

	@Test
	void bodyIsRejectedBecauseTargetIsAParameter() {
		DeskHttpClient.Response response = this.engineer.post("/api/inspections", java.util.Map.of("target", "LIMS"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("field").asText()).isEqualTo("body");
	}

	@Test
	void engineRestRejectsUnknownTarget() {
		int before = this.engineer.get("/api/inspections").json().size();

		DeskHttpClient.Response response = this.engineer.post(
				"/engine-rest/process-definition/key/database-inspection/start",
				java.util.Map.of("variables", java.util.Map.of("targetScope", java.util.Map.of("value", "NOSUCH"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("field").asText()).isEqualTo("targetScope");
		assertThat(response.json().path("message").asText()).contains("NOSUCH");
		assertThat(this.engineer.get("/api/inspections").json().size()).isEqualTo(before);
	}

	@Test
	void anonymousRequestNeedsLogin() {
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/inspections").status()).isEqualTo(401);
	}

	@Test
	void unknownInspectionIsNotFound() {
		assertThat(this.engineer.get("/api/inspections/999999").status()).isEqualTo(404);
	}

	private JsonNode waitUntilFinished(String location) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			DeskHttpClient.Response response = this.engineer.get(location);
			assertThat(response.status()).isEqualTo(200);
			if (!response.json().path("inspection").path("finishedAt").isNull()) {
				return response.json();
			}
			Thread.sleep(250);
		}
		throw new AssertionError("inspection " + location + " did not finish within 60 s");
	}

	private static JsonNode resultOf(JsonNode view, String check) {
		for (JsonNode result : view.path("results")) {
			if (result.path("check").asText().equals(check)) {
				return result;
			}
		}
		throw new AssertionError("no result for check " + check + " in " + view);
	}

}
