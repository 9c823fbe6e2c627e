package com.limsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps per group, and the two flaws of Camunda 7.24.0 tried on every HTTP path
 * that reaches them.
 */
@DeskIntegrationTest
class WebappSecurityIntegrationTests {

	private static final String OR_QUERY_WITH_EXPRESSION = """
			{"orQueries":[{"assigneeExpression":"${''.getClass().forName('java.lang.Runtime')}"}]}""";

	@LocalServerPort
	private int port;

	@Autowired
	private IdentityService identityService;

	@Autowired
	private FilterService filterService;

	@Autowired
	private RuntimeService runtimeService;

	@Test
	void cockpitIsForManagersVendorSupportAndAdministrators() {
		for (TestUsers user : List.of(TestUsers.MANAGER, TestUsers.SUPPORT, TestUsers.ADMIN)) {
			Response login = client(user).loginToWebapp("cockpit");

			assertThat(login.status()).as("%s logs in to Cockpit", user).isEqualTo(200);
		}
		for (TestUsers user : List.of(TestUsers.REPORTER, TestUsers.ENGINEER)) {
			Response login = client(user).loginToWebapp("cockpit");

			assertThat(login.status()).as("%s is refused Cockpit", user).isIn(401, 403);
		}
	}

	@Test
	void adminIsForAdministratorsOnly() {
		assertThat(client(TestUsers.ADMIN).loginToWebapp("admin").status()).isEqualTo(200);
		for (TestUsers user : List.of(TestUsers.MANAGER, TestUsers.SUPPORT, TestUsers.ENGINEER, TestUsers.REPORTER)) {
			assertThat(client(user).loginToWebapp("admin").status()).as("%s is refused Admin", user).isIn(401, 403);
		}
	}

	@Test
	void everyGroupReachesTasklist() {
		for (TestUsers user : TestUsers.values()) {
			if (user == TestUsers.MONITORING) {
				continue;
			}
			assertThat(client(user).loginToWebapp("tasklist").status()).as("%s logs in to Tasklist", user)
				.isEqualTo(200);
		}
		assertThat(client(TestUsers.MONITORING).loginToWebapp("tasklist").status()).isIn(401, 403);
	}

	@Test
	void rejectsOrQueryExpressionOnEngineRest() {
		DeskHttpClient engineer = client(TestUsers.ENGINEER);

		Response taskQuery = engineer.post("/engine-rest/task", OR_QUERY_WITH_EXPRESSION);
		Response taskCount = engineer.post("/engine-rest/task/count", OR_QUERY_WITH_EXPRESSION);
		Response filter = engineer.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "x",
				"query", Map.of("orQueries", List.of(Map.of("candidateGroup", "${currentUser()}")))));

		assertThat(taskQuery.status()).isEqualTo(400);
		assertThat(taskQuery.body()).contains("orQueries[0].assigneeExpression");
		assertThat(taskCount.status()).isEqualTo(400);
		Response malformed = engineer.post("/engine-rest/task", "{\"assignee\":\"engineer\", oops}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).contains("invalid JSON");
		assertThat(filter.status()).isEqualTo(400);
		assertThat(engineer.post("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"engineer\"}]}").status())
			.isEqualTo(200);
	}

	@Test
	void rejectsFilterExpressionAnyContentType() {
		String filterId = this.filterService.createFilterQuery().filterName("我的待办").singleResult().getId();
		DeskHttpClient reporter = client(TestUsers.REPORTER);
		byte[] body = OR_QUERY_WITH_EXPRESSION.getBytes(StandardCharsets.UTF_8);
		byte[] invalidUtf8 = ("{\"name\":\"\u0000\",\"orQueries\":[{\"assigneeExpression\":\"${1}\"}]}")
			.getBytes(StandardCharsets.UTF_8);
		invalidUtf8[10] = (byte) 0xff;

		for (String contentType : Arrays.asList(null, "*/*", "application/*", "application/json", "text/plain")) {
			Response count = reporter.postRaw("/engine-rest/filter/" + filterId + "/count", contentType, body);
			Response list = reporter.postRaw("/engine-rest/filter/" + filterId + "/list", contentType, body);

			assertThat(count.status()).as("count with content type %s", contentType).isEqualTo(400);
			assertThat(list.status()).as("list with content type %s", contentType).isEqualTo(400);
		}
		assertThat(reporter.postRaw("/engine-rest/filter/" + filterId + "/count", "application/json", invalidUtf8)
			.status()).isEqualTo(400);
		assertThat(reporter.postRaw("/engine-rest/filter/" + filterId + "/count", null, new byte[2 * 1024 * 1024])
			.status()).isEqualTo(400);
		assertThat(reporter
			.postRaw("/engine-rest/filter/" + filterId + "/count", "application/json",
					"{}".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(200);
	}

	@Test
	void reporterCannotStartProcessAtChosenActivity() {
		long before = this.runtimeService.createProcessInstanceQuery().count();

		Response start = client(TestUsers.REPORTER).post("/engine-rest/process-definition/key/fault-handling/start",
				Map.of("businessKey", "GZ-2026-99999", "startInstructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_FixFault"))));
		Response skipping = client(TestUsers.REPORTER).post("/engine-rest/process-definition/key/fault-handling/start",
				Map.of("skipCustomListeners", true, "startInstructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "StartEvent_FaultReported"))));

		assertThat(start.status()).as(start.body()).isEqualTo(403);
		assertThat(skipping.status()).as(skipping.body()).isEqualTo(403);
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void rejectsOrQueryExpressionOnWebappApi() {
		DeskHttpClient engineer = client(TestUsers.ENGINEER);
		assertThat(engineer.loginToWebapp("tasklist").status()).isEqualTo(200);

		Response taskQuery = engineer.post("/camunda/api/engine/engine/default/task", OR_QUERY_WITH_EXPRESSION);
		Response plainQuery = engineer.post("/camunda/api/engine/engine/default/task",
				"{\"orQueries\":[{\"assignee\":\"engineer\"}]}");

		assertThat(taskQuery.status()).isEqualTo(400);
		assertThat(taskQuery.body()).contains("expressions are not allowed");
		assertThat(plainQuery.status()).isEqualTo(200);
	}

	@Test
	void adminSetupIsClosedEvenWithoutAdministratorMember() {
		this.identityService.deleteMembership(TestUsers.ADMIN.id(), "camunda-admin");
		try {
			assertThat(this.identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
			DeskHttpClient anonymous = DeskHttpClient.anonymous(this.port);

			Response create = anonymous.post("/camunda/api/admin/setup/default/user/create",
					Map.of("profile", Map.of("id", "intruder", "firstName", "x", "lastName", "y", "email", "x@y.z"),
							"credentials", Map.of("password", "Intruder-2026-pw")));

			assertThat(create.status()).isEqualTo(403);
			assertThat(this.identityService.createUserQuery().userId("intruder").count()).isZero();
			assertThat(anonymous.get("/camunda/api/admin/setup/default/user/create").status()).isEqualTo(403);
		}
		finally {
			this.identityService.createMembership(TestUsers.ADMIN.id(), "camunda-admin");
		}
	}

	@Test
	void sessionRequestToDeskApiNeedsCsrfToken() {
		DeskHttpClient engineer = client(TestUsers.ENGINEER);
		assertThat(engineer.loginToWebapp("tasklist").status()).isEqualTo(200);

		Response read = engineer.get("/api/faults");

		assertThat(read.status()).isEqualTo(200);
	}

	private DeskHttpClient client(TestUsers user) {
		return new DeskHttpClient(this.port, user);
	}

}
