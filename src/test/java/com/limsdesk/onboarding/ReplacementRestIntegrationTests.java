package com.limsdesk.onboarding;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A replacement started through the engine REST API and read through the desk's API, as
 * each kind of user.
 */
@DeskIntegrationTest
class ReplacementRestIntegrationTests {

	private static final String START = "/engine-rest/process-definition/key/engineer-replacement/submit-form";

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private IdentityService identityService;

	private DeskHttpClient manager;

	private DeskHttpClient support;

	private DeskHttpClient reporter;

	@BeforeEach
	void setUp() {
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
	}

	@Test
	void managerStartsReplacementAndReadsItsRecord() {
		String engineer = newEngineer("resident-rest-1");

		Response started = this.manager.post(START, Map.of("variables", variables(
				Map.of("replacedEngineer", engineer, "cause", "institute-request", "reason", "院方要求更换驻点工程师"))));

		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String number = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(started.json().get("id").asText())
			.singleResult()
			.getBusinessKey();
		Response list = this.manager.get("/api/replacements");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().findValuesAsText("number")).contains(number);
		Response record = this.support.get("/api/replacements/" + number);
		assertThat(record.status()).as(record.body()).isEqualTo(200);
		JsonNode summary = record.json().get("summary");
		assertThat(summary.get("replacedEngineer").asText()).isEqualTo(engineer);
		assertThat(summary.get("statusLabel").asText()).isEqualTo("待提出候选人");
		assertThat(record.json().get("journal").get(0).get("kind").asText()).isEqualTo("REQUESTED");
		assertThat(this.manager.get("/api/replacements/notices").status()).isEqualTo(200);
		assertThat(this.manager.get("/desk/staffing.html").status()).isEqualTo(200);
		assertThat(this.manager.get("/api/replacements/GH-2026-99999").status()).isEqualTo(404);
	}

	@Test
	void replacementOfNonEngineerIsRejectedOverRest() {
		long before = countInstances();

		Response started = this.support.post(START, Map.of("variables",
				variables(Map.of("replacedEngineer", TestUsers.REPORTER.id(), "cause", "rotation", "reason", "轮岗"))));

		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(started.json().get("field").asText()).isEqualTo("replacedEngineer");
		assertThat(started.json().get("message").asText()).contains("不是驻点运维工程师");
		assertThat(countInstances()).isEqualTo(before);
	}

	@Test
	void reportersNeitherSeeNorStartReplacements() {
		long before = countInstances();
		String engineer = newEngineer("resident-rest-2");

		Response definitions = this.reporter.get("/engine-rest/process-definition?key=engineer-replacement");
		Response started = this.reporter.post(START,
				Map.of("variables", variables(Map.of("replacedEngineer", engineer, "cause", "other", "reason", "x"))));

		assertThat(definitions.status()).isEqualTo(200);
		assertThat(definitions.json().size()).isZero();
		assertThat(new DeskHttpClient(this.port, TestUsers.ENGINEER)
			.get("/engine-rest/process-definition?key=engineer-replacement")
			.json()
			.size()).isOne();
		assertThat(started.status()).isIn(403, 404);
		assertThat(this.reporter.get("/api/replacements").status()).isEqualTo(403);
		assertThat(new DeskHttpClient(this.port, TestUsers.ENGINEER).get("/api/replacements").status()).isEqualTo(403);
		assertThat(countInstances()).isEqualTo(before);
	}

	private String newEngineer(String id) {
		User user = this.identityService.newUser(id);
		user.setEmail(id + "@example.org");
		user.setPassword("Desk-Test-Resident-9Qz");
		this.identityService.saveUser(user);
		this.identityService.createMembership(id, DeskGroups.ENGINEERS);
		return id;
	}

	private long countInstances() {
		return this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ReplacementProcess.KEY).count();
	}

}
