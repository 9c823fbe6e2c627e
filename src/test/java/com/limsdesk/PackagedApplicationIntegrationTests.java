package com.limsdesk;

import static com.limsdesk.support.DeskHttpClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Starts the packaged jar with {@code java -jar}, as an operator would, and drives a
 * ticket through it over HTTP. This proves that the processes and forms are inside the
 * jar and are deployed from it. The jar runs with its own settings, so the users are the
 * default ones of application.yaml, with the test passwords given in the environment.
 */
@DisabledIfSystemProperty(named = "desk.test.database", matches = "postgresql")
class PackagedApplicationIntegrationTests {

	private static Process desk;

	private static int port;

	private static Path log;

	@BeforeAll
	static void startPackagedJar() throws IOException, InterruptedException {
		Path jar = findJar();
		Path folder = Files.createDirectories(Path.of("target", "packaged-run"));
		log = folder.resolve("desk.log");
		port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
						"--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:packaged;DB_CLOSE_DELAY=-1",
						"--desk.identity.password-file=" + folder.resolve("passwords.txt")));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		for (TestUsers user : TestUsers.values()) {
			builder.environment().put("DESK_PASSWORD_" + user.id().toUpperCase(), user.password());
		}
		desk = builder.start();
		awaitStarted(Duration.ofSeconds(120));
	}

	@AfterAll
	static void stopPackagedJar() throws InterruptedException {
		if (desk != null) {
			desk.destroy();
			desk.waitFor();
		}
	}

	@Test
	void packagedJarServesTicketFromReportToRepair() {
		DeskHttpClient reporter = new DeskHttpClient(port, TestUsers.REPORTER);
		DeskHttpClient engineer = new DeskHttpClient(port, TestUsers.ENGINEER);

		assertThat(DeskHttpClient.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
		Response started = reporter.post("/engine-rest/process-definition/key/fault-handling/submit-form",
				Map.of("variables", variables(Map.of("contactName", "王芳", "contactPhone", "010-6401 2345", "module",
						"样品登记", "description", "样品登记页面提交时提示保存失败", "affectedUsers", 8, "channel", "tasklist"))));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String number = started.json().get("businessKey").asText();

		JsonNode triage = engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);
		Response rejected = reporter.post("/engine-rest/task/" + triage.get("id").asText() + "/submit-form",
				Map.of("variables", variables(Map.of("category", "main", "severity", "major"))));
		Response triaged = engineer.post("/engine-rest/task/" + triage.get("id").asText() + "/submit-form",
				Map.of("variables", variables(Map.of("category", "main", "severity", "major"))));
		JsonNode fix = engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);

		assertThat(rejected.status()).isIn(403, 404);
		assertThat(triaged.status()).as(triaged.body()).isIn(200, 204);
		assertThat(fix.get("taskDefinitionKey").asText()).isEqualTo("Task_FixFault");
		assertThat(fix.get("name").asText()).isEqualTo(number + " 处理故障");
		JsonNode definition = engineer.get("/engine-rest/process-definition/key/fault-handling").json();
		assertThat(definition.get("resource").asText()).isEqualTo("processes/fault-handling.bpmn");
	}

	private static Path findJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("lims-service-desk-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/; run ./mvnw verify"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitStarted(Duration timeout) throws IOException, InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (!desk.isAlive()) {
				throw new IllegalStateException(
						"the packaged desk exited with " + desk.exitValue() + ":\n" + Files.readString(log));
			}
			if (Files.readString(log).contains("Created user manager")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(
				"the packaged desk did not start within " + timeout + ":\n" + Files.readString(log));
	}

}
