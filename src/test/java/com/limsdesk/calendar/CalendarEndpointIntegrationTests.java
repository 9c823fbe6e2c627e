package com.limsdesk.calendar;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET} and {@code PUT /api/calendar/{year}} over HTTP with Basic authentication.
 */
@DeskIntegrationTest
class CalendarEndpointIntegrationTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@LocalServerPort
	private int port;

	@Test
	void returnsShippedYearToAdministrator() {
		ResponseEntity<JsonNode> response = get(TestUsers.ADMIN, "2026");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = response.getBody();
		assertThat(body.path("year").asInt()).isEqualTo(2026);
		assertThat(body.path("loaded").asBoolean()).isTrue();
		assertThat(body.path("loadedBy").asText()).isEqualTo("system");
		assertThat(body.path("loadedAt").asText()).endsWith("+08:00");
		assertThat(body.path("days")).hasSize(39);
		assertThat(body.path("days")).anySatisfy((day) -> {
			assertThat(day.path("date").asText()).isEqualTo("2026-02-14");
			assertThat(day.path("kind").asText()).isEqualTo("workday");
			assertThat(day.path("name").asText()).isEqualTo("春节调休上班");
		});
	}

	@Test
	void returnsFallbackYearToAdministrator() {
		ResponseEntity<JsonNode> response = get(TestUsers.ADMIN, "2027");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = response.getBody();
		assertThat(body.path("loaded").asBoolean()).isFalse();
		assertThat(body.path("loadedBy").isNull()).isTrue();
		assertThat(body.path("days").findValuesAsText("date")).containsExactly("2027-01-01", "2027-05-01", "2027-05-02",
				"2027-10-01", "2027-10-02", "2027-10-03");
	}

	@Test
	void forbidsEngineerToReadCalendar() {
		ResponseEntity<JsonNode> response = get(TestUsers.ENGINEER, "2026");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void forbidsEngineerToReplaceCalendar() {
		ResponseEntity<JsonNode> response = put(TestUsers.ENGINEER, "2026", List.of());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(TestUsers.ADMIN, "2026").getBody().path("days")).hasSize(39);
	}

	@Test
	void rejectsAnonymousRequest() {
		ResponseEntity<JsonNode> response = this.restTemplate.exchange(RequestEntity.get(uri("2026")).build(),
				JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void replacesYearForAdministrator() {
		List<Map<String, String>> days = List.of(day("2031-03-03", "holiday", "测试假日"),
				day("2031-03-08", "workday", "测试调休上班"));

		ResponseEntity<JsonNode> response = put(TestUsers.ADMIN, "2031", days);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().path("loaded").asBoolean()).isTrue();
		assertThat(response.getBody().path("loadedBy").asText()).isEqualTo("admin");
		JsonNode stored = get(TestUsers.ADMIN, "2031").getBody();
		assertThat(stored.path("loaded").asBoolean()).isTrue();
		assertThat(stored.path("days").findValuesAsText("date")).containsExactly("2031-03-03", "2031-03-08");
	}

	@Test
	void appliesReplacedYearToDeadlines() {
		put(TestUsers.ADMIN, "2031",
				List.of(day("2031-03-03", "holiday", "测试假日"), day("2031-03-08", "workday", "测试调休上班")));

		assertThat(reportDue("2031-02-28")).as("holiday on Monday 3 March").isEqualTo("2031-03-05T17:30:00+08:00");
		assertThat(reportDue("2031-03-06")).as("make-up Saturday 8 March").isEqualTo("2031-03-08T17:30:00+08:00");
	}

	@Test
	void rejectsInvalidEntryWithoutChange() {
		List<Map<String, String>> valid = List.of(day("2032-01-01", "holiday", "元旦"));
		assertThat(put(TestUsers.ADMIN, "2032", valid).getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode before = get(TestUsers.ADMIN, "2032").getBody();
		List<Map<String, String>> invalid = List.of(day("2032-01-02", "holiday", "元旦"),
				day("2032-01-05", "workday", "调休上班"));

		ResponseEntity<JsonNode> response = put(TestUsers.ADMIN, "2032", invalid);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("field").asText()).isEqualTo("days[1].date");
		assertThat(response.getBody().path("message").asText()).contains("Saturday or Sunday");
		assertThat(get(TestUsers.ADMIN, "2032").getBody()).isEqualTo(before);
	}

	@Test
	void rejectsEntryOfOtherYear() {
		ResponseEntity<JsonNode> response = put(TestUsers.ADMIN, "2033",
				List.of(day("2033-01-01", "holiday", "元旦"), day("2034-01-01", "holiday", "元旦")));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("field").asText()).isEqualTo("days[1].date");
		assertThat(get(TestUsers.ADMIN, "2033").getBody().path("loaded").asBoolean()).isFalse();
	}

	@Test
	void rejectsInvalidYear() {
		assertThat(get(TestUsers.ADMIN, "1999").getBody().path("field").asText()).isEqualTo("year");
		assertThat(get(TestUsers.ADMIN, "next").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get(TestUsers.ADMIN, "next").getBody().path("field").asText()).isEqualTo("year");
	}

	private String reportDue(String periodEnd) {
		URI uri = URI
			.create("http://127.0.0.1:" + this.port + "/api/service-levels/deadline?rule=report&start=" + periodEnd);
		ResponseEntity<JsonNode> response = this.restTemplate
			.withBasicAuth(TestUsers.ENGINEER.id(), TestUsers.ENGINEER.password())
			.exchange(RequestEntity.get(uri).build(), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody().path("due").asText();
	}

	private ResponseEntity<JsonNode> get(TestUsers user, String year) {
		return this.restTemplate.withBasicAuth(user.id(), user.password())
			.exchange(RequestEntity.get(uri(year)).build(), JsonNode.class);
	}

	private ResponseEntity<JsonNode> put(TestUsers user, String year, List<Map<String, String>> days) {
		return this.restTemplate.withBasicAuth(user.id(), user.password())
			.exchange(RequestEntity.put(uri(year)).contentType(MediaType.APPLICATION_JSON).body(days), JsonNode.class);
	}

	private URI uri(String year) {
		return URI.create("http://127.0.0.1:" + this.port + "/api/calendar/" + year);
	}

	private static Map<String, String> day(String date, String kind, String name) {
		return Map.of("date", date, "kind", kind, "name", name);
	}

}
