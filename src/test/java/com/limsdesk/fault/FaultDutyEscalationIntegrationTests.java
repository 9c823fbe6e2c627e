package com.limsdesk.fault;

import static com.limsdesk.support.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.limsdesk.duty.DutyKind;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation mail of a fault goes to the engineer the duty roster has on duty at the
 * moment of the escalation, and to {@code desk.escalation.duty-engineers} (engineer2 in
 * the tests) only when the roster has nobody.
 */
@ProcessIntegrationTest
class FaultDutyEscalationIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private DutyRoster roster;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private FaultProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new FaultProcessScenario(this.engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		this.jdbc.update("delete from desk_duty_entry");
	}

	@Test
	void workingTimeEscalationGoesToWorkingTimeDuty() {
		addDuty(TestUsers.THIRD_ENGINEER, "2026-11-02", "2026-11-06", DutyKind.WORKING_TIME);
		addDuty(TestUsers.ENGINEER, "2026-11-02", "2026-11-06", DutyKind.NON_WORKING_TIME);
		this.scenario.clockAt("2026-11-04T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());

		this.scenario.fire(instance, FaultProcess.RESPONSE_OVERDUE);

		Map<String, Object> escalation = escalationOf(instance.getBusinessKey());
		assertThat(escalation.get("recipient_users")).isEqualTo(TestUsers.THIRD_ENGINEER.id());
		assertThat(escalation.get("recipient_groups")).isEqualTo("vendor-support,managers");
	}

	@Test
	void nightEscalationGoesToNonWorkingTimeDuty() {
		addDuty(TestUsers.THIRD_ENGINEER, "2026-11-02", "2026-11-06", DutyKind.WORKING_TIME);
		addDuty(TestUsers.ENGINEER, "2026-11-02", "2026-11-06", DutyKind.NON_WORKING_TIME);
		// Reported at 17:20, so the response deadline of 17:35 falls after closing time.
		this.scenario.clockAt("2026-11-04T17:20:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());

		this.scenario.fire(instance, FaultProcess.RESPONSE_OVERDUE);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-11-04T17:35:00"));
		assertThat(escalationOf(instance.getBusinessKey()).get("recipient_users")).isEqualTo(TestUsers.ENGINEER.id());
	}

	@Test
	void emptyRosterFallsBackToConfiguredList() {
		this.scenario.clockAt("2026-11-04T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());

		this.scenario.fire(instance, FaultProcess.RESPONSE_OVERDUE);

		assertThat(escalationOf(instance.getBusinessKey()).get("recipient_users"))
			.isEqualTo(TestUsers.OTHER_ENGINEER.id());
	}

	private void addDuty(TestUsers engineer, String firstDay, String lastDay, DutyKind kind) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.roster.add(engineer.id(), LocalDate.parse(firstDay),
					LocalDate.parse(lastDay), kind, null, TestUsers.ADMIN.id(), at(firstDay + "T00:00:00")));
	}

	private Map<String, Object> escalationOf(String number) {
		return this.jdbc.queryForMap(
				"select recipient_groups, recipient_users from desk_notification where reference = ? and subject like ?",
				"fault:" + number, "%升级%");
	}

}
