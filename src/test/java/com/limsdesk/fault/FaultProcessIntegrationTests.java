package com.limsdesk.fault;

import static com.limsdesk.fault.FaultProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of the fault process, timers fired by moving the engine clock. */
@ProcessIntegrationTest
class FaultProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private FaultTicketService tickets;

	@Autowired
	private JdbcTemplate jdbc;

	private FaultProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new FaultProcessScenario(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void remoteFixConfirmedByReporterClosesTicket() {
		this.scenario.clockAt("2026-12-07T10:40:00");
		Map<String, Object> form = FaultProcessScenario.report();
		form.put("startedAt", "2026-12-07T10:30");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, form);

		assertThat(instance).isWaitingAt(FaultProcess.TRIAGE);
		String number = instance.getBusinessKey();
		assertThat(number).matches("GZ-2026-\\d{5}");
		Task triage = this.scenario.task(instance, FaultProcess.TRIAGE);
		assertThat(triage.getName()).isEqualTo(number + " 分诊故障");
		assertThat(triage.getDueDate().toInstant()).isEqualTo(at("2026-12-07T10:55:00"));
		assertThat(this.scenario.timer(instance, FaultProcess.RESPONSE_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-07T10:55:00"));
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("description",
				"contactPhone");

		this.scenario.clockAt("2026-12-07T10:50:00");
		this.scenario.triage(instance, "main", "significant");

		FaultTicket ticket = this.tickets.findByNumber(number);
		assertThat(ticket.getRespondedAt()).isEqualTo(at("2026-12-07T10:50:00"));
		assertThat(ticket.getRespondedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(ticket.getRepairDue()).isEqualTo(at("2026-12-07T12:40:00"));
		assertThat(instance).isWaitingAt(FaultProcess.FIX);
		Task fix = this.scenario.task(instance, FaultProcess.FIX);
		assertThat(fix.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(fix.getDueDate().toInstant()).isEqualTo(at("2026-12-07T12:40:00"));
		assertThat(this.scenario.timer(instance, FaultProcess.REPAIR_WARNING).getDuedate().toInstant())
			.isEqualTo(at("2026-12-07T12:16:00"));

		this.scenario.clockAt("2026-12-07T11:30:00");
		this.scenario.fix(instance, TestUsers.ENGINEER);

		assertThat(instance).isWaitingAt(FaultProcess.CONFIRM);
		Task confirm = this.scenario.task(instance, FaultProcess.CONFIRM);
		assertThat(confirm.getAssignee()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(confirm.getDueDate().toInstant()).isEqualTo(at("2026-12-10T17:30:00"));

		this.scenario.complete(instance, FaultProcess.CONFIRM, TestUsers.REPORTER,
				new HashMap<>(Map.of("confirmation", "confirm")));

		assertThat(instance).isEnded().hasPassed(FaultProcess.CLOSED);
		ticket = this.tickets.findByNumber(number);
		assertThat(ticket.getStatus()).isEqualTo(FaultStatus.CLOSED);
		assertThat(ticket.getFixCause()).isEqualTo("应用连接池耗尽");
		assertThat(this.tickets.breachesOf(ticket)).isEmpty();
		assertThat(this.tickets.journalOf(ticket)).extracting(FaultEvent::getKind)
			.containsExactly("REGISTERED", "TRIAGED", "FIXED", "CONFIRMED");
		assertThat(queuedSubjects(number)).contains("[" + number + "] 故障报告已受理");
	}

	@Test
	void unansweredTicketEscalatesAtResponseDeadline() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		String number = instance.getBusinessKey();

		this.scenario.fire(instance, FaultProcess.RESPONSE_OVERDUE);

		assertThat(instance).isWaitingAt(FaultProcess.TRIAGE);
		assertThat(this.scenario.task(instance, FaultProcess.TRIAGE)).hasCandidateGroup("engineers")
			.hasCandidateGroup("vendor-support");
		Map<String, Object> escalation = this.jdbc.queryForMap(
				"select recipient_groups, recipient_users from desk_notification where reference = ? and subject like ?",
				"fault:" + number, "%升级%");
		assertThat(escalation.get("recipient_groups")).isEqualTo("vendor-support,managers");
		assertThat(escalation.get("recipient_users")).isEqualTo(TestUsers.OTHER_ENGINEER.id());

		this.scenario.clockAt("2026-12-07T10:20:00");
		this.scenario.triage(instance, "main", "ordinary");

		FaultTicket ticket = this.tickets.findByNumber(number);
		assertThat(this.tickets.breachesOf(ticket)).extracting(FaultBreach::getKind)
			.containsExactly(FaultBreach.Kind.RESPONSE);
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "slaBreach")).isEqualTo("响应超时");
		assertThat(this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(instance.getId())
			.incidentType("slaBreach")
			.count()).isEqualTo(1);
	}

	@Test
	void generalFaultTriagedBeforeClosingIsNoBreach() {
		this.scenario.clockAt("2026-12-07T09:12:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.fire(instance, FaultProcess.RESPONSE_OVERDUE);

		this.scenario.clockAt("2026-12-07T16:00:00");
		this.scenario.triage(instance, "general", "ordinary");

		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getResponseDue()).isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(ticket.getRepairDue()).isEqualTo(at("2026-12-07T10:12:00"));
		assertThat(this.tickets.breachesOf(ticket)).extracting(FaultBreach::getKind)
			.doesNotContain(FaultBreach.Kind.RESPONSE);
	}

	@Test
	void repairDeadlineWarnsThenRecordsBreach() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "ordinary");
		String number = instance.getBusinessKey();

		this.scenario.fire(instance, FaultProcess.REPAIR_WARNING);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-12-07T10:48:00"));
		assertThat(this.jdbc.queryForObject(
				"select recipient_users from desk_notification where reference = ? and subject like ?", String.class,
				"fault:" + number, "%即将到期%"))
			.isEqualTo(TestUsers.ENGINEER.id());

		this.scenario.fire(instance, FaultProcess.REPAIR_OVERDUE);

		FaultTicket ticket = this.tickets.findByNumber(number);
		assertThat(this.tickets.breachesOf(ticket)).singleElement().satisfies((breach) -> {
			assertThat(breach.getKind()).isEqualTo(FaultBreach.Kind.REPAIR);
			assertThat(breach.getDueAt()).isEqualTo(at("2026-12-07T11:00:00"));
		});
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "slaBreach")).isEqualTo("修复超时");
		assertThat(this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(instance.getId())
			.incidentType("slaBreach")
			.count()).isEqualTo(1);
		assertThat(instance).isWaitingAt(FaultProcess.FIX);

		this.scenario.fix(instance, TestUsers.ENGINEER);
		this.scenario.complete(instance, FaultProcess.CONFIRM, TestUsers.REPORTER,
				new HashMap<>(Map.of("confirmation", "confirm")));

		assertThat(instance).isEnded();
		assertThat(this.tickets.breachesOf(this.tickets.findByNumber(number))).hasSize(1);
	}

	@Test
	void onSiteArrivalRestartsRepairClock() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "major");
		String number = instance.getBusinessKey();

		this.scenario.clockAt("2026-12-07T11:00:00");
		this.scenario.complete(instance, FaultProcess.FIX, TestUsers.ENGINEER,
				new HashMap<>(Map.of("fixOutcome", "onsite", "dispatchReason", "服务器硬件告警，需到机房检查")));

		assertThat(instance).isWaitingAt(FaultProcess.ARRIVE_ON_SITE);
		Task arrival = this.scenario.task(instance, FaultProcess.ARRIVE_ON_SITE);
		assertThat(arrival).hasCandidateGroup("vendor-support");
		assertThat(arrival.getDueDate().toInstant()).isEqualTo(at("2026-12-08T11:00:00"));
		assertThat(this.scenario.timer(instance, FaultProcess.REPAIR_OVERDUE)).isNull();

		this.scenario.clockAt("2026-12-08T09:00:00");
		this.scenario.complete(instance, FaultProcess.ARRIVE_ON_SITE, TestUsers.SUPPORT,
				new HashMap<>(Map.of("arrivalNote", "已到机房")));

		FaultTicket ticket = this.tickets.findByNumber(number);
		assertThat(ticket.getOnSiteArrivedAt()).isEqualTo(at("2026-12-08T09:00:00"));
		assertThat(ticket.getRepairDue()).isEqualTo(at("2026-12-08T13:00:00"));
		Task fix = this.scenario.task(instance, FaultProcess.FIX);
		assertThat(fix.getAssignee()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(fix.getDueDate().toInstant()).isEqualTo(at("2026-12-08T13:00:00"));
		assertThat(this.scenario.timer(instance, FaultProcess.REPAIR_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-08T13:00:00"));
		assertThat(this.tickets.breachesOf(ticket)).isEmpty();
	}

	@Test
	void lateArrivalIsRecordedAsBreach() {
		this.scenario.clockAt("2026-12-05T20:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "critical");
		this.scenario.complete(instance, FaultProcess.FIX, TestUsers.ENGINEER,
				new HashMap<>(Map.of("fixOutcome", "onsite", "dispatchReason", "存储阵列无法连接")));
		assertThat(this.scenario.task(instance, FaultProcess.ARRIVE_ON_SITE).getDueDate().toInstant())
			.isEqualTo(at("2026-12-05T22:00:00"));

		this.scenario.fire(instance, FaultProcess.ARRIVAL_OVERDUE);

		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(this.tickets.breachesOf(ticket)).extracting(FaultBreach::getKind)
			.containsExactly(FaultBreach.Kind.ONSITE);
		assertThat(instance).isWaitingAt(FaultProcess.ARRIVE_ON_SITE);
	}

	@Test
	void reclassificationRecomputesDeadlinesFromReportTime() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "ordinary");

		this.scenario.clockAt("2026-12-07T10:30:00");
		this.scenario.complete(instance, FaultProcess.FIX, TestUsers.ENGINEER, new HashMap<>(Map.of("fixOutcome",
				"reclassify", "category", "main", "severity", "major", "reclassifyReason", "影响全院登录")));

		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getSeverity()).isEqualTo(com.limsdesk.servicelevel.Severity.MAJOR);
		assertThat(ticket.getRepairDue()).isEqualTo(at("2026-12-07T14:00:00"));
		assertThat(instance).isWaitingAt(FaultProcess.FIX);
		assertThat(this.scenario.task(instance, FaultProcess.FIX).getDueDate().toInstant())
			.isEqualTo(at("2026-12-07T14:00:00"));
		assertThat(this.scenario.timer(instance, FaultProcess.REPAIR_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-07T14:00:00"));
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "severity")).isEqualTo("major");
		assertThat(this.tickets.journalOf(ticket)).extracting(FaultEvent::getKind).contains("RECLASSIFIED");
	}

	@Test
	void reopenedFixReturnsToEngineerUnderSameNumber() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "critical");
		this.scenario.fix(instance, TestUsers.ENGINEER);

		this.scenario.complete(instance, FaultProcess.CONFIRM, TestUsers.REPORTER,
				new HashMap<>(Map.of("confirmation", "reopen", "reopenReason", "仍然无法保存")));

		assertThat(instance).isWaitingAt(FaultProcess.FIX);
		Task fix = this.scenario.task(instance, FaultProcess.FIX);
		assertThat(fix.getName()).startsWith(instance.getBusinessKey());
		assertThat(fix.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getReopenCount()).isEqualTo(1);
		assertThat(ticket.getStatus()).isEqualTo(FaultStatus.IN_REPAIR);
		assertThat(this.tickets.journalOf(ticket)).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("REOPENED");
			assertThat(event.getDetail()).isEqualTo("仍然无法保存");
		});
	}

	@Test
	void reopeningWithoutReasonIsRejected() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "main", "critical");
		this.scenario.fix(instance, TestUsers.ENGINEER);

		assertThatThrownBy(() -> this.scenario.complete(instance, FaultProcess.CONFIRM, TestUsers.REPORTER,
				new HashMap<>(Map.of("confirmation", "reopen"))))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("reopenReason");

		assertThat(instance).isWaitingAt(FaultProcess.CONFIRM);
	}

	@Test
	void unconfirmedFixClosesOnThirdWorkingDay() {
		this.scenario.clockAt("2026-09-30T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		this.scenario.triage(instance, "general", "ordinary");
		this.scenario.fix(instance, TestUsers.ENGINEER);
		String number = instance.getBusinessKey();

		// 30 Sep 2026 is followed by the National Day holiday; 10 Oct is a make-up
		// working day.
		assertThat(this.scenario.timer(instance, FaultProcess.CONFIRMATION_TIMED_OUT).getDuedate().toInstant())
			.isEqualTo(at("2026-10-10T17:30:00"));

		this.scenario.fire(instance, FaultProcess.CONFIRMATION_TIMED_OUT);

		assertThat(instance).isEnded().hasPassed(FaultProcess.CLOSED_UNCONFIRMED);
		assertThat(this.tickets.findByNumber(number).getStatus()).isEqualTo(FaultStatus.CLOSED_UNCONFIRMED);
		assertThat(this.jdbc.queryForObject(
				"select recipient_users from desk_notification where reference = ? and subject like ?", String.class,
				"fault:" + number, "%自动关闭%"))
			.isEqualTo(TestUsers.REPORTER.id());
	}

	@Test
	void invalidReportLeavesNothingBehind() {
		long instancesBefore = this.engine.getRuntimeService().createProcessInstanceQuery().count();
		long ticketsBefore = countTickets();
		long jobsBefore = this.engine.getManagementService().createJobQuery().count();
		Map<String, Object> form = FaultProcessScenario.report();
		form.put("contactPhone", "");

		assertThatThrownBy(() -> this.scenario.start(TestUsers.REPORTER, form)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("contactPhone");

		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
		assertThat(countTickets()).isEqualTo(ticketsBefore);
		assertThat(this.engine.getManagementService().createJobQuery().count()).isEqualTo(jobsBefore);
	}

	@Test
	void reportFieldsAreCheckedOneByOne() {
		List<Map.Entry<String, Object>> badValues = List.of(Map.entry("affectedUsers", -1L),
				Map.entry("affectedUsers", "many"), Map.entry("channel", "telegram"),
				Map.entry("startedAt", "yesterday"), Map.entry("startedAt", "2027-01-01T00:00"),
				Map.entry("description", "x".repeat(4001)), Map.entry("reporterUser", "nobody"),
				Map.entry("reporterUser", TestUsers.OTHER_REPORTER.id()), Map.entry("contactPhone", "call me"));
		for (Map.Entry<String, Object> bad : badValues) {
			Map<String, Object> form = FaultProcessScenario.report();
			form.put(bad.getKey(), bad.getValue());

			assertThatThrownBy(() -> this.scenario.start(TestUsers.REPORTER, form))
				.as("%s = %s", bad.getKey(), bad.getValue())
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining(bad.getKey());
		}
	}

	@Test
	void longestReportFitsTaskViews() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> form = FaultProcessScenario.report();
		form.put("description", "长".repeat(4000));
		form.put("contactName", "名".repeat(100));

		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, form);
		this.scenario.triage(instance, "main", "ordinary");
		this.scenario.complete(instance, FaultProcess.FIX, TestUsers.ENGINEER, new HashMap<>(Map.of("fixOutcome",
				"fixed", "fixCause", "因".repeat(4000), "fixActions", "措".repeat(4000), "dataAffected", false)));

		Task confirm = this.scenario.task(instance, FaultProcess.CONFIRM);
		String fixSummary = (String) this.engine.getTaskService().getVariableLocal(confirm.getId(), "fixSummary");
		assertThat(fixSummary).hasSize(FaultTaskDetails.MAX_VIEW_LENGTH).endsWith("…");
		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getDescription()).hasSize(4000);
		assertThat(ticket.getFixActions()).hasSize(4000);
	}

	@Test
	void reporterCannotCompleteEngineersTask() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		Task triage = this.scenario.task(instance, FaultProcess.TRIAGE);

		assertThatThrownBy(() -> this.scenario.as(TestUsers.REPORTER, () -> {
			this.engine.getTaskService().complete(triage.getId(), Map.of("category", "main", "severity", "ordinary"));
			return null;
		})).isInstanceOf(AuthorizationException.class);

		assertThat(instance).isWaitingAt(FaultProcess.TRIAGE);
	}

	@Test
	void engineerFilesReportForCallerWhoConfirms() {
		this.scenario.clockAt("2026-12-07T10:40:00");
		Map<String, Object> form = FaultProcessScenario.report();
		form.put("channel", "phone");
		form.put("reporterUser", TestUsers.OTHER_REPORTER.id());

		ProcessInstance instance = this.scenario.start(TestUsers.ENGINEER, form);
		this.scenario.triage(instance, "main", "significant");
		this.scenario.fix(instance, TestUsers.ENGINEER);

		assertThat(this.scenario.task(instance, FaultProcess.CONFIRM).getAssignee())
			.isEqualTo(TestUsers.OTHER_REPORTER.id());
		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(ticket.getFiledBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(ticket.getChannel()).isEqualTo(ReportChannel.PHONE);
	}

	private long countTickets() {
		return this.jdbc.queryForObject("select count(*) from desk_fault_ticket", Long.class);
	}

	private List<String> queuedSubjects(String number) {
		return this.jdbc.queryForList("select subject from desk_notification where reference = ?", String.class,
				"fault:" + number);
	}

}
