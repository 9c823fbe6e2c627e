package com.limsdesk.event;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Event support over the desk's REST API and the engine's, as each kind of user. */
@DeskIntegrationTest
class EventRestIntegrationTests {

	@LocalServerPort
	private int port;

	private DeskHttpClient engineer;

	private DeskHttpClient support;

	private DeskHttpClient manager;

	private DeskHttpClient reporter;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
	}

	@Test
	void managerRequestsEventAndVendorPlansIt() {
		Response requested = this.manager.post("/api/events", request("2027-06-10T09:00", "2027-06-10T18:00"));

		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String number = requested.json().get("summary").get("number").asText();
		assertThat(number).matches("HD-\\d{4}-\\d{5}");
		assertThat(requested.json().get("summary").get("statusLabel").asText()).isEqualTo("制定方案");
		assertThat(requested.json().get("checkOpensAt").asText()).isEqualTo("2027-06-09T00:30:00Z");

		String taskId = this.support.get("/engine-rest/task?processInstanceBusinessKey=" + number)
			.json()
			.get(0)
			.get("id")
			.asText();
		assertThat(this.support.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "support")).status())
			.isEqualTo(204);
		Response planned = this.support.post("/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", variables(Map.of("onSiteEngineers",
						"engineer | 2027-06-10 08:00 | 2027-06-10 18:30", "contingencyContacts", "张强 138 0000 0000"))));
		assertThat(planned.status()).as(planned.body()).isIn(200, 204);

		Response detail = this.engineer.get("/api/events/" + number);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("plans").get(0).get("engineers").asText())
			.isEqualTo("engineer | 2027-06-10 08:00 | 2027-06-10 18:30");
		assertThat(detail.json().get("summary").get("statusLabel").asText()).isEqualTo("方案待审核");
		Response report = this.manager.get("/api/events/report?from=2027-06-01&to=2027-07-01");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().toString()).contains(number);
		assertThat(this.manager.get("/api/events/report?from=2027-07-01&to=2027-07-01").status()).isEqualTo(400);
	}

	@Test
	void badRequestsAreRejectedNamingTheField() {
		int before = this.manager.get("/api/events").json().size();

		Response endsFirst = this.manager.post("/api/events", request("2027-06-10T18:00", "2027-06-10T09:00"));
		Map<String, Object> unnamed = request("2027-06-10T09:00", "2027-06-10T18:00");
		unnamed.remove("eventName");
		Response missingName = this.manager.post("/api/events", unnamed);
		Response extraField = this.manager.post("/engine-rest/process-definition/key/event-support/submit-form",
				Map.of("variables", variables(Map.of("eventName", "抽检", "planDecision", "accept"))));

		assertThat(endsFirst.status()).isEqualTo(400);
		assertThat(endsFirst.json().get("field").asText()).isEqualTo("endsAt");
		assertThat(endsFirst.json().get("message").asText()).contains("活动结束 (endsAt): 必须晚于活动开始");
		assertThat(missingName.status()).isEqualTo(400);
		assertThat(missingName.json().get("field").asText()).isEqualTo("eventName");
		assertThat(extraField.status()).isEqualTo(400);
		assertThat(extraField.body()).contains("planDecision");
		assertThat(this.manager.get("/api/events").json().size()).isEqualTo(before);
	}

	@Test
	void onlyStaffReadAndOnlyManagersRequest() {
		assertThat(this.reporter.get("/api/events").status()).isEqualTo(403);
		assertThat(this.reporter.get("/api/events/report?from=2027-01-01&to=2027-02-01").status()).isEqualTo(403);
		assertThat(this.engineer.post("/api/events", request("2027-06-10T09:00", "2027-06-10T18:00")).status())
			.isEqualTo(403);
		assertThat(this.support.post("/api/events", request("2027-06-10T09:00", "2027-06-10T18:00")).status())
			.isEqualTo(403);
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/events").status()).isEqualTo(401);
		assertThat(this.engineer.get("/api/events").status()).isEqualTo(200);
		assertThat(this.support.get("/api/events").status()).isEqualTo(200);
		assertThat(this.manager.get("/api/events/HD-2027-99999").status()).isEqualTo(404);
		assertThat(this.engineer.get("/desk/events.html").status()).isEqualTo(200);
		assertThat(this.reporter.get("/engine-rest/process-definition/key/event-support").status()).isIn(403, 404);
	}

	private static Map<String, Object> request(String startsAt, String endsAt) {
		Map<String, Object> request = new HashMap<>();
		request.put("eventName", "国家药品抽检数据集中上报");
		request.put("startsAt", startsAt);
		request.put("endsAt", endsAt);
		request.put("place", "信息中心机房");
		request.put("criticalSystems", "报告签发、省局数据上报接口");
		request.put("engineersRequired", 1);
		request.put("arrivalRequiredAt", "2027-06-10T08:30");
		return request;
	}

}
