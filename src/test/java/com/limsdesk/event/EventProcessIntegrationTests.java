package com.limsdesk.event;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultEvent;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.inspection.InspectionProcess;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
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
 * Every path of the event support process, timers fired by moving the engine clock: the
 * plan rejected and revised, the pre-event check with the database inspection, a finding
 * escalated, an engineer late or absent, a fault during the event and the summary.
 */
@ProcessIntegrationTest
class EventProcessIntegrationTests {

	private static final String ALL_OK = "ok";

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private EventService events;

	@Autowired
	private FaultTicketService faults;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, EventProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void planRejectedRevisedAndEventClosed() {
		this.scenario.clockAt("2026-12-01T10:00:00");
		ProcessInstance instance = requestEvent("2026-12-07T09:00", "2026-12-07T18:00", "2026-12-07T08:30", 1);
		String number = instance.getBusinessKey();

		assertThat(number).matches("HD-2026-\\d{5}");
		assertThat(instance).isWaitingAt(EventProcess.PLAN);
		assertThat(this.scenario.task(instance, EventProcess.PLAN)).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		SupportEvent event = this.events.findByNumber(number);
		assertThat(event.getStatus()).isEqualTo(EventStatus.PLANNING);
		assertThat(event.getCheckOpensAt()).isEqualTo(at("2026-12-04T08:30:00"));
		assertThat(event.getCheckDue()).isEqualTo(at("2026-12-04T17:30:00"));
		assertThat(event.getRequestedBy()).isEqualTo(TestUsers.MANAGER.id());

		this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT,
				plan("engineer | 2026-12-07 08:00 | 2026-12-07 18:30 | 数据库与接口"));

		assertThat(instance).isWaitingAt(EventProcess.REVIEW_PLAN);
		assertThat(mailTo(number, "%保障方案待审核")).containsEntry("recipient_groups", "managers");
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.REVIEW_PLAN, TestUsers.MANAGER,
				form("planDecision", "reject")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("planComment");

		this.scenario.complete(instance, EventProcess.REVIEW_PLAN, TestUsers.MANAGER,
				form("planDecision", "reject", "planComment", "报告签发窗口需要第二名工程师"));

