package com.limsdesk.meeting;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.report.ReportKind;
import com.limsdesk.report.ReportPeriod;
import com.limsdesk.report.ReportService;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
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

/**
 * The weekly meeting: the timer opens it with an agenda drawn from last week's report,
 * the minutes add action items, and an item left open is carried into the next agenda
 * until a meeting closes it.
 */
@ProcessIntegrationTest
class MeetingProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private ReportService reports;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, MeetingProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void openActionItemIsCarriedIntoNextAgenda() {
		this.reports.open(ReportPeriod.containing(ReportKind.WEEKLY, LocalDate.of(2026, 11, 30)),
				at("2026-12-07T00:30:00"));

		ProcessInstance first = openMeeting("2026-12-10T09:00:00");

		assertThat(first.getBusinessKey()).isEqualTo("HY-2026-W50");
		assertThat(first).isWaitingAt(MeetingProcess.HOLD);
		Task task = this.scenario.task(first, MeetingProcess.HOLD);
		assertThat(task).hasCandidateGroup(DeskGroups.ENGINEERS).hasCandidateGroup(DeskGroups.MANAGERS);
		String agenda = (String) this.engine.getTaskService().getVariable(task.getId(), MeetingProcess.Fields.AGENDA);
		assertThat(agenda).contains("周报 ZB-2026-W49", "本期报告故障数：0", "二、遗留行动项\n  无");
		assertThat(this.meetings.findByNumber("HY-2026-W50").getReportNumber()).isEqualTo("ZB-2026-W49");

		this.scenario.complete(first, MeetingProcess.HOLD, TestUsers.ENGINEER,
				form(MeetingProcess.Fields.HELD_AT, "2026-12-10T10:00", MeetingProcess.Fields.ATTENDEES, "信息主管、驻点工程师",
						MeetingProcess.Fields.MINUTES, "讨论接口超时问题", MeetingProcess.Fields.NEW_ACTIONS,
						"核对接口日志；engineer；2026-12-14\n整理模板需求；manager；2026-12-31"));

		assertThat(first).isEnded().hasPassed(MeetingProcess.HELD);
		Meeting held = this.meetings.findByNumber("HY-2026-W50");
		assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(held.getHeldAt()).isEqualTo(at("2026-12-10T10:00:00"));
		assertThat(held.getRecordedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.meetings.openActions())
			.extracting(MeetingAction::getNumber, MeetingAction::getOwner, MeetingAction::getDueDate)
			.containsExactly(tuple("HY-2026-W50-01", "engineer", LocalDate.of(2026, 12, 14)),
					tuple("HY-2026-W50-02", "manager", LocalDate.of(2026, 12, 31)));

		ProcessInstance second = openMeeting("2026-12-17T09:00:00");

		String nextAgenda = (String) this.engine.getTaskService()
			.getVariable(this.scenario.task(second, MeetingProcess.HOLD).getId(), MeetingProcess.Fields.AGENDA);
		assertThat(nextAgenda).contains("上周周报尚未起草", "HY-2026-W50-01 核对接口日志（负责人 engineer，截止 2026-12-14，已逾期）",
				"HY-2026-W50-02 整理模板需求（负责人 manager，截止 2026-12-31）");
		this.scenario.complete(second, MeetingProcess.HOLD, TestUsers.MANAGER,
				form(MeetingProcess.Fields.HELD_AT, "2026-12-17T10:00", MeetingProcess.Fields.ATTENDEES, "信息主管、驻点工程师",
						MeetingProcess.Fields.MINUTES, "接口日志已核对", MeetingProcess.Fields.CLOSED_ACTIONS,
						"HY-2026-W50-01 已核对，未见异常"));

		assertThat(this.meetings.openActions()).extracting(MeetingAction::getNumber).containsExactly("HY-2026-W50-02");
		Meeting secondMeeting = this.meetings.findByNumber("HY-2026-W51");
		assertThat(this.meetings.closedIn(secondMeeting)).singleElement().satisfies((closed) -> {
			assertThat(closed.getNumber()).isEqualTo("HY-2026-W50-01");
			assertThat(closed.getClosingNote()).isEqualTo("已核对，未见异常");
			assertThat(closed.getClosedBy()).isEqualTo(TestUsers.MANAGER.id());
		});

		ProcessInstance third = openMeeting("2026-12-24T09:00:00");

		String thirdAgenda = (String) this.engine.getTaskService()
			.getVariable(this.scenario.task(third, MeetingProcess.HOLD).getId(), MeetingProcess.Fields.AGENDA);
		assertThat(thirdAgenda).contains("HY-2026-W50-02 整理模板需求").doesNotContain("HY-2026-W50-01");
	}

	@Test
	void badActionItemsAreRejectedWithTheField() {
		ProcessInstance meeting = openMeeting("2027-01-07T09:00:00");
		Task task = this.scenario.task(meeting, MeetingProcess.HOLD);
		this.engine.getTaskService().setAssignee(task.getId(), TestUsers.ENGINEER.id());

		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				minutes(MeetingProcess.Fields.NEW_ACTIONS, "核对日志；nobody；2027-01-10")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("新增行动项")
			.hasMessageContaining("nobody");
		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				minutes(MeetingProcess.Fields.NEW_ACTIONS, "核对日志；engineer；2027-01-01")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("早于会议日期");
		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				minutes(MeetingProcess.Fields.NEW_ACTIONS, "核对日志；reporter；2027-01-10")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("新增行动项")
			.hasMessageContaining("reporter");
		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				form(MeetingProcess.Fields.HELD_AT, "2027-01-08T00:00", MeetingProcess.Fields.ATTENDEES, "驻点工程师",
						MeetingProcess.Fields.MINUTES, "纪要")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("会议时间")
			.hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				form(MeetingProcess.Fields.HELD_AT, "2026-12-01T10:00", MeetingProcess.Fields.ATTENDEES, "驻点工程师",
						MeetingProcess.Fields.MINUTES, "纪要")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("会议时间");
		assertThatThrownBy(() -> this.scenario.submit(task, TestUsers.ENGINEER,
				minutes(MeetingProcess.Fields.CLOSED_ACTIONS, "HY-2026-W01-01 完成")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("已完成的行动项");

		assertThat(meeting).isWaitingAt(MeetingProcess.HOLD);
		assertThat(this.meetings.findByNumber("HY-2027-W01").getStatus()).isEqualTo(MeetingStatus.OPEN);
	}

	private static Map<String, Object> minutes(String field, String value) {
		return form(MeetingProcess.Fields.HELD_AT, "2027-01-07T10:00", MeetingProcess.Fields.ATTENDEES, "驻点工程师",
				MeetingProcess.Fields.MINUTES, "纪要", field, value);
	}

	/**
	 * Runs the meeting timer at the given local time and returns the meeting it opened.
	 */
	private ProcessInstance openMeeting(String localDateTime) {
		this.scenario.clockAt(localDateTime);
		Job job = this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(MeetingProcess.KEY)
			.timers()
			.activityId(MeetingProcess.START)
			.singleResult();
		assertThat(job).as("meeting timer").isNotNull();
		this.engine.getManagementService().executeJob(job.getId());
		LocalDate weekStart = at(localDateTime).atZone(ProcessScenario.ZONE)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		ProcessInstance opened = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(MeetingProcess.KEY)
			.processInstanceBusinessKey(Meeting.numberOf(weekStart))
			.singleResult();
		assertThat(opened).as("meeting of the week of " + weekStart).isNotNull();
		return opened;
	}

}
