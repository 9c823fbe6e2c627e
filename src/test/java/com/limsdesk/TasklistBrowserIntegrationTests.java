package com.limsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.support.BrowserJourney;
import com.limsdesk.support.DeskIntegrationTest;
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

	private static final Path SCRIPT = Path.of("src/test/js/browser/fault-journey.mjs");

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
		this.screenshotDir = BrowserJourney.screenshotDirectory("fault");
	}

	@Test
	void reporterFilesFaultThatEngineerTriages() throws Exception {
		BrowserJourney.requireBrowser();

		BrowserJourney.Result journey = runJourney();

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", SCRIPT, journey.output()).isZero();
		assertThat(this.screenshotDir).isDirectory();
		for (String screenshot : SCREENSHOTS) {
			assertThat(this.screenshotDir.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}

		String ticketNumber = journey.find(JOURNEY_PASSED);
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

	private BrowserJourney.Result runJourney() throws IOException, InterruptedException {
		return BrowserJourney.run(SCRIPT,
				Map.of("BASE_URL", "http://localhost:" + this.port, "REPORTER_USER", TestUsers.REPORTER.id(),
						"REPORTER_PASSWORD", TestUsers.REPORTER.password(), "ENGINEER_USER", TestUsers.ENGINEER.id(),
						"ENGINEER_PASSWORD", TestUsers.ENGINEER.password(), "MANAGER_USER", TestUsers.MANAGER.id(),
						"MANAGER_PASSWORD", TestUsers.MANAGER.password(), "SCREENSHOT_DIR",
						this.screenshotDir.toString(), "DESK_ZONE", this.desk.zone().getId()));
	}

}
