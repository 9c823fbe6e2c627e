package com.limsdesk.problem;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultEvent;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the problem management process, timers fired by moving the engine clock,
 * and the recurrence suggestions that fault reports raise.
 */
@ProcessIntegrationTest
class ProblemProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ProblemService problems;

	@Autowired
	private FaultTicketService faults;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	private ProcessScenario faultScenario;

	/**
	 * A module of its own for each test, so that recurrence counts see only its faults.
	 */
	private String module;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ProblemProcess.KEY);
		this.faultScenario = new ProcessScenario(this.engine, FaultProcess.KEY);
		this.module = "仪器接口-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void engineerSolutionBeforeDeadlineIsAccepted() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		String ticket = reportFault();
		ProcessInstance instance = openProblem(ticket);
		String number = instance.getBusinessKey();

		assertThat(number).matches("WT-2026-\\d{5}");
		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		Task analysis = this.scenario.task(instance, ProblemProcess.ANALYSE);
		assertThat(analysis).hasCandidateGroup(DeskGroups.ENGINEERS);
		assertThat(analysis.getName()).isEqualTo(number + " 分析并解决问题");
		assertThat(analysis.getDueDate().toInstant()).isEqualTo(at("2026-12-21T10:00:00"));
		Problem problem = this.problems.findByNumber(number);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ANALYSING);
		assertThat(problem.getOrigin()).isEqualTo(ProblemOrigin.REPORTED);
		assertThat(problem.getOpenedBy()).isEqualTo(TestUsers.ENGINEER.id());

		this.scenario.clockAt("2026-12-09T15:00:00");
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER,
				form("analysisOutcome", "analysed", "workaround", "重启采集服务后可恢复"));

		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		this.scenario.clockAt("2026-12-15T11:00:00");
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER, form("analysisOutcome", "solved",
				"rootCause", "采集服务连接池未回收超时连接", "solution", "修正连接回收逻辑并发布", "preventionPlan", "增加连接池监控告警"));

		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);
		assertThat(this.scenario.task(instance, ProblemProcess.ACCEPT)).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(this.scenario.timer(instance, ProblemProcess.ENGINEER_DEADLINE)).isNull();
		assertThat(mailTo(number, "%待验收")).containsEntry("recipient_groups", "managers");

		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "accept", "acceptanceComment", "连续一周未再出现"));

		assertThat(instance).isEnded().hasPassed(ProblemProcess.CLOSED);
		problem = this.problems.findByNumber(number);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.CLOSED);
		assertThat(problem.getClosedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(problem.getRootCause()).isEqualTo("采集服务连接池未回收超时连接");
		assertThat(problem.getWorkaround()).isEqualTo("重启采集服务后可恢复");
		assertThat(problem.isEscalated()).isFalse();
		assertThat(this.problems.solutionsOf(problem))
			.extracting(ProblemSolution::getProposerGroup, ProblemSolution::getProposedBy, ProblemSolution::getDecision,
					ProblemSolution::getDecidedBy)
			.containsExactly(tuple(DeskGroups.ENGINEERS, TestUsers.ENGINEER.id(), ProblemSolution.Decision.ACCEPTED,
					TestUsers.MANAGER.id()));
		assertThat(this.problems.journalOf(problem)).extracting(ProblemEvent::getKind)
			.containsExactly("OPENED", "LINKED", "ANALYSED", "SOLUTION_PROPOSED", "CLOSED");
		String later = reportFault();
		assertThatThrownBy(() -> this.problems.linkTickets(number, List.of(later), TestUsers.ENGINEER.id(),
				at("2026-03-20T10:00:00")))
			.isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("closed");
		assertThat(this.problems.linksOf(this.problems.findByNumber(number))).hasSize(1);
	}

	@Test
	void problemEscalatesExactlyFourteenDaysAfterOpening() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		String number = instance.getBusinessKey();
		Job deadline = this.scenario.timer(instance, ProblemProcess.ENGINEER_DEADLINE);
		assertThat(deadline.getDuedate().toInstant()).isEqualTo(at("2026-12-21T10:00:00"));

		this.scenario.clockAt("2026-12-21T09:00:00");

		assertThat(executableTimers(instance)).isEmpty();
		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);

		this.scenario.clockAt("2026-12-21T10:00:00");

		assertThat(executableTimers(instance)).extracting(Job::getId).containsExactly(deadline.getId());
		this.engine.getManagementService().executeJob(deadline.getId());

		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		Task vendorTask = this.scenario.task(instance, ProblemProcess.VENDOR_SOLUTION);
		assertThat(vendorTask).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(vendorTask.getDueDate().toInstant()).isEqualTo(at("2027-01-04T10:00:00"));
		assertThat(this.scenario.task(instance, ProblemProcess.ANALYSE)).isNull();
		Problem problem = this.problems.findByNumber(number);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ESCALATED);
		assertThat(problem.getEscalatedAt()).isEqualTo(at("2026-12-21T10:00:00"));
		assertThat(problem.getPlanDue()).isEqualTo(at("2027-01-04T10:00:00"));
		Map<String, Object> escalation = mailTo(number, "%升级%");
		assertThat(escalation).containsEntry("recipient_groups", "managers,vendor-support");
		assertThat((String) escalation.get("body")).contains("2027-01-04 10:00");

		this.scenario.clockAt("2026-12-28T16:00:00");
		this.scenario.complete(instance, ProblemProcess.VENDOR_SOLUTION, TestUsers.SUPPORT, form("rootCause",
				"采集服务与仪器驱动版本不兼容", "solutionPlan", "升级仪器驱动至 4.2 并回归测试", "preventionPlan", "驱动升级纳入变更控制，发布前做兼容性测试"));

		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);
		assertThat(this.scenario.timer(instance, ProblemProcess.PLAN_OVERDUE)).isNull();
		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "accept"));

		assertThat(instance).isEnded().hasPassed(ProblemProcess.CLOSED);
		problem = this.problems.findByNumber(number);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.CLOSED);
		assertThat(problem.getSolution()).isEqualTo("升级仪器驱动至 4.2 并回归测试");
		assertThat(problem.getPreventionPlan()).isEqualTo("驱动升级纳入变更控制，发布前做兼容性测试");
		assertThat(this.problems.solutionsOf(problem))
			.extracting(ProblemSolution::getProposerGroup, ProblemSolution::getProposedBy, ProblemSolution::getDecision)
			.containsExactly(
					tuple(DeskGroups.VENDOR_SUPPORT, TestUsers.SUPPORT.id(), ProblemSolution.Decision.ACCEPTED));
		assertThat(this.problems.journalOf(problem)).extracting(ProblemEvent::getKind)
			.containsExactly("OPENED", "LINKED", "ESCALATED", "SOLUTION_PROPOSED", "CLOSED");
	}

	@Test
	void missedVendorPlanIsRecordedAndMailed() {
		ProcessInstance instance = escalatedProblem();
		String number = instance.getBusinessKey();

		this.scenario.fire(instance, ProblemProcess.PLAN_OVERDUE);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2027-01-04T10:00:00"));
		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		Problem problem = this.problems.findByNumber(number);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ESCALATED);
		assertThat(this.problems.journalOf(problem)).extracting(ProblemEvent::getKind).endsWith("PLAN_OVERDUE");
		Map<String, Object> overdue = mailTo(number, "%逾期%");
		assertThat(overdue).containsEntry("recipient_groups", "managers,vendor-support");
		assertThat((String) overdue.get("body")).contains("2027-01-04 10:00");
		assertThat(this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(ProblemProcess.PLAN_OVERDUE_RECORDED)
			.count()).isEqualTo(1);

		this.scenario.clockAt("2027-01-06T09:00:00");
		this.scenario.complete(instance, ProblemProcess.VENDOR_SOLUTION, TestUsers.SUPPORT, vendorPlans());

		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);
	}

	@Test
	void returnedSolutionGoesBackToEngineers() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER, engineerSolution("重启服务"));
		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);

		assertThatThrownBy(() -> this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "return")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("acceptanceComment");
		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);

		this.scenario.clockAt("2026-12-10T10:00:00");
		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "return", "acceptanceComment", "重启只是临时办法，未消除原因"));

		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		assertThat(this.problems.findByNumber(number).getStatus()).isEqualTo(ProblemStatus.ANALYSING);
		assertThat(this.scenario.timer(instance, ProblemProcess.ENGINEER_DEADLINE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-21T10:00:00"));
		Map<String, Object> returned = mailTo(number, "%被退回");
		assertThat(returned).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		assertThat((String) returned.get("body")).contains("重启只是临时办法");

		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER, engineerSolution("修正连接回收逻辑"));
		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "accept"));

		assertThat(instance).isEnded().hasPassed(ProblemProcess.CLOSED);
		Problem problem = this.problems.findByNumber(number);
		assertThat(this.problems.solutionsOf(problem))
			.extracting(ProblemSolution::getRound, ProblemSolution::getSolution, ProblemSolution::getDecision,
					ProblemSolution::getDecisionComment)
			.containsExactly(tuple(1, "重启服务", ProblemSolution.Decision.RETURNED, "重启只是临时办法，未消除原因"),
					tuple(2, "修正连接回收逻辑", ProblemSolution.Decision.ACCEPTED, null));
		assertThat(problem.getSolution()).isEqualTo("修正连接回收逻辑");
	}

	@Test
	void solutionReturnedAfterDeadlineEscalatesAtOnce() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		this.scenario.clockAt("2026-12-20T10:00:00");
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER, engineerSolution("重启服务"));

		this.scenario.clockAt("2026-12-22T10:00:00");
		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "return", "acceptanceComment", "未找到根本原因"));

		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		assertThat(instance).hasPassed(ProblemProcess.ESCALATE);
		Problem problem = this.problems.findByNumber(instance.getBusinessKey());
		assertThat(problem.getEscalatedAt()).isEqualTo(at("2026-12-22T10:00:00"));
		assertThat(problem.getPlanDue()).isEqualTo(at("2027-01-05T10:00:00"));
	}

	@Test
	void vendorSolutionReturnedGetsNewPlanDueDate() {
		ProcessInstance instance = escalatedProblem();
		this.scenario.complete(instance, ProblemProcess.VENDOR_SOLUTION, TestUsers.SUPPORT, vendorPlans());

		this.scenario.clockAt("2026-12-30T10:00:00");
		this.scenario.complete(instance, ProblemProcess.ACCEPT, TestUsers.MANAGER,
				form("acceptanceDecision", "return", "acceptanceComment", "预防措施缺少监控项"));

		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		Task vendorTask = this.scenario.task(instance, ProblemProcess.VENDOR_SOLUTION);
		assertThat(vendorTask.getDueDate().toInstant()).isEqualTo(at("2027-01-13T10:00:00"));
		assertThat(this.scenario.timer(instance, ProblemProcess.PLAN_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2027-01-13T10:00:00"));
		assertThat(mailTo(instance.getBusinessKey(), "%被退回")).containsEntry("recipient_users", TestUsers.SUPPORT.id());
	}

	@Test
	void recurringFaultsRaiseSuggestionThatEngineerConfirms() {
		this.scenario.clockAt("2026-12-07T09:00:00");
		String first = reportFault();
		this.scenario.clockAt("2026-12-09T09:00:00");
		String second = reportFault();

		assertThat(problemsOfModule()).isEmpty();

		this.scenario.clockAt("2026-12-11T09:00:00");
		String third = reportFault();

		Problem suggestion = singleProblemOfModule();
		assertThat(suggestion.getStatus()).isEqualTo(ProblemStatus.SUGGESTED);
		assertThat(suggestion.getOrigin()).isEqualTo(ProblemOrigin.RECURRENCE);
		assertThat(this.problems.suggestedTicketsOf(suggestion)).containsExactly(first, second, third);
		ProcessInstance instance = instanceOf(suggestion);
		assertThat(instance.getBusinessKey()).isEqualTo(suggestion.getNumber());
		assertThat(instance).isWaitingAt(ProblemProcess.CONFIRM);
		Task confirm = this.scenario.task(instance, ProblemProcess.CONFIRM);
		assertThat(confirm).hasCandidateGroup(DeskGroups.ENGINEERS);
		assertThat((String) this.engine.getTaskService().getVariableLocal(confirm.getId(), "problemSummary"))
			.contains(first, second, third);
		assertThat(this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getStartUserId()).isNull();
		assertThat(this.problems.linksOf(suggestion)).isEmpty();

		this.scenario.clockAt("2026-12-11T10:00:00");
		this.scenario.complete(instance, ProblemProcess.CONFIRM, TestUsers.ENGINEER,
				form("suggestionDecision", "confirm", "title", "仪器接口反复断开"));

		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		Problem problem = this.problems.findByNumber(suggestion.getNumber());
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ANALYSING);
		assertThat(problem.getTitle()).isEqualTo("仪器接口反复断开");
		assertThat(problem.getOpenedAt()).isEqualTo(at("2026-12-11T10:00:00"));
		assertThat(problem.getEscalationDue()).isEqualTo(at("2026-12-25T10:00:00"));
		assertThat(this.problems.linksOf(problem)).extracting(ProblemLink::getTicketNumber)
			.containsExactly(first, second, third);
		for (String ticket : List.of(first, second, third)) {
			assertThat(ticketJournal(ticket)).anyMatch(
					(entry) -> "LINKED".equals(entry.getKind()) && entry.getDetail().startsWith(problem.getNumber()));
		}

		this.scenario.clockAt("2026-12-12T09:00:00");
		reportFault();

		assertThat(problemsOfModule()).hasSize(1);
	}

	@Test
	void dismissedTicketsAreNotSuggestedAgain() {
		this.scenario.clockAt("2026-12-07T09:00:00");
		List<String> tickets = List.of(reportFault(), reportFault(), reportFault());
		Problem suggestion = singleProblemOfModule();
		ProcessInstance instance = instanceOf(suggestion);

		assertThatThrownBy(() -> this.scenario.complete(instance, ProblemProcess.CONFIRM, TestUsers.ENGINEER,
				form("suggestionDecision", "dismiss")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("dismissReason");
		this.scenario.complete(instance, ProblemProcess.CONFIRM, TestUsers.ENGINEER,
				form("suggestionDecision", "dismiss", "dismissReason", "三次故障原因各不相同，均已单独处理"));

		assertThat(instance).isEnded().hasPassed(ProblemProcess.DISMISSED);
		Problem dismissed = this.problems.findByNumber(suggestion.getNumber());
		assertThat(dismissed.getStatus()).isEqualTo(ProblemStatus.DISMISSED);
		assertThat(dismissed.getDismissedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(dismissed.getDismissReason()).isEqualTo("三次故障原因各不相同，均已单独处理");
		assertThat(this.problems.linksOf(dismissed)).isEmpty();
		for (String ticket : tickets) {
			assertThat(ticketJournal(ticket)).noneMatch((entry) -> "LINKED".equals(entry.getKind()));
		}

		triage(tickets.get(0));
		reportFault();
		reportFault();

		assertThat(problemsOfModule()).hasSize(1);

		String sixth = reportFault();

		assertThat(problemsOfModule()).hasSize(2);
		Problem next = problemsOfModule().get(0);
		assertThat(this.problems.suggestedTicketsOf(next)).hasSize(3)
			.doesNotContainAnyElementsOf(tickets)
			.contains(sixth);
	}

	@Test
	void secondPendingSuggestionEndsWithoutRecord() {
		this.scenario.clockAt("2026-12-07T09:00:00");
		List<String> tickets = List.of(reportFaultOnly(), reportFaultOnly(), reportFaultOnly(), reportFaultOnly());
		List<ProcessInstance> pending = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.variableValueEquals(ProblemProcess.Variables.MODULE, this.module)
			.orderByProcessInstanceId()
			.asc()
			.list();
		assertThat(pending).hasSize(2);

		runSuggestionJobs();

		Problem suggestion = singleProblemOfModule();
		assertThat(this.problems.suggestedTicketsOf(suggestion)).hasSizeGreaterThanOrEqualTo(3).isSubsetOf(tickets);
		ProcessInstance other = pending.stream()
			.filter((instance) -> !instance.getId().equals(suggestion.getProcessInstanceId()))
			.findFirst()
			.orElseThrow();
		assertThat(other).isEnded().hasPassed(ProblemProcess.SUGGESTION_NOT_NEEDED);
		assertThat(this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.withException()
			.count()).isZero();
	}

	@Test
	void recurrenceCountsOnlyFaultsInsideWindow() {
		this.scenario.clockAt("2026-12-01T09:00:00");
		List<String> early = List.of(reportFault(), reportFault());
		this.scenario.clockAt("2026-12-08T09:00:01");
		reportFault();
		reportFault();

		assertThat(problemsOfModule()).isEmpty();

		reportFault();

		assertThat(this.problems.suggestedTicketsOf(singleProblemOfModule())).hasSize(3)
			.doesNotContainAnyElementsOf(early);
	}

	@Test
	void faultFixOpensProblemLinkedBothWays() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance fault = this.faultScenario.reload(this.faultScenario.start(TestUsers.REPORTER, faultReport()));
		this.faultScenario.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", "significant"));
		this.faultScenario.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER, form("fixOutcome", "fixed", "fixCause",
				"采集服务连接中断", "fixActions", "重启采集服务", "dataAffected", false, "followUp", "problem"));
		String ticket = fault.getBusinessKey();

		List<String> linked = this.problems.problemsLinkedTo(ticket);
		assertThat(linked).hasSize(1);
		Problem problem = this.problems.findByNumber(linked.get(0));
		assertThat(problem.getOrigin()).isEqualTo(ProblemOrigin.FAULT);
		assertThat(problem.getModule()).isEqualTo(this.module);
		assertThat(problem.getTitle()).contains(ticket);
		assertThat(problem.getOpenedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.problems.linksOf(problem)).extracting(ProblemLink::getTicketNumber).containsExactly(ticket);
		assertThat(ticketJournal(ticket)).extracting(FaultEvent::getKind).contains("FOLLOW_UP", "LINKED");
		assertThat(ticketJournal(ticket)).filteredOn((entry) -> "LINKED".equals(entry.getKind()))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getDetail()).startsWith(problem.getNumber()));
		ProcessInstance instance = instanceOf(problem);
		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);

		String later = reportFault();
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER,
				form("analysisOutcome", "analysed", "rootCause", "连接池配置过小", "addTickets", later));

		assertThat(this.problems.linksOf(problem)).extracting(ProblemLink::getTicketNumber)
			.containsExactly(ticket, later);
		assertThat(ticketJournal(later))
			.anyMatch((entry) -> "LINKED".equals(entry.getKind()) && entry.getDetail().startsWith(problem.getNumber()));
	}

	@Test
	void knownErrorIsPublishedWithWhoAndWhen() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		String number = instance.getBusinessKey();

		assertThatThrownBy(() -> this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER,
				form("analysisOutcome", "analysed", "rootCause", "驱动版本不兼容", "knownError", true)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("workaround");
		assertThat(this.problems.findByNumber(number).isKnownError()).isFalse();
		assertThat(this.problems.findByNumber(number).getRootCause()).isNull();

		this.scenario.clockAt("2026-12-08T11:00:00");
		Map<String, Object> analysis = form("analysisOutcome", "analysed", "rootCause", "驱动版本不兼容", "workaround",
				"重启采集服务", "knownError", true);
		assertThatThrownBy(
				() -> this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.OTHER_ENGINEER, analysis))
			.isInstanceOf(AuthorizationException.class);
		Task analyse = this.scenario.task(instance, ProblemProcess.ANALYSE);
		this.engine.getTaskService().setAssignee(analyse.getId(), TestUsers.OTHER_ENGINEER.id());
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.OTHER_ENGINEER, analysis);

		Problem problem = this.problems.findByNumber(number);
		assertThat(problem.isKnownError()).isTrue();
		assertThat(problem.getKnownErrorBy()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		assertThat(problem.getKnownErrorAt()).isEqualTo(at("2026-12-08T11:00:00"));
		assertThat(this.problems.knownErrors()).extracting(Problem::getNumber).contains(number);
		assertThat(this.problems.journalOf(problem)).extracting(ProblemEvent::getKind)
			.containsExactly("OPENED", "LINKED", "ANALYSED", "KNOWN_ERROR");
		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "rootCause")).isEqualTo("驱动版本不兼容");
	}

	@Test
	void unknownTicketIsRejectedWithoutRecord() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		long problemsBefore = countRows("desk_problem");
		long instancesBefore = countInstances();

		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, report("GZ-2026-99999")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("linkedTickets")
			.hasMessageContaining("GZ-2026-99999");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, report("GZ-26-1")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("linkedTickets");

		assertThat(countRows("desk_problem")).isEqualTo(problemsBefore);
		assertThat(countInstances()).isEqualTo(instancesBefore);
	}

	@Test
	void reporterCannotOpenProblem() {
		long problemsBefore = countRows("desk_problem");
		String definitionId = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();

		assertThat(this.scenario.as(TestUsers.REPORTER,
				() -> this.engine.getRepositoryService()
					.createProcessDefinitionQuery()
					.processDefinitionKey(ProblemProcess.KEY)
					.count()))
			.isZero();
		assertThatThrownBy(() -> this.scenario.as(TestUsers.REPORTER,
				() -> this.engine.getFormService().submitStartForm(definitionId, report(null))))
			.isInstanceOf(AuthorizationException.class);

		assertThat(countRows("desk_problem")).isEqualTo(problemsBefore);
	}

	@Test
	void solutionWithoutRootCauseIsRejected() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		Problem problem = this.problems.findByNumber(instance.getBusinessKey());

		assertThatThrownBy(() -> this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER,
				form("analysisOutcome", "solved", "rootCause", " ", "solution", "升级驱动")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("rootCause");

		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		assertThat(this.problems.solutionsOf(problem)).isEmpty();
		assertThat(this.problems.findByNumber(problem.getNumber()).getStatus()).isEqualTo(ProblemStatus.ANALYSING);
		assertThat(countRows("desk_notification where reference = 'problem:" + problem.getNumber() + "'")).isZero();
	}

	@Test
	void acceptanceByNonManagerIsRejected() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		this.scenario.complete(instance, ProblemProcess.ANALYSE, TestUsers.ENGINEER, engineerSolution("修正连接回收逻辑"));
		Task accept = this.scenario.task(instance, ProblemProcess.ACCEPT);
		this.engine.getTaskService().setAssignee(accept.getId(), TestUsers.ENGINEER.id());

		assertThatThrownBy(() -> this.scenario.submit(accept, TestUsers.ENGINEER, form("acceptanceDecision", "accept")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("managers");

		assertThat(instance).isWaitingAt(ProblemProcess.ACCEPT);
		Problem problem = this.problems.findByNumber(instance.getBusinessKey());
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.AWAITING_ACCEPTANCE);
		assertThat(this.problems.solutionsOf(problem)).extracting(ProblemSolution::getDecision)
			.containsExactly(ProblemSolution.Decision.WAITING);
	}

	@Test
	void vendorPlansWithoutPreventionPlanAreRejected() {
		ProcessInstance instance = escalatedProblem();
		Map<String, Object> plans = vendorPlans();
		plans.remove("preventionPlan");

		assertThatThrownBy(
				() -> this.scenario.complete(instance, ProblemProcess.VENDOR_SOLUTION, TestUsers.SUPPORT, plans))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("preventionPlan");

		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		Problem problem = this.problems.findByNumber(instance.getBusinessKey());
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ESCALATED);
		assertThat(this.problems.solutionsOf(problem)).isEmpty();
		assertThat(problem.getRootCause()).isNull();
	}

	@Test
	void engineerCannotDeliverVendorPlans() {
		ProcessInstance instance = escalatedProblem();
		Task vendorTask = this.scenario.task(instance, ProblemProcess.VENDOR_SOLUTION);
		this.engine.getTaskService().setAssignee(vendorTask.getId(), TestUsers.ENGINEER.id());

		assertThatThrownBy(() -> this.scenario.submit(vendorTask, TestUsers.ENGINEER, vendorPlans()))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("vendor-support");

		assertThat(this.problems.solutionsOf(this.problems.findByNumber(instance.getBusinessKey()))).isEmpty();
	}

	private ProcessInstance escalatedProblem() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = openProblem(reportFault());
		this.scenario.fire(instance, ProblemProcess.ENGINEER_DEADLINE);
		assertThat(instance).isWaitingAt(ProblemProcess.VENDOR_SOLUTION);
		return instance;
	}

	private ProcessInstance openProblem(String ticket) {
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, report(ticket)));
		assertThat(instance).isWaitingAt(ProblemProcess.ANALYSE);
		return instance;
	}

	private Map<String, Object> report(String ticket) {
		Map<String, Object> report = form("title", "仪器数据采集反复中断", "module", this.module, "description",
				"液相色谱仪数据采集每隔数日中断一次，重启采集服务后恢复");
		if (ticket != null) {
			report.put("linkedTickets", ticket);
		}
		return report;
	}

	private static Map<String, Object> engineerSolution(String solution) {
		return form("analysisOutcome", "solved", "rootCause", "采集服务连接池未回收超时连接", "solution", solution);
	}

	private static Map<String, Object> vendorPlans() {
		return form("rootCause", "采集服务与仪器驱动版本不兼容", "solutionPlan", "升级仪器驱动至 4.2 并回归测试", "preventionPlan", "驱动升级纳入变更控制");
	}

	private Map<String, Object> faultReport() {
		return form("contactName", "王芳", "contactPhone", "010-6401 2345", "module", this.module, "description",
				"液相色谱仪数据采集中断", "affectedUsers", 3L, "channel", "tasklist");
	}

	/**
	 * Reports a fault in this test's module as a reporter, runs the suggestion it may
	 * start, as the job executor would, and returns its number.
	 */
	private String reportFault() {
		String number = reportFaultOnly();
		runSuggestionJobs();
		return number;
	}

	private String reportFaultOnly() {
		return this.faultScenario.reload(this.faultScenario.start(TestUsers.REPORTER, faultReport())).getBusinessKey();
	}

	private void runSuggestionJobs() {
		for (Job job : this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.messages()
			.list()) {
			this.engine.getManagementService().executeJob(job.getId());
		}
	}

	private void triage(String ticket) {
		ProcessInstance fault = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(ticket)
			.singleResult();
		this.faultScenario.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "general", "severity", "ordinary"));
		runSuggestionJobs();
	}

	/** Returns the problems of this test's module, newest first. */
	private List<Problem> problemsOfModule() {
		return this.problems.all().stream().filter((problem) -> problem.getModule().equals(this.module)).toList();
	}

	private Problem singleProblemOfModule() {
		List<Problem> found = problemsOfModule();
		assertThat(found).as("problems of module %s", this.module).hasSize(1);
		return found.get(0);
	}

	private ProcessInstance instanceOf(Problem problem) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(problem.getProcessInstanceId())
			.singleResult();
	}

	private List<Job> executableTimers(ProcessInstance instance) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.executable()
			.list();
	}

	private List<FaultEvent> ticketJournal(String ticket) {
		return this.faults.journalOf(this.faults.findByNumber(ticket));
	}

	/**
	 * Returns the one queued mail about the problem whose subject matches the pattern.
	 */
	private Map<String, Object> mailTo(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "problem:" + number, subjectPattern);
	}

	private long countRows(String tableAndCondition) {
		return this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
	}

	private long countInstances() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ProblemProcess.KEY)
			.count();
	}

}
