package com.limsdesk.leave;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.limsdesk.duty.DutyKind;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the engineer leave process, and the tasks of the absent engineer before,
 * during and after the leave. Timers fire by moving the engine clock. The leave of
 * engineer runs from 4 March 2026 00:00 to 6 March 2026 00:00 (two whole days), requested
 * on Monday 2 March.
 */
@ProcessIntegrationTest
class LeaveProcessIntegrationTests {

	private static final String ASSIGNED_WORK = "leave-test-assigned";

	private static final String OFFERED_WORK = "leave-test-offered";

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private LeaveService leaves;

	@Autowired
	private LeaveCovers covers;

	@Autowired
	private DutyRoster roster;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, LeaveProcess.KEY);
		this.engine.getRepositoryService()
			.createDeployment()
			.name("leave-test-work")
			.enableDuplicateFiltering(true)
			.addModelInstance(ASSIGNED_WORK + ".bpmn",
					Bpmn.createExecutableProcess(ASSIGNED_WORK)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Task_Work")
						.name("处理工作")
						.camundaAssignee("${worker}")
						.endEvent()
						.done())
			.addModelInstance(OFFERED_WORK + ".bpmn",
					Bpmn.createExecutableProcess(OFFERED_WORK)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Task_Work")
						.name("认领工作")
						.camundaCandidateUsers("${worker}")
						.endEvent()
						.done())
			.deploy();
		this.scenario.clockAt("2026-03-02T09:00:00");
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		for (String key : List.of(LeaveProcess.KEY, ASSIGNED_WORK, OFFERED_WORK)) {
			this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processDefinitionKey(key)
				.list()
				.forEach((instance) -> this.engine.getRuntimeService()
					.deleteProcessInstance(instance.getId(), "test finished"));
		}
		for (String table : List.of("desk_task_redirection", "desk_leave_handover_item", "desk_leave_event",
				"desk_leave", "desk_duty_entry")) {
			this.jdbc.update("delete from " + table);
		}
	}

	@Test
	void coveredLeaveMovesTasksAndGivesThemBack() {
		Task existing = assignedWork("WORK-A", TestUsers.ENGINEER);
		Task offered = offeredWork("WORK-B", TestUsers.ENGINEER);
		ProcessInstance instance = requestLeave(TestUsers.OTHER_ENGINEER);
		String number = instance.getBusinessKey();
		assertThat(number).matches("QJ-2026-\\d{5}");

		assertThat(instance).isWaitingAt(LeaveProcess.APPROVE);
		Task approval = this.scenario.task(instance, LeaveProcess.APPROVE);
		assertThat(approval).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(approval.getDueDate().toInstant()).isEqualTo(at("2026-03-04T00:00:00"));
		assertThat(mailTo(number, "%请假待审批")).containsEntry("recipient_groups", "managers,vendor-support");
		this.scenario.complete(instance, LeaveProcess.APPROVE, TestUsers.SUPPORT, form("leaveDecision", "approve"));

		assertThat(instance).isWaitingAt(LeaveProcess.ACCEPT_COVER);
		assertThat(this.scenario.task(instance, LeaveProcess.ACCEPT_COVER)).isAssignedTo(TestUsers.OTHER_ENGINEER.id());
		assertThat(mailTo(number, "%请确认替班")).containsEntry("recipient_users", TestUsers.OTHER_ENGINEER.id());
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "accept"));

		assertThat(instance).isWaitingAt(LeaveProcess.RECORD_HANDOVER);
		assertThat(this.scenario.task(instance, LeaveProcess.RECORD_HANDOVER)).isAssignedTo(TestUsers.ENGINEER.id());
		String template = (String) this.engine.getRuntimeService().getVariable(instance.getId(), "handoverNotes");
		assertThat(template).contains("WORK-A | 待办：处理工作 | ").contains("WORK-B | 可认领：认领工作 | ");
		this.scenario.complete(instance, LeaveProcess.RECORD_HANDOVER, TestUsers.ENGINEER,
				form("handoverNotes", "WORK-A | 待办：处理工作 | 已联系用户，等待日志\nWORK-B | 可认领：认领工作 | 明早九点前回复"));

		assertThat(instance).isWaitingAt(LeaveProcess.CONFIRM_HANDOVER);
		assertThat(this.scenario.task(instance, LeaveProcess.CONFIRM_HANDOVER))
			.isAssignedTo(TestUsers.OTHER_ENGINEER.id());
		this.scenario.complete(instance, LeaveProcess.CONFIRM_HANDOVER, TestUsers.OTHER_ENGINEER,
				form("handoverConfirmed", true));

		assertThat(instance).isWaitingAt(LeaveProcess.LEAVE_STARTS);
		Leave leave = this.leaves.findByNumber(number);
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.CONFIRMED);
		assertThat(this.leaves.handoverOf(leave)).extracting(HandoverItem::getReference, HandoverItem::getNote)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WORK-A", "已联系用户，等待日志"),
					org.assertj.core.groups.Tuple.tuple("WORK-B", "明早九点前回复"));
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());

		this.scenario.fire(instance, LeaveProcess.LEAVE_STARTS);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-03-04T00:00:00"));
		assertThat(this.leaves.findByNumber(number).getStatus()).isEqualTo(LeaveStatus.ACTIVE);
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		assertThat(candidateUsers(offered)).containsExactly(TestUsers.OTHER_ENGINEER.id());
		assertThat(mailTo(number, "%请假开始")).containsEntry("recipient_groups", "managers");

		this.scenario.clockAt("2026-03-04T10:00:00");
		Task arriving = assignedWork("WORK-C", TestUsers.ENGINEER);
		Task arrivingOffer = offeredWork("WORK-D", TestUsers.ENGINEER);

		assertThat(arriving.getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		assertThat(candidateUsers(arrivingOffer)).containsExactly(TestUsers.OTHER_ENGINEER.id());
		TaskRedirection keptOne = redirectionOf(number, arriving);
		this.leaves.keep(number, keptOne.getId(), true, TestUsers.OTHER_ENGINEER.id(), false,
				at("2026-03-04T10:05:00"));

		this.scenario.fire(instance, LeaveProcess.LEAVE_ENDS);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-03-06T00:00:00"));
		assertThat(instance).isEnded().hasPassed(LeaveProcess.ENDED);
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(candidateUsers(offered)).containsExactly(TestUsers.ENGINEER.id());
		assertThat(candidateUsers(arrivingOffer)).containsExactly(TestUsers.ENGINEER.id());
		assertThat(reload(arriving).getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		leave = this.leaves.findByNumber(number);
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.ENDED);
		assertThat(this.leaves.redirectionsOf(leave))
			.extracting(TaskRedirection::getBusinessKey, TaskRedirection::getRole, TaskRedirection::getOutcome)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("WORK-A", TaskRedirection.Role.ASSIGNEE,
							TaskRedirection.Outcome.RETURNED),
					org.assertj.core.groups.Tuple.tuple("WORK-B", TaskRedirection.Role.CANDIDATE,
							TaskRedirection.Outcome.RETURNED),
					org.assertj.core.groups.Tuple.tuple("WORK-C", TaskRedirection.Role.ASSIGNEE,
							TaskRedirection.Outcome.KEPT),
					org.assertj.core.groups.Tuple.tuple("WORK-D", TaskRedirection.Role.CANDIDATE,
							TaskRedirection.Outcome.RETURNED));
		assertThat(this.leaves.journalOf(leave)).extracting(LeaveEvent::getKind)
			.containsExactly("REQUESTED", "APPROVED", "COVER_ACCEPTED", "HANDED_OVER", "HANDOVER_CONFIRMED", "STARTED",
					"TASK_KEPT", "ENDED");
		assertThat((String) mailTo(number, "%请假结束").get("body")).contains("交还 engineer 的任务：3 项")
			.contains("替班保留的任务：1 项");
	}

	@Test
	void declinedCoverIsReplacedByAnotherEngineer() {
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		String number = instance.getBusinessKey();

		assertThatThrownBy(() -> this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "decline")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("coverComment");
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "decline", "coverComment", "那两天在外地培训"));

		assertThat(instance).isWaitingAt(LeaveProcess.NAME_OTHER_COVER);
		assertThat(this.scenario.task(instance, LeaveProcess.NAME_OTHER_COVER)).isAssignedTo(TestUsers.ENGINEER.id());
		assertThat(this.leaves.findByNumber(number).getStatus()).isEqualTo(LeaveStatus.COVER_DECLINED);
		assertThat(mailTo(number, "%替班被拒绝")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		this.scenario.complete(instance, LeaveProcess.NAME_OTHER_COVER, TestUsers.ENGINEER,
				form("coverChange", "rename", "coverUser", TestUsers.THIRD_ENGINEER.id()));

		assertThat(instance).isWaitingAt(LeaveProcess.ACCEPT_COVER);
		assertThat(this.scenario.task(instance, LeaveProcess.ACCEPT_COVER)).isAssignedTo(TestUsers.THIRD_ENGINEER.id());
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.THIRD_ENGINEER,
				form("coverDecision", "accept"));

		assertThat(instance).isWaitingAt(LeaveProcess.RECORD_HANDOVER);
		Leave leave = this.leaves.findByNumber(number);
		assertThat(leave.getCoverUser()).isEqualTo(TestUsers.THIRD_ENGINEER.id());
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.COVERED);
		assertThat(this.leaves.journalOf(leave)).extracting(LeaveEvent::getKind)
			.containsExactly("REQUESTED", "APPROVED", "COVER_DECLINED", "COVER_NAMED", "COVER_ACCEPTED");
	}

	@Test
	void declinedCoverLeadsToWithdrawal() {
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "decline", "coverComment", "那两天值夜班"));

		this.scenario.complete(instance, LeaveProcess.NAME_OTHER_COVER, TestUsers.ENGINEER,
				form("coverChange", "withdraw", "withdrawReason", "改期再休"));

		assertThat(instance).isEnded().hasPassed(LeaveProcess.WITHDRAWN);
		assertThat(this.leaves.findByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(LeaveStatus.WITHDRAWN);
	}

	@Test
	void vendorSupportRejectsLeave() {
		ProcessInstance instance = requestLeave(TestUsers.OTHER_ENGINEER);
		String number = instance.getBusinessKey();

		assertThatThrownBy(() -> this.scenario.complete(instance, LeaveProcess.APPROVE, TestUsers.SUPPORT,
				form("leaveDecision", "reject")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("decisionComment");
		this.scenario.complete(instance, LeaveProcess.APPROVE, TestUsers.SUPPORT,
				form("leaveDecision", "reject", "decisionComment", "月底系统升级，人手不足"));

		assertThat(instance).isEnded().hasPassed(LeaveProcess.REJECTED);
		Leave leave = this.leaves.findByNumber(number);
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.REJECTED);
		assertThat(leave.getDecidedBy()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(mailTo(number, "%请假未获批准")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
	}

	@Test
	void leaveWithoutAcceptedCoverDoesNotStart() {
		Task existing = assignedWork("WORK-A", TestUsers.ENGINEER);
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "decline", "coverComment", "那两天在外地培训"));

		assertThat(instance).isWaitingAt(LeaveProcess.NAME_OTHER_COVER);
		this.scenario.fire(instance, LeaveProcess.START_REACHED);

		assertThat(instance).isEnded().hasPassed(LeaveProcess.LAPSED);
		assertThat(this.leaves.findByNumber(number).getStatus()).isEqualTo(LeaveStatus.LAPSED);
		Map<String, Object> notice = mailTo(number, "%请假未生效");
		assertThat(notice).containsEntry("recipient_groups", "vendor-support,managers");
		assertThat(notice).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(assignedWork("WORK-B", TestUsers.ENGINEER).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
	}

	@Test
	void unapprovedLeaveDoesNotStart() {
		ProcessInstance instance = requestLeave(TestUsers.OTHER_ENGINEER);

		this.scenario.fire(instance, LeaveProcess.START_REACHED);

		assertThat(instance).isEnded().hasPassed(LeaveProcess.LAPSED);
		assertThat(this.leaves.findByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(LeaveStatus.LAPSED);
	}

	@Test
	void unconfirmedHandoverStillStartsCoveredLeave() {
		Task existing = assignedWork("WORK-A", TestUsers.ENGINEER);
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "accept"));

		assertThat(instance).isWaitingAt(LeaveProcess.RECORD_HANDOVER);
		this.scenario.fire(instance, LeaveProcess.START_REACHED);

		assertThat(instance).isWaitingAt(LeaveProcess.LEAVE_ENDS);
		Leave leave = this.leaves.findByNumber(instance.getBusinessKey());
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.ACTIVE);
		assertThat(this.leaves.journalOf(leave)).extracting(LeaveEvent::getKind).contains("HANDOVER_INCOMPLETE");
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
	}

	@Test
	void noMomentLeavesTaskWithoutWorker() {
		assignedWork("WORK-A", TestUsers.ENGINEER);
		offeredWork("WORK-B", TestUsers.ENGINEER);
		ProcessInstance instance = confirmedLeave(TestUsers.OTHER_ENGINEER);

		for (String minute : List.of("2026-03-03T23:59:00", "2026-03-04T00:00:00", "2026-03-05T12:00:00",
				"2026-03-05T23:59:00", "2026-03-06T00:00:00")) {
			this.scenario.clockAt(minute);
			runDueTimers(instance);
			assignedWork("NEW-" + minute, TestUsers.ENGINEER);
			offeredWork("OFFER-" + minute, TestUsers.ENGINEER);

			assertEveryTaskHasWorker(at(minute));
		}
		assertThat(instance).isEnded().hasPassed(LeaveProcess.ENDED);
		assertThat(assigneeOf("NEW-2026-03-03T23:59:00")).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(assigneeOf("NEW-2026-03-04T00:00:00")).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(assigneeOf("NEW-2026-03-05T23:59:00")).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(assigneeOf("NEW-2026-03-06T00:00:00")).isEqualTo(TestUsers.ENGINEER.id());
	}

	@Test
	void escalationDuringLeaveGoesToCover() {
		this.roster.add(TestUsers.ENGINEER.id(), LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-06"),
				DutyKind.WORKING_TIME, null, TestUsers.ADMIN.id(), at("2026-03-02T09:00:00"));
		confirmedLeave(TestUsers.OTHER_ENGINEER);

		assertThat(this.roster.escalationRecipients(at("2026-03-03T10:00:00")))
			.containsExactly(TestUsers.ENGINEER.id());
		assertThat(this.roster.escalationRecipients(at("2026-03-04T10:00:00")))
			.containsExactly(TestUsers.OTHER_ENGINEER.id());
		assertThat(this.roster.escalationRecipients(at("2026-03-06T10:00:00")))
			.containsExactly(TestUsers.ENGINEER.id());
	}

	@Test
	void requestRejectsEndBeforeStart() {
		assertRejected(leaveForm("2026-03-05", "2026-03-04", TestUsers.OTHER_ENGINEER.id()), "lastDay");
	}

	@Test
	void requestRejectsPastStart() {
		assertRejected(leaveForm("2026-03-01", "2026-03-04", TestUsers.OTHER_ENGINEER.id()), "firstDay");
		assertRejected(leaveForm("2026-03-02", "2026-03-04", TestUsers.OTHER_ENGINEER.id()), "firstDay");
	}

	@Test
	void requestRejectsOwnCover() {
		assertRejected(leaveForm("2026-03-04", "2026-03-05", TestUsers.ENGINEER.id()), "coverUser");
	}

	@Test
	void requestRejectsCoverOutsideEngineers() {
		assertRejected(leaveForm("2026-03-04", "2026-03-05", TestUsers.MANAGER.id()), "coverUser");
		assertRejected(leaveForm("2026-03-04", "2026-03-05", "nobody"), "coverUser");
	}

	@Test
	void requestRejectsCoverOnLeaveToo() {
		this.scenario.start(TestUsers.OTHER_ENGINEER, form("firstDay", "2026-03-05", "lastDay", "2026-03-06", "reason",
				"家中有事", "coverUser", TestUsers.THIRD_ENGINEER.id()));

		assertRejected(leaveForm("2026-03-04", "2026-03-05", TestUsers.OTHER_ENGINEER.id()), "coverUser");
	}

	@Test
	void taskStaysWithCoverWhenEngineerLeftPost() {
		Task existing = assignedWork("WORK-A", TestUsers.ENGINEER);
		ProcessInstance instance = confirmedLeave(TestUsers.OTHER_ENGINEER);
		this.scenario.fire(instance, LeaveProcess.LEAVE_STARTS);
		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		this.engine.getIdentityService().deleteMembership(TestUsers.ENGINEER.id(), DeskGroups.ENGINEERS);
		try {
			this.scenario.fire(instance, LeaveProcess.LEAVE_ENDS);
		}
		finally {
			this.engine.getIdentityService().createMembership(TestUsers.ENGINEER.id(), DeskGroups.ENGINEERS);
		}

		assertThat(reload(existing).getAssignee()).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		assertThat(redirectionOf(instance.getBusinessKey(), existing).getOutcome())
			.isEqualTo(TaskRedirection.Outcome.OFF_POST);
	}

	@Test
	void coverCannotTakeLeaveInSameDays() {
		this.scenario.start(TestUsers.OTHER_ENGINEER, form("firstDay", "2026-03-05", "lastDay", "2026-03-06", "reason",
				"家中有事", "coverUser", TestUsers.ENGINEER.id()));
		long leavesBefore = countLeaves();

		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER,
				leaveForm("2026-03-06", "2026-03-09", TestUsers.THIRD_ENGINEER.id())))
			.isInstanceOfSatisfying(FormInputException.class,
					(rejection) -> assertThat(rejection.field()).isEqualTo("firstDay"))
			.hasMessageContaining("替班人");

		assertThat(countLeaves()).isEqualTo(leavesBefore);
		this.scenario.start(TestUsers.ENGINEER, leaveForm("2026-03-09", "2026-03-10", TestUsers.THIRD_ENGINEER.id()));
		assertThat(countLeaves()).isEqualTo(leavesBefore + 1);
	}

	@Test
	void onlyNamedCoverAccepts() {
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		Task accept = this.scenario.task(instance, LeaveProcess.ACCEPT_COVER);

		assertThatThrownBy(
				() -> this.scenario.submit(accept, TestUsers.THIRD_ENGINEER, form("coverDecision", "accept")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(instance).isWaitingAt(LeaveProcess.ACCEPT_COVER);
		assertThat(this.leaves.findByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(LeaveStatus.APPROVED);
	}

	@Test
	void engineerCannotApproveLeave() {
		ProcessInstance instance = requestLeave(TestUsers.OTHER_ENGINEER);
		Task approval = this.scenario.task(instance, LeaveProcess.APPROVE);

		assertThatThrownBy(
				() -> this.scenario.submit(approval, TestUsers.THIRD_ENGINEER, form("leaveDecision", "approve")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(this.leaves.findByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(LeaveStatus.REQUESTED);
	}

	@Test
	void handoverNeedsNoteOnEveryItem() {
		assignedWork("WORK-A", TestUsers.ENGINEER);
		offeredWork("WORK-B", TestUsers.ENGINEER);
		ProcessInstance instance = approvedLeave(TestUsers.OTHER_ENGINEER);
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, TestUsers.OTHER_ENGINEER,
				form("coverDecision", "accept"));

		assertThatThrownBy(() -> this.scenario.complete(instance, LeaveProcess.RECORD_HANDOVER, TestUsers.ENGINEER,
				form("handoverNotes", "WORK-A | 待办：处理工作 | 已联系用户\nWORK-B | 可认领：认领工作 | ")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("handoverNotes")
			.hasMessageContaining("WORK-B");
		assertThatThrownBy(() -> this.scenario.complete(instance, LeaveProcess.RECORD_HANDOVER, TestUsers.ENGINEER,
				form("handoverNotes", "WORK-A | x | 已联系用户\nWORK-B | x | 已回复\nWORK-Z | x | 不存在")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("WORK-Z");

		assertThat(instance).isWaitingAt(LeaveProcess.RECORD_HANDOVER);
		Leave leave = this.leaves.findByNumber(instance.getBusinessKey());
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.COVERED);
		assertThat(this.leaves.handoverOf(leave)).isEmpty();
	}

	private void assertRejected(Map<String, Object> form, String field) {
		long leavesBefore = countLeaves();
		long instancesBefore = countLeaveInstances();

		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, form)).isInstanceOfSatisfying(
				FormInputException.class, (rejection) -> assertThat(rejection.field()).isEqualTo(field));

		assertThat(countLeaves()).isEqualTo(leavesBefore);
		assertThat(countLeaveInstances()).isEqualTo(instancesBefore);
	}

	private void assertEveryTaskHasWorker(Instant moment) {
		for (Task task : this.engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKeyIn(ASSIGNED_WORK, OFFERED_WORK)
			.list()) {
			List<String> workers = (task.getAssignee() != null) ? List.of(task.getAssignee()) : candidateUsers(task);
			assertThat(workers).as("people who can do task %s (%s) at %s", task.getId(), task.getName(), moment)
				.isNotEmpty()
				.allSatisfy(
						(user) -> assertThat(this.covers.leaveAt(user, moment)).as("leave of %s at %s", user, moment)
							.isEmpty());
		}
	}

	private void runDueTimers(ProcessInstance instance) {
		this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.duedateLowerThan(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 1))
			.list()
			.forEach((job) -> this.engine.getManagementService().executeJob(job.getId()));
	}

	private ProcessInstance requestLeave(TestUsers cover) {
		return this.scenario
			.reload(this.scenario.start(TestUsers.ENGINEER, leaveForm("2026-03-04", "2026-03-05", cover.id())));
	}

	private ProcessInstance approvedLeave(TestUsers cover) {
		ProcessInstance instance = requestLeave(cover);
		this.scenario.complete(instance, LeaveProcess.APPROVE, TestUsers.SUPPORT, form("leaveDecision", "approve"));
		return instance;
	}

	private ProcessInstance confirmedLeave(TestUsers cover) {
		ProcessInstance instance = approvedLeave(cover);
		this.scenario.complete(instance, LeaveProcess.ACCEPT_COVER, cover, form("coverDecision", "accept"));
		String template = (String) this.engine.getRuntimeService().getVariable(instance.getId(), "handoverNotes");
		this.scenario.complete(instance, LeaveProcess.RECORD_HANDOVER, TestUsers.ENGINEER,
				form("handoverNotes", template.replace(" | \n", " | 照常处理\n")));
		this.scenario.complete(instance, LeaveProcess.CONFIRM_HANDOVER, cover, form("handoverConfirmed", true));
		assertThat(instance).isWaitingAt(LeaveProcess.LEAVE_STARTS);
		return instance;
	}

	private static Map<String, Object> leaveForm(String firstDay, String lastDay, String cover) {
		return form("firstDay", firstDay, "lastDay", lastDay, "reason", "回老家办理户口迁移", "coverUser", cover);
	}

	private Task assignedWork(String businessKey, TestUsers worker) {
		return work(ASSIGNED_WORK, businessKey, worker);
	}

	private Task offeredWork(String businessKey, TestUsers worker) {
		return work(OFFERED_WORK, businessKey, worker);
	}

	private Task work(String processKey, String businessKey, TestUsers worker) {
		ProcessInstance instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(processKey, businessKey, Map.of("worker", worker.id()));
		return this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private String assigneeOf(String businessKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.singleResult()
			.getAssignee();
	}

	private Task reload(Task task) {
		return this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
	}

	private List<String> candidateUsers(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.toList();
	}

	private TaskRedirection redirectionOf(String number, Task task) {
		return this.leaves.redirectionsOf(this.leaves.findByNumber(number))
			.stream()
			.filter((redirection) -> redirection.getTaskId().equals(task.getId()))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> mailTo(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "leave:" + number, subjectPattern);
	}

	private long countLeaves() {
		return this.jdbc.queryForObject("select count(*) from desk_leave", Long.class);
	}

	private long countLeaveInstances() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LeaveProcess.KEY)
			.count();
	}

}