		assertThat(instance).isWaitingAt(EventProcess.PLAN);
		assertThat(mailTo(number, "%保障方案被退回")).containsEntry("recipient_users", "support");
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "onSiteEngineers"))
			.isEqualTo("engineer | 2026-12-07 08:00 | 2026-12-07 18:30 | 数据库与接口");
		assertThat(this.events.findByNumber(number).getStatus()).isEqualTo(EventStatus.PLANNING);

		this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT,
				plan("engineer | 2026-12-07 08:00 | 2026-12-07 18:30 | 数据库与接口\n"
						+ "engineer2 | 2026-12-07 08:30 | 2026-12-07 18:30 | 报告签发"));
		this.scenario.complete(instance, EventProcess.REVIEW_PLAN, TestUsers.MANAGER, form("planDecision", "accept"));

		assertThat(instance).isWaitingAt(EventProcess.CHECK_OPENS, EventProcess.RECORD_ARRIVAL);
		assertThat(this.events.plansOf(this.events.findByNumber(number)))
			.extracting(EventPlan::getRound, EventPlan::getDecision)
			.containsExactly(tuple(1, EventPlan.Decision.REJECTED), tuple(2, EventPlan.Decision.ACCEPTED));
		assertThat(mailTo(number, "%保障方案已通过").get("recipient_users")).isEqualTo("engineer,engineer2");

		runPreEventCheck(instance, ALL_OK);

		assertThat(this.events.findByNumber(number).getInspectionNumber()).matches("XJ-2026-\\d{5}");
		assertThat(this.events.findByNumber(number).isFindingOpen()).isFalse();
		assertThat(instance).isWaitingAt(EventProcess.RECORD_ARRIVAL);

		this.scenario.clockAt("2026-12-07T07:50:00");
		signIn(instance, TestUsers.ENGINEER);
		signIn(instance, TestUsers.OTHER_ENGINEER);

		assertThat(instance).isWaitingAt(EventProcess.EVENT_ENDED);
		this.scenario.fire(instance, EventProcess.EVENT_ENDED);

		assertThat(instance).isWaitingAt(EventProcess.WRITE_SUMMARY);
		Task summary = this.scenario.task(instance, EventProcess.WRITE_SUMMARY);
		assertThat(summary.getDueDate().toInstant()).isEqualTo(at("2026-12-08T17:30:00"));
		this.scenario.complete(instance, EventProcess.WRITE_SUMMARY, TestUsers.ENGINEER,
				form("summaryHappened", "系统运行平稳", "summaryActions", "提前重启报告服务"));
		this.scenario.complete(instance, EventProcess.CLOSE, TestUsers.MANAGER,
				form("closeDecision", "return", "closeComment", "请补充报告签发量"));

		assertThat(instance).isWaitingAt(EventProcess.WRITE_SUMMARY);
		assertThat(mailTo(number, "%保障总结被退回")).containsEntry("recipient_users", "engineer");
		this.scenario.complete(instance, EventProcess.WRITE_SUMMARY, TestUsers.ENGINEER,
				form("summaryHappened", "系统运行平稳，签发报告 312 份", "summaryActions", "提前重启报告服务"));
		this.scenario.complete(instance, EventProcess.CLOSE, TestUsers.MANAGER, form("closeDecision", "close"));

		assertThat(instance).isEnded().hasPassed(EventProcess.CLOSED);
		event = this.events.findByNumber(number);
		assertThat(event.getStatus()).isEqualTo(EventStatus.CLOSED);
		assertThat(event.getClosedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(event.getSummaryHappened()).isEqualTo("系统运行平稳，签发报告 312 份");
		assertThat(this.events.engineersOf(event)).noneMatch(EventEngineer::isLate);
	}

	@Test
	void preEventFindingEscalatedToVendor() {
		this.scenario.clockAt("2026-11-02T10:00:00");
		ProcessInstance instance = acceptedEvent("2026-11-10T09:00", "2026-11-10T17:00", "2026-11-10T08:30",
				"engineer | 2026-11-10 08:00 | 2026-11-10 17:30 | 现场");
		String number = instance.getBusinessKey();

		fireCheckOpens(instance);
		assertThat(instance).isWaitingAt(EventProcess.CHECKLIST);
		Task checklist = this.scenario.task(instance, EventProcess.CHECKLIST);
		assertThat(checklist).hasCandidateGroup(DeskGroups.ENGINEERS);
		assertThat(checklist.getDueDate().toInstant()).isEqualTo(at("2026-11-09T17:30:00"));
		assertThat((String) this.engine.getTaskService().getVariableLocal(checklist.getId(), "eventSummary"))
			.contains("数据库巡检：XJ-2026-");

		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.CHECKLIST, TestUsers.ENGINEER,
				checklist("open", null)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("checkFindings");
		this.scenario.complete(instance, EventProcess.CHECKLIST, TestUsers.ENGINEER,
				checklist("open", "接口服务器 SSL 证书 11 月 12 日到期，续期需院方审批，活动前无法完成"));

		assertThat(instance).isWaitingAt(EventProcess.RESOLVE_FINDINGS);
		SupportEvent event = this.events.findByNumber(number);
		assertThat(event.isFindingOpen()).isTrue();
		assertThat(event.getEscalatedAt()).isEqualTo(at("2026-11-09T08:30:00"));
		Map<String, Object> mail = mailTo(number, "升级：活动前检查发现无法消除的问题");
		assertThat(mail).containsEntry("recipient_groups", "vendor-support,managers");
		assertThat((String) mail.get("body")).contains("SSL 证书");
		Task resolve = this.scenario.task(instance, EventProcess.RESOLVE_FINDINGS);
		assertThat(resolve).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(resolve.getDueDate().toInstant()).isEqualTo(at("2026-11-10T09:00:00"));
		assertThat(this.events.checkItemsOf(event)).extracting(EventCheckItem::getResult)
			.contains(CheckResult.OPEN, CheckResult.OK);

		this.scenario.complete(instance, EventProcess.RESOLVE_FINDINGS, TestUsers.SUPPORT,
				form("findingOutcome", "mitigated", "findingResolution", "活动期间改用内网地址访问接口"));

		assertThat(instance).isWaitingAt(EventProcess.RECORD_ARRIVAL);
		assertThat(this.events.findByNumber(number).getFindingResolution()).isEqualTo("活动期间改用内网地址访问接口");
	}

	@Test
	void engineerLateOnSiteIsEscalated() {
		this.scenario.clockAt("2026-10-12T10:00:00");
		ProcessInstance instance = acceptedEvent("2026-10-16T09:00", "2026-10-16T17:00", "2026-10-16T08:30",
				"engineer | 2026-10-16 08:30 | 2026-10-16 17:30 | 现场");
		String number = instance.getBusinessKey();
		runPreEventCheck(instance, ALL_OK);

		this.scenario.clockAt("2026-10-16T04:00:00");
		assertThatThrownBy(() -> signIn(instance, TestUsers.ENGINEER)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("最早可在 2026-10-16 04:30 签到");
		Task arrival = this.scenario.task(instance, EventProcess.RECORD_ARRIVAL);
		assertThat(arrival.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(arrival.getDueDate().toInstant()).isEqualTo(at("2026-10-16T08:30:00"));
		assertThatThrownBy(() -> this.scenario.submit(arrival, TestUsers.OTHER_ENGINEER, form()))
			.isInstanceOf(AuthorizationException.class);

		this.scenario.fire(instance, EventProcess.ARRIVAL_OVERDUE);

		Map<String, Object> mail = mailTo(number, "升级：工程师未按时到场");
		assertThat(mail).containsEntry("recipient_groups", "vendor-support,managers");
		assertThat((String) mail.get("recipient_users")).contains("engineer2");
		assertThat((String) mail.get("body")).contains("engineer 应在 2026-10-16 08:30 到场");
		assertThat(this.events.engineer(this.events.findByNumber(number), "engineer").getLateRecordedAt())
			.isEqualTo(at("2026-10-16T08:30:00"));
		assertThat(instance).isWaitingAt(EventProcess.RECORD_ARRIVAL);

		this.scenario.clockAt("2026-10-16T08:47:00");
		signIn(instance, TestUsers.ENGINEER);

		EventEngineer engineer = this.events.engineer(this.events.findByNumber(number), "engineer");
		assertThat(engineer.getArrivedAt()).isEqualTo(at("2026-10-16T08:47:00"));
		assertThat(engineer.minutesLate()).isEqualTo(17);
		List<EventReport> report = this.events.overlapping(at("2026-10-16T00:00:00"), at("2026-10-17T00:00:00"));
		assertThat(report).extracting(EventReport::number).containsExactly(number);
		assertThat(report.get(0).lateArrivals())
			.extracting(EventReport.LateArrival::engineer, EventReport.LateArrival::minutesLate)
			.containsExactly(tuple("engineer", 17L));
		assertThat(report.get(0).engineersArrived()).isEqualTo(1);
		assertThat(report.get(0).delivered()).isFalse();
		assertThat(instance).isWaitingAt(EventProcess.EVENT_ENDED);
	}

	@Test
	void engineerAbsentUntilEventEnd() {
		this.scenario.clockAt("2026-09-01T10:00:00");
		ProcessInstance instance = acceptedEvent("2026-09-08T09:00", "2026-09-08T12:00", "2026-09-08T08:30",
				"engineer | 2026-09-08 08:30 | 2026-09-08 12:30 | 现场");
		runPreEventCheck(instance, ALL_OK);
		this.scenario.fire(instance, EventProcess.ARRIVAL_OVERDUE);

		this.scenario.fire(instance, EventProcess.ENDED_BEFORE_ARRIVAL);

		String number = instance.getBusinessKey();
		assertThat(instance).isWaitingAt(EventProcess.EVENT_ENDED);
		EventEngineer engineer = this.events.engineer(this.events.findByNumber(number), "engineer");
		assertThat(engineer.isAbsent()).isTrue();
		assertThat(mailTo(number, "活动结束仍有工程师未到场")).containsEntry("recipient_groups", "vendor-support,managers");
		assertThat(this.events.overlapping(at("2026-09-08T00:00:00"), at("2026-09-09T00:00:00")).get(0).lateArrivals())
			.extracting(EventReport.LateArrival::minutesLate)
			.containsExactly(-1L);
	}

	@Test
	void faultDuringEventIsLinkedAndNamedInSummary() {
		this.scenario.clockAt("2026-08-03T10:00:00");
		ProcessInstance instance = acceptedEvent("2026-08-06T09:00", "2026-08-06T17:00", "2026-08-06T08:30",
				"engineer | 2026-08-06 08:00 | 2026-08-06 17:30 | 现场");
		String number = instance.getBusinessKey();
		runPreEventCheck(instance, ALL_OK);
		this.scenario.clockAt("2026-08-06T08:00:00");
		signIn(instance, TestUsers.ENGINEER);
		String before = reportFault("2026-08-06T08:59:00");

		String during = reportFault("2026-08-06T09:00:00");

		SupportEvent event = this.events.findByNumber(number);
		assertThat(this.events.faultsOf(event)).extracting(EventFault::getTicketNumber).containsExactly(during);
		assertThat(this.faults.journalOf(this.faults.findByNumber(during))).extracting(FaultEvent::getDetail)
			.anyMatch((detail) -> detail.startsWith(number + "：重大活动保障期间报告"));
		assertThat(this.faults.journalOf(this.faults.findByNumber(before))).extracting(FaultEvent::getDetail)
			.noneMatch((detail) -> detail.contains(number));
		assertThat(mailTo(number, "%活动期间报告故障 " + during)).containsEntry("recipient_users", "engineer");

		this.scenario.fire(instance, EventProcess.EVENT_ENDED);
		assertThat(reportFault("2026-08-06T17:00:00")).isNotNull();
		assertThat(this.events.faultsOf(event)).hasSize(1);
		assertThat((String) this.engine.getTaskService()
			.getVariableLocal(this.scenario.task(instance, EventProcess.WRITE_SUMMARY).getId(), "eventSummary"))
			.contains("活动期间的故障工单：" + during);
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.WRITE_SUMMARY, TestUsers.SUPPORT,
				form("summaryHappened", "总体平稳", "summaryActions", "远程处理")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("summaryFaults");
		this.scenario.complete(instance, EventProcess.WRITE_SUMMARY, TestUsers.SUPPORT, form("summaryHappened", "总体平稳",
				"summaryFaults", during + " 样品登记短暂超时，10 分钟恢复", "summaryActions", "远程处理"));
		assertThat(instance).isWaitingAt(EventProcess.CLOSE);
		assertThat(this.events.overlapping(at("2026-08-01T00:00:00"), at("2026-09-01T00:00:00")).get(0).faults())
			.containsExactly(during);
	}

	@Test
	void checkOverdueAndMissedAreMailed() {
		this.scenario.clockAt("2026-07-01T10:00:00");
		ProcessInstance instance = acceptedEvent("2026-07-06T09:00", "2026-07-06T17:00", "2026-07-06T08:30",
				"engineer | 2026-07-06 08:00 | 2026-07-06 17:30 | 现场");
		String number = instance.getBusinessKey();
		fireCheckOpens(instance);

		this.scenario.fire(instance, EventProcess.CHECK_OVERDUE);

		assertThat(this.events.findByNumber(number).getCheckOverdueAt()).isEqualTo(at("2026-07-03T17:30:00"));
		assertThat(mailTo(number, "逾期：活动前检查未按期完成")).containsEntry("recipient_groups", "vendor-support,managers");
		assertThat(instance).isWaitingAt(EventProcess.CHECKLIST);

		this.scenario.fire(instance, "Event_EventStartedBeforeCheck");

		assertThat(instance).isWaitingAt(EventProcess.RECORD_ARRIVAL);
		assertThat(this.scenario.task(instance, EventProcess.CHECKLIST)).isNull();
		assertThat(mailTo(number, "升级：活动已开始，活动前检查仍未完成")).isNotEmpty();
	}

	@Test
	void checkFallsOnMakeUpDayBeforeHoliday() {
		this.scenario.clockAt("2026-02-02T10:00:00");

		ProcessInstance instance = requestEvent("2026-02-24T09:00", "2026-02-24T17:00", "2026-02-24T08:00", 1);

		SupportEvent event = this.events.findByNumber(instance.getBusinessKey());
		assertThat(event.getCheckOpensAt()).isEqualTo(at("2026-02-14T08:30:00"));
		assertThat(event.getCheckDue()).isEqualTo(at("2026-02-14T17:30:00"));
	}

	@Test
	void badRequestsAreRejected() {
		this.scenario.clockAt("2026-06-01T10:00:00");
		long before = countRows("desk_event");

		assertThatThrownBy(() -> requestEvent("2026-06-10T18:00", "2026-06-10T09:00", "2026-06-10T08:00", 1))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("活动结束 (endsAt): 必须晚于活动开始 2026-06-10 18:00");
		assertThatThrownBy(() -> requestEvent("2026-05-30T09:00", "2026-06-10T09:00", "2026-05-30T08:00", 1))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("startsAt");
		assertThatThrownBy(() -> requestEvent("2026-06-10T09:00", "2026-06-10T18:00", "2026-06-10T09:30", 1))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("arrivalRequiredAt");
		assertThatThrownBy(() -> requestEvent("2026-06-10T09:00", "2026-06-10T18:00", "2026-06-10T08:00", 0))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("engineersRequired");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER,
				request("2026-06-10T09:00", "2026-06-10T18:00", "2026-06-10T08:00", 1)))
			.isInstanceOf(AuthorizationException.class);

		assertThat(countRows("desk_event")).isEqualTo(before);
	}

	@Test
	void badPlansAreRejected() {
		this.scenario.clockAt("2026-05-11T10:00:00");
		ProcessInstance instance = requestEvent("2026-05-20T09:00", "2026-05-20T17:00", "2026-05-20T08:30", 2);

		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT, plan(
				"engineer | 2026-05-20 08:00 | 2026-05-20 17:30\nengineer2 | 2026-05-20 09:00 | 2026-05-20 17:30")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("要求 2 名工程师在 2026-05-20 08:30 前到场并在活动开始时在场，方案中只有 1 名");
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT, plan(
				"engineer | 2026-05-20 07:30 | 2026-05-20 08:00\nengineer2 | 2026-05-20 07:45 | 2026-05-20 17:30")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("方案中只有 1 名");
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT, plan(
				"reporter | 2026-05-20 08:00 | 2026-05-20 17:30\nengineer2 | 2026-05-20 08:00 | 2026-05-20 17:30")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("'reporter' 不是驻点运维工程师或维保部门的账号");
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT, plan(
				"engineer | 2026-05-20 08:00 | 2026-05-20 07:00\nengineer2 | 2026-05-20 08:00 | 2026-05-20 17:30")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("离场时间必须晚于到场时间");
		assertThatThrownBy(() -> this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT,
				plan("engineer | 20.5. 08:00 | 2026-05-20 17:30")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("无效");

		assertThat(instance).isWaitingAt(EventProcess.PLAN);
		assertThat(this.events.plansOf(this.events.findByNumber(instance.getBusinessKey()))).isEmpty();
		assertThat(countRows("desk_event_engineer")).isZero();
	}

	@Test
	void periodQueryReturnsOverlappingEvents() {
		this.scenario.clockAt("2026-04-01T10:00:00");
		String first = requestEvent("2026-04-09T09:00", "2026-04-10T12:00", "2026-04-09T08:00", 1).getBusinessKey();
		String second = requestEvent("2026-04-13T09:00", "2026-04-13T17:00", "2026-04-13T08:00", 1).getBusinessKey();

		assertThat(this.events.overlapping(at("2026-04-10T00:00:00"), at("2026-04-13T09:00:00")))
			.extracting(EventReport::number)
			.containsExactly(first);
		assertThat(this.events.overlapping(at("2026-04-10T12:00:00"), at("2026-04-13T09:00:01")))
			.extracting(EventReport::number)
			.containsExactly(second);
		assertThat(this.events.overlapping(at("2026-04-01T00:00:00"), at("2026-05-01T00:00:00")))
			.extracting(EventReport::number, EventReport::engineersPlanned)
			.contains(tuple(first, 0), tuple(second, 0));
		assertThatThrownBy(() -> this.events.overlapping(at("2026-04-10T00:00:00"), at("2026-04-10T00:00:00")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private ProcessInstance requestEvent(String startsAt, String endsAt, String arrival, long engineers) {
		return this.scenario
			.reload(this.scenario.start(TestUsers.MANAGER, request(startsAt, endsAt, arrival, engineers)));
	}

	private static Map<String, Object> request(String startsAt, String endsAt, String arrival, long engineers) {
		return form("eventName", "国家药品抽检数据集中上报", "startsAt", startsAt, "endsAt", endsAt, "place", "信息中心机房及业务大厅",
				"criticalSystems", "样品登记、报告签发、省局数据上报接口", "engineersRequired", engineers, "arrivalRequiredAt", arrival,
				"contact", "李明 010-6401 0000");
	}

	private ProcessInstance acceptedEvent(String startsAt, String endsAt, String arrival, String engineers) {
		ProcessInstance instance = requestEvent(startsAt, endsAt, arrival, 1);
		this.scenario.complete(instance, EventProcess.PLAN, TestUsers.SUPPORT, plan(engineers));
		this.scenario.complete(instance, EventProcess.REVIEW_PLAN, TestUsers.MANAGER, form("planDecision", "accept"));
		return instance;
	}

	private static Map<String, Object> plan(String engineers) {
		return form("onSiteEngineers", engineers, "contingencyContacts", "维保部门 张强 138 0000 0000", "contingencyPlan",
				"报告服务故障时切换到备用服务器");
	}

	/** Fires the check's start and runs the inspection that the call activity started. */
	private void fireCheckOpens(ProcessInstance instance) {
		this.scenario.fire(instance, EventProcess.CHECK_OPENS);
		ProcessInstance inspection = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.processDefinitionKey(InspectionProcess.KEY)
			.singleResult();
		assertThat(inspection).as("inspection called by the event").isNotNull();
		this.scenario.runAsyncSteps(inspection);
	}

	private void runPreEventCheck(ProcessInstance instance, String result) {
		fireCheckOpens(instance);
		this.scenario.complete(instance, EventProcess.CHECKLIST, TestUsers.ENGINEER, checklist(result, null));
	}

	private static Map<String, Object> checklist(String certificates, String findings) {
		Map<String, Object> form = form("backupsCheck", ALL_OK, "diskSpaceCheck", ALL_OK, "interfacesCheck", ALL_OK,
				"certificatesCheck", certificates, "spareClientsCheck", ALL_OK, "inspectionCheck", ALL_OK);
		if (findings != null) {
			form.put("checkFindings", findings);
		}
		return form;
	}

	private void signIn(ProcessInstance instance, TestUsers engineer) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(EventProcess.RECORD_ARRIVAL)
			.taskAssignee(engineer.id())
			.singleResult();
		assertThat(task).as("arrival task of " + engineer.id()).isNotNull();
		this.scenario.submit(task, engineer, form("arrivalNote", "已到机房"));
	}

	private String reportFault(String localDateTime) {
		this.scenario.clockAt(localDateTime);
		ProcessScenario faultScenario = new ProcessScenario(this.engine, FaultProcess.KEY);
		return faultScenario
			.reload(faultScenario.start(TestUsers.REPORTER, form("contactName", "王芳", "contactPhone", "010-6401 2345",
					"module", "样品登记", "description", "样品登记提交超时", "affectedUsers", 3L, "channel", "tasklist")))
			.getBusinessKey();
	}

	private Map<String, Object> mailTo(String number, String subjectPattern) {
		String pattern = subjectPattern.startsWith("%") ? subjectPattern : "%" + subjectPattern;
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "event:" + number, pattern);
	}

	private long countRows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
