package com.limsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
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
			assertThat(client(user).loginToWebapp("tasklist").status()).as("%s logs in to Tasklist", user)
				.isEqualTo(200);
		}
	}

	@Test
	void orQueryExpressionIsRejectedOnEngineRestApi() {
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
	void orQueryExpressionIsRejectedOnWebappApi() {
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
