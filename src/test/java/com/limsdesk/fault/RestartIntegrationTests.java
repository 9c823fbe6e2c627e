package com.limsdesk.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.ServiceDeskApplication;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops the service desk and starts it again on the same H2 file database, as an operator
 * would: open tickets, their timers and every password survive. The embedded default is
 * what this checks, so the PostgreSQL run skips it.
 */
@DisabledIfSystemProperty(named = "desk.test.database", matches = "postgresql")
class RestartIntegrationTests {

	@TempDir
	private Path folder;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void restartKeepsOpenTicketsTimersAndPasswords() throws IOException {
		Path passwordFile = this.folder.resolve("initial-passwords.txt");
		String number;
		Date repairDue;
		String generatedPassword;

		try (ConfigurableApplicationContext first = start(passwordFile)) {
			ProcessEngine engine = first.getBean(ProcessEngine.class);
			FaultProcessScenario scenario = new FaultProcessScenario(engine);
			scenario.clockAt("2026-12-07T10:00:00");
			ProcessInstance instance = scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
			scenario.triage(instance, "main", "significant");
			number = instance.getBusinessKey();
			repairDue = scenario.timer(instance, FaultProcess.REPAIR_OVERDUE).getDuedate();
			generatedPassword = passwordOf(passwordFile, "newcomer");
			assertThat(engine.getIdentityService().checkPassword("newcomer", generatedPassword)).isTrue();
		}
		String fileBeforeRestart = Files.readString(passwordFile);

		try (ConfigurableApplicationContext second = start(passwordFile)) {
			ProcessEngine engine = second.getBean(ProcessEngine.class);
			FaultTicketService tickets = second.getBean(FaultTicketService.class);
			ProcessInstance instance = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(number)
				.singleResult();
			FaultProcessScenario scenario = new FaultProcessScenario(engine);

			assertThat(tickets.findByNumber(number).getStatus()).isEqualTo(FaultStatus.IN_REPAIR);
			Job timer = scenario.timer(instance, FaultProcess.REPAIR_OVERDUE);
			assertThat(timer.getDuedate()).isEqualTo(repairDue);
			assertThat(engine.getIdentityService().checkPassword("newcomer", generatedPassword)).isTrue();
			assertThat(
					engine.getIdentityService().checkPassword(TestUsers.REPORTER.id(), TestUsers.REPORTER.password()))
				.isTrue();
			assertThat(Files.readString(passwordFile)).isEqualTo(fileBeforeRestart);

			scenario.fire(instance, FaultProcess.REPAIR_OVERDUE);

			assertThat(tickets.breachesOf(tickets.findByNumber(number))).extracting(FaultBreach::getKind)
				.containsExactly(FaultBreach.Kind.REPAIR);
		}
	}

	@Test
	void passwordFileIsReadableByOwnerOnly() throws IOException {
		Path passwordFile = this.folder.resolve("initial-passwords.txt");

		try (ConfigurableApplicationContext context = start(passwordFile)) {
			assertThat(Files.getPosixFilePermissions(passwordFile))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.readAllLines(passwordFile)).singleElement().asString().startsWith("newcomer: ");
			assertThat(Files.readString(passwordFile)).doesNotContain(TestUsers.REPORTER.password());
		}
	}

	private ConfigurableApplicationContext start(Path passwordFile) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url",
				"jdbc:h2:file:" + this.folder.resolve("desk") + ";DB_CLOSE_ON_EXIT=FALSE");
		properties.put("server.port", "0");
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("desk.identity.password-file", passwordFile.toString());

		// A list given on the command line replaces the whole list of
		// application-test.yaml.
		Map<String, String> groups = Map.of("admin", "camunda-admin", "reporter", "reporters", "reporter2", "reporters",
				"engineer", "engineers", "engineer2", "engineers", "support", "vendor-support", "manager", "managers",
				"newcomer", "engineers");
		List<String> ids = List.of("admin", "reporter", "reporter2", "engineer", "engineer2", "support", "manager",
				"newcomer");
		for (int i = 0; i < ids.size(); i++) {
			String prefix = "desk.identity.users[" + i + "].";
			properties.put(prefix + "id", ids.get(i));
			properties.put(prefix + "first-name", "测试");
			properties.put(prefix + "last-name", ids.get(i));
			properties.put(prefix + "email", ids.get(i) + "@example.org");
			properties.put(prefix + "groups[0]", groups.get(ids.get(i)));
		}

		for (TestUsers user : TestUsers.values()) {
			properties.put("DESK_PASSWORD_" + user.id().toUpperCase(), user.password());
		}

		// Command-line arguments, because default properties would lose to
		// application.yaml.
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ServiceDeskApplication.class).profiles("test").run(args);
	}

	private static String passwordOf(Path file, String userId) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return lines.stream()
			.filter((line) -> line.startsWith(userId + ": "))
			.map((line) -> line.substring(userId.length() + 2))
			.findFirst()
			.orElseThrow();
	}

}
