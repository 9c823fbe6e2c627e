package com.limsdesk.interfacecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Interface checks against HTTP servers on the loopback address: one that works, one that
 * refuses connections, one too slow for its timeout, one with the wrong status, one with
 * the wrong body, and one that fails and recovers on command.
 */
@DeskIntegrationTest
class InterfaceCheckIntegrationTests {

	private static final AtomicBoolean flappingHealthy = new AtomicBoolean(true);

	private static HttpServer server;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private DeskHttpClient engineer;

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		Charset gbk = Charset.forName("GBK");
		server.createContext("/health", (exchange) -> answer(exchange, 200, "text/plain; charset=GBK",
				"{\"服务\": \"样品接口\", \"状态\": \"正常\"}".getBytes(gbk)));
		server.createContext("/slow", (exchange) -> {
			sleep(Duration.ofSeconds(3));
			answer(exchange, 200, "application/json", "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
		});
		server.createContext("/unavailable",
				(exchange) -> answer(exchange, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8)));
		server.createContext("/wrong-body", (exchange) -> answer(exchange, 200, "application/json",
				"{\"status\":\"DOWN\",\"reason\":\"queue full\"}".getBytes(StandardCharsets.UTF_8)));
		server.createContext("/flapping", (exchange) -> answer(exchange, flappingHealthy.get() ? 200 : 500,
				"text/plain", "flapping".getBytes(StandardCharsets.UTF_8)));
		server.start();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		registry.add("desk.interface-checks.start-delay", () -> "0s");
		endpoint(registry, 0, "up", base + "/health", "3s", "2s");
		registry.add("desk.interface-checks.endpoints[0].label", () -> "样品接口");
		registry.add("desk.interface-checks.endpoints[0].body-pattern", () -> "\"状态\":\\s*\"正常\"");
		endpoint(registry, 1, "down", "http://127.0.0.1:" + closedPort + "/", "1h", "1s");
		endpoint(registry, 2, "slow", base + "/slow", "1h", "500ms");
		registry.add("desk.interface-checks.endpoints[2].severity", () -> "major");
		endpoint(registry, 3, "wrong-status", base + "/unavailable", "1h", "1s");
		endpoint(registry, 4, "wrong-body", base + "/wrong-body", "1h", "1s");
		registry.add("desk.interface-checks.endpoints[4].body-pattern", () -> "\"status\"\\s*:\\s*\"UP\"");
		endpoint(registry, 5, "flapping", base + "/flapping", "1h", "1s");
		registry.add("desk.interface-checks.endpoints[5].failures-before-fault", () -> "2");
	}

	@AfterAll
	static void stopServer() {
		server.stop(0);
	}

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
	}

	@Test
	void workingEndpointPasses() {
		JsonNode result = run("up");

		assertThat(result.get("outcome").asText()).isEqualTo("UP");
		assertThat(result.get("httpStatus").asInt()).isEqualTo(200);
		assertThat(result.get("failure").isNull()).isTrue();
		assertThat(result.get("ticketNumber").isNull()).isTrue();
	}

	@Test
	void refusedConnectionOpensOneTicket() {
		JsonNode first = run("down");
		JsonNode second = run("down");

		assertThat(first.get("outcome").asText()).isEqualTo("DOWN");
		assertThat(first.get("failure").asText()).isEqualTo("CONNECTION");
		assertThat(first.get("message").asText()).contains("连接被拒绝");
		String number = first.get("ticketNumber").asText();
		assertThat(number).startsWith("GZ-");
		assertThat(second.get("ticketNumber").asText()).isEqualTo(number);
		JsonNode ticket = this.engineer.get("/api/faults/" + number).json();
		assertThat(ticket.at("/summary/category").asText()).isEqualTo("main");
		assertThat(ticket.at("/summary/severity").asText()).isEqualTo("significant");
		assertThat(ticket.at("/summary/module").asText()).isEqualTo("接口");
		assertThat(ticket.get("description").asText()).contains("接口巡检").contains("down");
		assertThat(ticket.at("/alert/key").asText()).isEqualTo("interface:down");
		assertThat(ticket.at("/alert/occurrences").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from desk_fault_alert where alert_key = 'interface:down'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void slowEndpointTimesOut() {
		long started = System.nanoTime();
		JsonNode result = run("slow");
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(result.get("failure").asText()).isEqualTo("TIMEOUT");
		assertThat(result.get("httpStatus").isNull()).isTrue();
		assertThat(result.get("responseMillis").asLong()).isBetween(400L, 2000L);
		assertThat(elapsedMillis).isLessThan(2900L);
		JsonNode ticket = this.engineer.get("/api/faults/" + result.get("ticketNumber").asText()).json();
		assertThat(ticket.at("/summary/severity").asText()).isEqualTo("major");
	}

	@Test
	void wrongStatusFails() {
		JsonNode result = run("wrong-status");

		assertThat(result.get("failure").asText()).isEqualTo("STATUS");
		assertThat(result.get("httpStatus").asInt()).isEqualTo(503);
		assertThat(result.get("message").asText()).contains("状态码 503").contains("期望 200");
		assertThat(result.get("ticketNumber").asText()).startsWith("GZ-");
	}

	@Test
	void wrongBodyFails() {
		JsonNode result = run("wrong-body");

		assertThat(result.get("failure").asText()).isEqualTo("BODY");
		assertThat(result.get("httpStatus").asInt()).isEqualTo(200);
		assertThat(result.get("message").asText()).contains("queue full");
		assertThat(result.get("ticketNumber").asText()).startsWith("GZ-");
	}

	@Test
	void recoveryAddsNoteAfterThreshold() {
		flappingHealthy.set(false);
		JsonNode once;
		JsonNode twice;
		try {
			once = run("flapping");
			twice = run("flapping");
		}
		finally {
			flappingHealthy.set(true);
		}
		JsonNode recovered = run("flapping");
		JsonNode healthyAgain = run("flapping");

		assertThat(once.get("outcome").asText()).isEqualTo("DOWN");
		assertThat(once.get("ticketNumber").isNull()).as("one failure is below the threshold of 2").isTrue();
		String number = twice.get("ticketNumber").asText();
		assertThat(number).startsWith("GZ-");
		assertThat(recovered.get("outcome").asText()).isEqualTo("UP");
		assertThat(recovered.get("ticketNumber").asText()).isEqualTo(number);
		assertThat(healthyAgain.get("ticketNumber").isNull()).isTrue();
		JsonNode ticket = this.engineer.get("/api/faults/" + number).json();
		List<String> kinds = new ArrayList<>();
		ticket.get("journal").forEach((entry) -> kinds.add(entry.get("kind").asText()));
		assertThat(kinds).filteredOn("RECOVERED"::equals).hasSize(1);
		assertThat(ticket.at("/summary/status").asText()).isEqualTo("AWAITING_TRIAGE");
		assertThat(ticket.at("/alert/recoveredAt").isNull()).isFalse();
	}

	@Test
	void scheduleChecksOnInterval() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int scheduled = 0;
		while (System.nanoTime() < deadline && scheduled < 3) {
			scheduled = this.jdbc.queryForObject(
					"select count(*) from desk_interface_check_result where endpoint = 'up' and outcome = 'UP'",
					Integer.class);
			Thread.sleep(200);
		}

		assertThat(scheduled).isGreaterThanOrEqualTo(3);
	}

	@Test
	void listingShowsStateAndFiguresToStaff() {
		run("up");
		run("wrong-status");

		Response listing = new DeskHttpClient(this.port, TestUsers.MANAGER).get("/api/interface-checks");
		Response results = this.engineer.get("/api/interface-checks/wrong-status/results?limit=5");

		assertThat(listing.status()).as(listing.body()).isEqualTo(200);
		assertThat(listing.json().size()).isEqualTo(6);
		JsonNode up = find(listing.json(), "up");
		assertThat(up.get("label").asText()).isEqualTo("样品接口");
		assertThat(up.get("status").asText()).isEqualTo("UP");
		assertThat(up.at("/figures/checks").asLong()).isGreaterThanOrEqualTo(1);
		// The check at start may time out while the desk is still warming up.
		assertThat(up.at("/figures/availabilityPercent").asDouble()).isGreaterThan(50.0).isLessThanOrEqualTo(100.0);
		JsonNode wrongStatus = find(listing.json(), "wrong-status");
		assertThat(wrongStatus.get("status").asText()).isEqualTo("DOWN");
		assertThat(wrongStatus.at("/figures/availabilityPercent").asDouble()).isEqualTo(0.0);
		assertThat(wrongStatus.get("ticketNumber").asText()).startsWith("GZ-");
		assertThat(results.status()).isEqualTo(200);
		assertThat(results.json().get(0).get("httpStatus").asInt()).isEqualTo(503);
	}

	@Test
	void checksAreForStaffOnly() {
		assertThat(new DeskHttpClient(this.port, TestUsers.REPORTER).get("/api/interface-checks").status())
			.isEqualTo(403);
		assertThat(new DeskHttpClient(this.port, TestUsers.MANAGER).post("/api/interface-checks/up/run", "").status())
			.isEqualTo(403);
		assertThat(DeskHttpClient.anonymous(this.port).get("/api/interface-checks").status()).isEqualTo(401);
		assertThat(this.engineer.get("/api/interface-checks/nowhere/results").status()).isEqualTo(404);
		Response badPeriod = this.engineer.get("/api/interface-checks?from=2026-12-10&to=2026-12-01");
		assertThat(badPeriod.status()).isEqualTo(400);
		assertThat(badPeriod.json().get("field").asText()).isEqualTo("from");
	}

	private JsonNode run(String endpoint) {
		Response response = this.engineer.post("/api/interface-checks/" + endpoint + "/run", "");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode find(JsonNode listing, String name) {
		for (JsonNode endpoint : listing) {
			if (name.equals(endpoint.get("name").asText())) {
				return endpoint;
			}
		}
		throw new AssertionError("no endpoint " + name + " in " + listing);
	}

	private static void endpoint(DynamicPropertyRegistry registry, int index, String name, String url, String interval,
			String timeout) {
		String prefix = "desk.interface-checks.endpoints[" + index + "].";
		registry.add(prefix + "name", () -> name);
		registry.add(prefix + "url", () -> url);
		registry.add(prefix + "interval", () -> interval);
		registry.add(prefix + "timeout", () -> timeout);
	}

	private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
