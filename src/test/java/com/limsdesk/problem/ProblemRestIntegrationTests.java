package com.limsdesk.problem;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Problems and known errors over the desk's REST API, as each kind of user. */
@DeskIntegrationTest
class ProblemRestIntegrationTests {

	@LocalServerPort
	private int port;

	private DeskHttpClient engineer;

	private DeskHttpClient support;

	private DeskHttpClient manager;

	private DeskHttpClient reporter;

	private String module;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
		this.module = "留样管理-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void engineerOpensProblemAndLinksTicketsLater() {
		String first = reportFault();
		String second = reportFault();

		Response opened = this.engineer.post("/api/problems", report(first));

		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String number = opened.json().get("summary").get("number").asText();
		assertThat(number).matches("WT-\\d{4}-\\d{5}");
		assertThat(opened.json().get("summary").get("tickets").toString()).isEqualTo("[\"" + first + "\"]");

		Response linked = this.support.post("/api/problems/" + number + "/links", Map.of("tickets", second));

		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.json().get("links")).hasSize(2);
		assertThat(linked.json().get("links").get(1).get("linkedBy").asText()).isEqualTo(TestUsers.SUPPORT.id());
		JsonNode ticket = this.engineer.get("/api/faults/" + second).json();
		assertThat(ticket.get("journal").toString()).contains(number);
	}

	@Test
	void badInputIsRejectedNamingTheField() {
		String ticket = reportFault();
		String number = this.engineer.post("/api/problems", report(ticket))
			.json()
			.get("summary")
			.get("number")
			.asText();
		int problemsBefore = this.engineer.get("/api/problems").json().size();

		Response unknownTicket = this.engineer.post("/api/problems", report("GZ-2026-99999"));
		Map<String, Object> untitled = report(ticket);
		untitled.remove("title");
		Response missingTitle = this.engineer.post("/api/problems", untitled);
		Response badLink = this.engineer.post("/api/problems/" + number + "/links", Map.of("tickets", "GZ-2026-99998"));
		Response knownErrorWithoutCause = this.engineer.post("/api/problems/" + number + "/known-error", Map.of());

		assertThat(unknownTicket.status()).isEqualTo(400);
		assertThat(unknownTicket.json().get("field").asText()).isEqualTo("linkedTickets");
		assertThat(unknownTicket.json().get("message").asText()).contains("GZ-2026-99999");
		assertThat(missingTitle.status()).isEqualTo(400);
		assertThat(missingTitle.json().get("field").asText()).isEqualTo("title");
		assertThat(badLink.status()).isEqualTo(400);
		assertThat(badLink.json().get("field").asText()).isEqualTo("tickets");
		assertThat(knownErrorWithoutCause.status()).isEqualTo(400);
		assertThat(knownErrorWithoutCause.json().get("field").asText()).isEqualTo("rootCause");
		assertThat(this.engineer.get("/api/problems").json()).hasSize(problemsBefore);
		assertThat(this.engineer.get("/api/problems/" + number).json().get("links")).hasSize(1);
	}

	@Test
	void problemsAreReadByStaffOnly() {
		String number = this.engineer.post("/api/problems", report(reportFault()))
			.json()
			.get("summary")
			.get("number")
			.asText();

		for (DeskHttpClient reader : new DeskHttpClient[] { this.engineer, this.support, this.manager }) {
			assertThat(reader.get("/api/problems").status()).isEqualTo(200);
			assertThat(reader.get("/api/problems/" + number).status()).isEqualTo(200);
			assertThat(reader.get("/api/known-errors").status()).isEqualTo(200);
		}
		assertThat(this.reporter.get("/api/problems").status()).isEqualTo(403);
		assertThat(this.reporter.get("/api/problems/" + number).status()).isEqualTo(403);
		assertThat(this.reporter.get("/api/known-errors").status()).isEqualTo(403);
		assertThat(this.reporter.post("/api/problems", report(null)).status()).isEqualTo(403);
		assertThat(this.manager.post("/api/problems", report(null)).status()).isEqualTo(403);
		assertThat(this.manager.post("/api/problems/" + number + "/links", Map.of("tickets", "GZ-2026-00001")).status())
			.isEqualTo(403);
		assertThat(this.engineer.get("/desk/problems.html").status()).isEqualTo(200);
	}

	@Test
	void publishedKnownErrorIsListedForEngineers() {
		String number = this.engineer.post("/api/problems", report(reportFault()))
			.json()
			.get("summary")
			.get("number")
			.asText();
		String taskId = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number)
			.json()
			.get(0)
			.get("id")
			.asText();
		Response analysed = this.engineer
			.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables(
					Map.of("analysisOutcome", "analysed", "rootCause", "留样柜接口超时未重试", "workaround", "在留样页面点击重新同步"))));
		assertThat(analysed.status()).as(analysed.body()).isIn(200, 204);

		Response published = this.support.post("/api/problems/" + number + "/known-error", Map.of());

		assertThat(published.status()).as(published.body()).isEqualTo(200);
		JsonNode knownErrors = this.engineer.get("/api/known-errors").json();
		JsonNode entry = null;
		for (JsonNode candidate : knownErrors) {
			if (candidate.get("problem").asText().equals(number)) {
				entry = candidate;
			}
		}
		assertThat(entry).as("known error of %s", number).isNotNull();
		assertThat(entry.get("rootCause").asText()).isEqualTo("留样柜接口超时未重试");
		assertThat(entry.get("workaround").asText()).isEqualTo("在留样页面点击重新同步");
		assertThat(entry.get("publishedBy").asText()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(entry.get("publishedAt").isNull()).isFalse();
	}

	@Test
	void recurringFaultsRaiseSuggestionForEngineers() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			reportFault();
		}

		JsonNode suggestion = null;
		long end = System.nanoTime() + 30_000_000_000L;
		while (suggestion == null && System.nanoTime() < end) {
			Thread.sleep(200);
			for (JsonNode problem : this.engineer.get("/api/problems").json()) {
				if (problem.get("module").asText().equals(this.module)) {
					suggestion = problem;
				}
			}
		}

		assertThat(suggestion).as("suggestion for module %s", this.module).isNotNull();
		assertThat(suggestion.get("status").asText()).isEqualTo("SUGGESTED");
		String number = suggestion.get("number").asText();
		JsonNode tasks = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("name").asText()).isEqualTo(number + " 确认是否建立问题");
		assertThat(this.reporter.get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
		Response linked = this.engineer.post("/api/problems/" + number + "/links", Map.of("tickets", reportFault()));
		assertThat(linked.status()).isEqualTo(400);
		assertThat(linked.json().get("field").asText()).isEqualTo("tickets");
	}

	private Map<String, Object> report(String ticket) {
		Map<String, Object> report = new HashMap<>(
				Map.of("title", "留样柜同步反复失败", "module", this.module, "description", "留样柜与 LIMS 的同步每周失败数次"));
		if (ticket != null) {
			report.put("linkedTickets", ticket);
		}
		return report;
	}

	private String reportFault() {
		Response started = this.reporter.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(Map.of("contactName", "王芳", "contactPhone", "010-6401 2345", "module",
						this.module, "description", "留样柜同步失败", "affectedUsers", 2, "channel", "tasklist"))));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		return started.json().get("businessKey").asText();
	}

}
