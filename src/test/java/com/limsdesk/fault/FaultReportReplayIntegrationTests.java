package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replays realistic fault reports with the engine clock at each report's time: triage
 * with the given classification, then the due dates the desk shows must match the
 * expected deadlines.
 */
@ProcessIntegrationTest
class FaultReportReplayIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private FaultTicketService tickets;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@ParameterizedTest(name = "{0} {3}")
	@CsvFileSource(resources = "/fault/fault-reports.csv", numLinesToSkip = 1)
	void reportGetsContractDeadlines(String caseId, String reportedAt, String channel, String module,
			String description, int affectedUsers, String category, String severity, String responseDue,
			String repairDue) {
		FaultProcessScenario scenario = new FaultProcessScenario(this.engine);
		scenario.clockAt(reportedAt);
		Map<String, Object> form = new HashMap<>();
		form.put("contactName", "测试联系人");
		form.put("contactPhone", "010-6401 2345");
		form.put("module", module);
		form.put("description", description);
		form.put("affectedUsers", affectedUsers);
		form.put("channel", channel);
		TestUsers filer = "tasklist".equals(channel) ? TestUsers.REPORTER : TestUsers.ENGINEER;

		ProcessInstance instance = scenario.start(filer, form);

		Task triage = scenario.task(instance, FaultProcess.TRIAGE);
		assertThat(triage.getDueDate().toInstant()).isEqualTo(at(reportedAt).plus(Duration.ofMinutes(15)));
		scenario.clockAt(at(reportedAt).plus(Duration.ofMinutes(5))
			.atZone(FaultProcessScenario.ZONE)
			.toLocalDateTime()
			.toString());

		scenario.triage(instance, category, severity);

		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getResponseDue()).as("response due").isEqualTo(at(responseDue));
		assertThat(ticket.getRepairDue()).as("repair due").isEqualTo(at(repairDue));
		Task fix = scenario.task(instance, FaultProcess.FIX);
		assertThat(fix.getDueDate().toInstant()).as("repair task due date").isEqualTo(at(repairDue));
		assertThat(fix.getName()).isEqualTo(instance.getBusinessKey() + " 处理故障");
		assertThat(scenario.timer(instance, FaultProcess.REPAIR_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at(repairDue));
		assertThat(this.tickets.breachesOf(ticket)).isEmpty();
	}

}
