package com.limsdesk.training;

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

/** Trainings over the desk's REST API, as each kind of user. */
@DeskIntegrationTest
class TrainingRestIntegrationTests {

	@LocalServerPort
	private int port;

	private DeskHttpClient engineer;

	private DeskHttpClient manager;

	private DeskHttpClient reporter;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
	}

	@Test
	void managerRequestsTrainingAndStaffReadIt() {
		Response requested = this.manager.post("/api/trainings", request("2027-05-11T14:00", "2027-05-11T16:00"));

		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String number = requested.json().get("summary").get("number").asText();
		assertThat(number).matches("PX-\\d{4}-\\d{5}");
		assertThat(requested.json().get("summary").get("modeLabel").asText()).isEqualTo("远程");
		assertThat(requested.json().get("summary").get("statusLabel").asText()).isEqualTo("准备材料");
		Response detail = this.engineer.get("/api/trainings/" + number);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("journal").get(0).get("kind").asText()).isEqualTo("REQUESTED");
		Response report = this.engineer.get("/api/trainings/report?from=2027-05-01&to=2027-06-01");
		assertThat(report.json().toString()).contains(number);
		assertThat(this.engineer.get("/desk/trainings.html").status()).isEqualTo(200);
	}

	@Test
	void badRequestsAndOtherRolesAreRejected() {
		int before = this.manager.get("/api/trainings").json().size();

		Response endsFirst = this.manager.post("/api/trainings", request("2027-05-11T16:00", "2027-05-11T14:00"));
		Map<String, Object> noPeople = request("2027-05-11T14:00", "2027-05-11T16:00");
		noPeople.put("plannedAttendees", 0);
		Response zeroPeople = this.manager.post("/api/trainings", noPeople);

		assertThat(endsFirst.status()).isEqualTo(400);
		assertThat(endsFirst.json().get("field").asText()).isEqualTo("endsAt");
		assertThat(zeroPeople.status()).isEqualTo(400);
		assertThat(zeroPeople.json().get("field").asText()).isEqualTo("plannedAttendees");
		assertThat(this.manager.get("/api/trainings").json().size()).isEqualTo(before);
		assertThat(this.engineer.post("/api/trainings", request("2027-05-11T14:00", "2027-05-11T16:00")).status())
			.isEqualTo(403);
		assertThat(this.reporter.get("/api/trainings").status()).isEqualTo(403);
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/trainings").status()).isEqualTo(401);
	}

	private static Map<String, Object> request(String startsAt, String endsAt) {
		Map<String, Object> request = new HashMap<>();
		request.put("topic", "LIMS 报告签发");
		request.put("content", "报告编制、审核、签发");
		request.put("startsAt", startsAt);
		request.put("endsAt", endsAt);
		request.put("plannedAttendees", 20);
		request.put("place", "腾讯会议 123-456-789");
		request.put("mode", "REMOTE");
		return request;
	}

}
