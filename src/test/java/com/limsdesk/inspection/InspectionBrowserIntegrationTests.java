package com.limsdesk.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.oracle.CheckStatus;
import com.limsdesk.oracle.OracleFixture;
import com.limsdesk.support.BrowserJourney;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives Tasklist and the inspection page in headless Chromium with
 * {@code src/test/js/browser/inspection-journey.mjs}, against a fixture target with the
 * findings of the demo target: the engineer starts an inspection, raises tickets for its
 * warnings, and the engineer and a manager read its results. Then checks the records the
 * browser left.
 */
@DeskIntegrationTest
class InspectionBrowserIntegrationTests {

	private static final Path SCRIPT = Path.of("src/test/js/browser/inspection-journey.mjs");

	private static final Pattern JOURNEY_PASSED = Pattern
		.compile("^Inspection journey passed: (XJ-\\d{4}-\\d{5}) reviewed, tickets .*$");

	private static final List<String> SCREENSHOTS = List.of("01-engineer-inspection-form.png",
			"02-engineer-review-task.png", "03-engineer-review-form.png", "04-engineer-inspection-page.png",
			"05-manager-inspection-page.png");

	private static final OracleFixture fixture = OracleFixture.create("inspection-browser");

	@LocalServerPort
	private int port;

	@Autowired
	private InspectionService inspections;

	@Autowired
	private DeskProperties desk;

	@DynamicPropertySource
	static void target(DynamicPropertyRegistry registry) throws IOException {
		fixture.execute(new ClassPathResource("oracle/demo.sql").getContentAsString(StandardCharsets.UTF_8));
		registry.add("desk.oracle.targets[0].name", () -> "LIMS");
		registry.add("desk.oracle.targets[0].url", fixture::url);
		registry.add("desk.oracle.targets[0].monitor.user", () -> "sa");
		registry.add("desk.oracle.targets[0].temporary-tables.schemas", () -> "LIMS");
	}

	@AfterAll
	static void closeFixture() {
		fixture.close();
	}

	@Test
	void engineerReviewsInspectionInTasklist() throws Exception {
		BrowserJourney.requireBrowser();
		Path screenshots = BrowserJourney.screenshotDirectory("inspection");

		BrowserJourney.Result journey = BrowserJourney.run(SCRIPT,
				Map.of("BASE_URL", "http://localhost:" + this.port, "TARGET", "LIMS", "ENGINEER_USER",
						TestUsers.ENGINEER.id(), "ENGINEER_PASSWORD", TestUsers.ENGINEER.password(), "MANAGER_USER",
						TestUsers.MANAGER.id(), "MANAGER_PASSWORD", TestUsers.MANAGER.password(), "SCREENSHOT_DIR",
						screenshots.toString(), "DESK_ZONE", this.desk.zone().getId()));

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", SCRIPT, journey.output()).isZero();
		for (String screenshot : SCREENSHOTS) {
			assertThat(screenshots.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}
		String number = journey.find(JOURNEY_PASSED);
		assertThat(number).as("inspection number in the output:%n%s", journey.output()).isNotNull();

		Inspection inspection = this.inspections.find(number);
		assertThat(inspection.getRequestedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(inspection.getReviewedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(inspection.getWorstStatus()).isEqualTo(CheckStatus.CRITICAL);
		List<InspectionResult> results = this.inspections.resultsOf(inspection);
		assertThat(results).hasSize(InspectionProcess.CHECK_TASKS.size());
		for (String check : List.of("tablespaces", "backups", "temporary-tables", "alert-log")) {
			InspectionResult result = results.stream()
				.filter((candidate) -> candidate.getCheckName().equals(check))
				.findFirst()
				.orElseThrow();
			assertThat(result.getTicketNumber()).as("ticket of %s", check).startsWith("GZ-");
		}
	}

}
