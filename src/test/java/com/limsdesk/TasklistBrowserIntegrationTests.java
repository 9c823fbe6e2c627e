package com.limsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestDatabaseInitializer;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Tasklist and Cockpit in headless Chromium with
 * {@code src/test/js/browser/fault-journey.mjs}: the reporter files a fault, the engineer
 * triages it, the manager finds the instance. Then checks through the engine API that the
 * browser left the instance waiting at the fix task.
 */
@DeskIntegrationTest
class TasklistBrowserIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(TasklistBrowserIntegrationTests.class);

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCRIPT = Path.of("src/test/js/browser/fault-journey.mjs");

	private static final Path PLAYWRIGHT = Path.of("src/test/js/node_modules/playwright-core");

	private static final Duration JOURNEY_TIMEOUT = Duration.ofMinutes(4);

	private static final Pattern JOURNEY_PASSED = Pattern
		.compile("^Fault journey passed: ticket number (GZ-\\d{4}-\\d{5}) waits at 处理故障$");

	private static final List<String> SCREENSHOTS = List.of("01-reporter-fault-form.png",
			"02-reporter-after-submit.png", "03-engineer-group-tasks.png", "04-engineer-triage-form.png",
			"05-engineer-after-complete.png", "06-manager-process-diagram.png", "07-manager-process-instance.png");

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private DeskProperties desk;

	private Path screenshotDir;

	@BeforeEach
	void setUp() throws IOException {
		// Each database run keeps its screenshots in a folder of its own.
		String database = System.getProperty(TestDatabaseInitializer.DATABASE_PROPERTY, "h2");
		this.screenshotDir = Path.of("target", "screenshots", database).toAbsolutePath();
		deleteScreenshots(this.screenshotDir);
	}

	@Test
	void reporterFilesFaultThatEngineerTriages() throws Exception {
		assertThat(CHROMIUM)
			.as("Chromium is missing at %s: install Debian's chromium package "
					+ "(apt-get install chromium), as the CI script does", CHROMIUM)
			.isExecutable();
		assertThat(PLAYWRIGHT)
			.as("playwright-core is missing: run npm ci in src/test/js "
					+ "(the build does it in the pre-integration-test phase)")
			.isDirectory();

		JourneyResult journey = runJourney();

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", SCRIPT, journey.output()).isZero();
		assertThat(this.screenshotDir).isDirectory();
		for (String screenshot : SCREENSHOTS) {
			assertThat(this.screenshotDir.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}

		String ticketNumber = journey.ticketNumber();
		assertThat(ticketNumber).as("ticket number in the output:%n%s", journey.output()).isNotNull();

		RuntimeService runtimeService = this.engine.getRuntimeService();
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(FaultProcess.KEY)
			.processInstanceBusinessKey(ticketNumber)
			.singleResult();
		assertThat(instance).as("running fault-handling instance with business key %s", ticketNumber).isNotNull();
		assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly(FaultProcess.FIX);
		assertThat(runtimeService.getVariable(instance.getId(), FaultProcess.Variables.CATEGORY)).isEqualTo("main");
		assertThat(runtimeService.getVariable(instance.getId(), FaultProcess.Variables.SEVERITY))
			.isEqualTo("significant");

		TaskService taskService = this.engine.getTaskService();
		Task fix = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FaultProcess.FIX)
			.singleResult();
		assertThat(fix.getName()).isEqualTo(ticketNumber + " 处理故障");
		assertThat(fix.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());

		HistoryService historyService = this.engine.getHistoryService();
		HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(started.getStartUserId()).isEqualTo(TestUsers.REPORTER.id());
		HistoricTaskInstance triage = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FaultProcess.TRIAGE)
			.finished()
			.singleResult();
		assertThat(triage.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
	}

	private JourneyResult runJourney() throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("node", SCRIPT.toString()).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("BASE_URL", "http://localhost:" + this.port);
		environment.put("REPORTER_USER", TestUsers.REPORTER.id());
		environment.put("REPORTER_PASSWORD", TestUsers.REPORTER.password());
		environment.put("ENGINEER_USER", TestUsers.ENGINEER.id());
		environment.put("ENGINEER_PASSWORD", TestUsers.ENGINEER.password());
		environment.put("MANAGER_USER", TestUsers.MANAGER.id());
		environment.put("MANAGER_PASSWORD", TestUsers.MANAGER.password());
		environment.put("SCREENSHOT_DIR", this.screenshotDir.toString());
		environment.put("CHROMIUM_PATH", CHROMIUM.toString());
		environment.put("DESK_ZONE", this.desk.zone().getId());

		logger.info("Starting the browser journey {} against port {}", SCRIPT, this.port);
		Process node = builder.start();
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> copyOutput(node, output), "fault-journey-output");
		reader.start();

		boolean finished = node.waitFor(JOURNEY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (!finished) {
			logger.error("The browser journey timed out after {}, so node and Chromium are stopped", JOURNEY_TIMEOUT);
			// SIGTERM lets the script close Chromium and remove its profile, and SIGKILL
			// follows when
			// the script has not exited within 10 seconds.
			node.destroy();
			if (!node.waitFor(10, TimeUnit.SECONDS)) {
				node.descendants().forEach(ProcessHandle::destroyForcibly);
				node.destroyForcibly();
				node.waitFor(10, TimeUnit.SECONDS);
			}
		}
		reader.join(TimeUnit.SECONDS.toMillis(10));
		int exitCode = finished ? node.exitValue() : -1;
		logger.info("The browser journey ended with exit code {}", exitCode);
		return new JourneyResult(exitCode, List.copyOf(output));
	}

	private static void copyOutput(Process node, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				logger.info("journey: {}", line);
				output.add(line);
			}
		}
		catch (IOException ex) {
			logger.warn("Reading the output of the browser journey failed", ex);
		}
	}

	private static void deleteScreenshots(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(".png")).forEach((file) -> {
				try {
					Files.delete(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * Exit code and output lines of the journey script, with exit code -1 when it timed
	 * out.
	 */
	private record JourneyResult(int exitCode, List<String> lines) {

		String output() {
			return String.join(System.lineSeparator(), this.lines);
		}

		/**
		 * Returns the ticket number from the script's closing line, or null without one.
		 */
		String ticketNumber() {
			for (String line : this.lines) {
				Matcher matcher = JOURNEY_PASSED.matcher(line);
				if (matcher.matches()) {
					return matcher.group(1);
				}
			}
			return null;
		}

	}

}
