package com.limsdesk.servicelevel;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/service-levels/deadline} over HTTP with Basic authentication. */
@DeskIntegrationTest
class ServiceLevelEndpointIntegrationTests {

	private static final String START = "2026-12-07T10:00:00";

	@Autowired
	private TestRestTemplate restTemplate;

	@LocalServerPort
	private int port;

	static List<SlaVector> vectors() {
		return SlaVector.readAll();
	}

	static Stream<Arguments> invalidRequests() {
		return Stream.of(Arguments.of(params(), "rule"), Arguments.of(params("rule", "soon"), "rule"),
				Arguments.of(params("rule", "response", "category", "main"), "start"),
				Arguments.of(params("rule", "response", "start", "2026-12-07 10:00", "category", "main"), "start"),
				Arguments.of(params("rule", "response", "start", "2026-12-07T10:00:00+08:00", "category", "main"),
						"start"),
				Arguments.of(params("rule", "onsite", "start", "2026-02-30T10:00:00"), "start"),
				Arguments.of(params("rule", "onsite", "start", "+999999999-12-31T10:00:00"), "start"),
				Arguments.of(params("rule", "report", "start", "1999-12-31"), "start"),
				Arguments.of(params("rule", "response", "start", START), "category"),
				Arguments.of(params("rule", "response", "start", START, "category", "urgent"), "category"),
				Arguments.of(params("rule", "repair", "start", START), "severity"),
				Arguments.of(params("rule", "repair", "start", START, "severity", "high"), "severity"),
				Arguments.of(params("rule", "onsite", "start", START, "severity", "major"), "severity"),
				Arguments.of(params("rule", "repair", "start", START, "severity", "major", "category", "main"),
						"category"),
				Arguments.of(params("rule", "report"), "start"),
				Arguments.of(params("rule", "report", "start", START), "start"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void returnsVectorDeadline(SlaVector vector) {
		Map<String, String> params = params("rule", vector.rule(), "start", vector.start());
		if (vector.category() != null) {
			params.put("category", vector.category());
		}
		if (vector.severity() != null) {
			params.put("severity", vector.severity());
		}

		ResponseEntity<JsonNode> response = deadline(TestUsers.ENGINEER, params);

		assertThat(response.getStatusCode()).as(vector.toString()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().path("due").asText()).as(vector.toString())
			.isEqualTo(vector.expectedDue() + "+08:00");
		assertThat(response.getBody().path("rule").asText()).isEqualTo(vector.rule());
	}

	@ParameterizedTest(name = "{0} is rejected naming {1}")
	@MethodSource("invalidRequests")
	void rejectsInvalidParameter(Map<String, String> params, String field) {
		ResponseEntity<JsonNode> response = deadline(TestUsers.ENGINEER, params);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("field").asText()).isEqualTo(field);
		assertThat(response.getBody().path("message").asText()).startsWith(field + ": ");
	}

	@Test
	void returnsStartAndWorkingTime() {
		ResponseEntity<JsonNode> response = deadline(TestUsers.REPORTER,
				params("rule", "repair", "start", "2026-12-07T17:30", "severity", "ordinary"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = response.getBody();
		assertThat(body.path("start").asText()).isEqualTo("2026-12-07T17:30:00+08:00");
		assertThat(body.path("severity").asText()).isEqualTo("ordinary");
		assertThat(body.path("startOnWorkingDay").asBoolean()).isTrue();
		assertThat(body.path("startInWorkingTime").isBoolean()).isTrue();
		assertThat(body.path("startInWorkingTime").asBoolean()).isFalse();
		assertThat(body.path("due").asText()).isEqualTo("2026-12-07T19:30:00+08:00");
	}

	@Test
	void returnsDateStartForReport() {
		ResponseEntity<JsonNode> response = deadline(TestUsers.MANAGER,
				params("rule", "report", "start", "2026-12-06"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = response.getBody();
		assertThat(body.path("start").asText()).isEqualTo("2026-12-06");
		assertThat(body.path("startOnWorkingDay").asBoolean()).isFalse();
		assertThat(body.path("startInWorkingTime").isNull()).isTrue();
		assertThat(body.path("due").asText()).isEqualTo("2026-12-08T17:30:00+08:00");
	}

	@Test
	void rejectsAnonymousRequest() {
		ResponseEntity<JsonNode> response = this.restTemplate
			.exchange(RequestEntity.get(uri(params("rule", "onsite", "start", START))).build(), JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<JsonNode> deadline(TestUsers user, Map<String, String> params) {
		return this.restTemplate.withBasicAuth(user.id(), user.password())
			.exchange(RequestEntity.get(uri(params)).build(), JsonNode.class);
	}

	/**
	 * Builds the request URI, encoding the values strictly so that a + in an offset
	 * survives.
	 */
	private URI uri(Map<String, String> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString("http://127.0.0.1:" + this.port)
			.path("/api/service-levels/deadline");
		params.keySet().forEach((name) -> builder.queryParam(name, "{" + name + "}"));
		return builder.encode().buildAndExpand(params).toUri();
	}

	private static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
