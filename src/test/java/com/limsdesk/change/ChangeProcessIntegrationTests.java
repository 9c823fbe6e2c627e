package com.limsdesk.change;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultEvent;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of the change control process, timers fired by moving the engine clock. */
@ProcessIntegrationTest
class ChangeProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ChangeService changes;

	@Autowired
	private FaultTicketService faults;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private ProcessScenario scenario;

	private ProcessScenario faultScenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ChangeProcess.KEY);
		this.faultScenario = new ProcessScenario(this.engine, FaultProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Map<String, Object> request(String risk) {
		return form("title", "检测报告模板增加签发日期", "changeType", "template", "reason", "院方要求报告显示签发日期", "modules", "报告管理",
				"description", "在检测报告模板页脚增加签发日期字段", "risk", risk, "userImpact", "报告签发人员，发布期间约 10 分钟无法打印", "testPlan",
				"在测试环境打印三类报告核对页脚", "rollbackPlan", "恢复模板版本库中的上一版本并重新发布", "windowStart", "2026-12-08T18:00", "windowEnd",
				"2026-12-08T20:00");
	}

	static Map<String, Object> emergencyRequest(String faultNumber) {
		Map<String, Object> form = request("low");
		form.put("title", "紧急扩大数据库连接池");
		form.put("changeType", "configuration");
		form.put("emergency", true);
		form.put("linkedTickets", faultNumber);
		form.put("windowStart", "2026-09-30T20:00");
		form.put("windowEnd", "2026-09-30T22:00");
		return form;
	}

	static Map<String, Object> templateImplementation() {
		return form("templates", "report-footer.jrxml", "implementationNote", "模板页脚增加签发日期", "remoteSessions",
				"张伟 | 10.20.1.15 | 2026-12-08 18:05 | 2026-12-08 18:25 | 上传模板并重启报告服务");
	}

	@Test
	void lowRiskChangeGoesFromRequestToClosedReview() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, request("low")));
		String number = instance.getBusinessKey();
		assertThat(number).matches("BG-2026-\\d{5}");
		assertThat(instance).isWaitingAt(ChangeProcess.ASSESS);

		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "只改模板，不涉及代码", "risk", "low"));

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThat(this.scenario.task(instance, ChangeProcess.MANAGER_APPROVAL).getDueDate().toInstant())
			.isEqualTo(at("2026-12-08T17:30:00"));

		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		this.scenario.clockAt("2026-12-08T18:30:00");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
				form("templates", "report-footer.jrxml", "implementationNote", "模板页脚增加签发日期", "remoteSessions",
						"张伟 | 10.20.1.15 | 2026-12-08 18:05 | 2026-12-08 18:25 | 上传模板并重启报告服务"));

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "passed", "verificationNote", "三类报告页脚均显示签发日期"));
		this.scenario.complete(instance, ChangeProcess.RELEASE, TestUsers.ENGINEER,
				form("releaseOutcome", "released", "releaseNote", "19:10 发布到生产环境"));
		this.scenario.complete(instance, ChangeProcess.REVIEW, TestUsers.MANAGER, form("reviewNote", "按计划完成"));

		assertThat(instance).isEnded().hasPassed(ChangeProcess.CLOSED);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.CLOSED);
		assertThat(this.changes.sessionsOf(change)).singleElement()
			.satisfies((session) -> assertThat(session.getSourceAddress()).isEqualTo("10.20.1.15"));
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.containsExactly("SUBMITTED", "ASSESSED", "APPROVAL_OPENED", "APPROVED", "IMPLEMENTED", "VERIFIED",
					"RELEASED", "CLOSED");
	}

	@Test
	void highRiskChangeNeedsBothApprovals() {
		ProcessInstance instance = assessedChange("high", "high");
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		assertThat(this.scenario.task(instance, ChangeProcess.MANAGER_APPROVAL)).hasCandidateGroup(DeskGroups.MANAGERS);
		Task vendorApproval = this.scenario.task(instance, ChangeProcess.VENDOR_APPROVAL);
		assertThat(vendorApproval).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(vendorApproval.getDueDate().toInstant()).isEqualTo(at("2026-12-08T17:30:00"));
		assertThat(this.changes.approvalsOf(this.changes.findByNumber(number)))
			.extracting(ChangeApproval::getApproverGroup, ChangeApproval::getVersion, ChangeApproval::getDecision)
			.containsExactly(tuple(DeskGroups.MANAGERS, 1, ChangeApproval.Decision.WAITING),
					tuple(DeskGroups.VENDOR_SUPPORT, 1, ChangeApproval.Decision.WAITING));
		assertThat(mailTo(number, "%变更待审批")).containsEntry("recipient_groups", "managers,vendor-support");

		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VENDOR_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve", "vendorComment", "已核对回退方案"));

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.IMPLEMENT);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.APPROVED);
		assertThat(this.changes.approvalsOf(change))
			.extracting(ChangeApproval::getApproverGroup, ChangeApproval::getDecision, ChangeApproval::getDecidedBy,
					ChangeApproval::getDecisionComment)
			.containsExactly(tuple(DeskGroups.MANAGERS, ChangeApproval.Decision.APPROVED, TestUsers.MANAGER.id(), null),
					tuple(DeskGroups.VENDOR_SUPPORT, ChangeApproval.Decision.APPROVED, TestUsers.SUPPORT.id(),
							"已核对回退方案"));
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.containsExactly("SUBMITTED", "ASSESSED", "APPROVAL_OPENED", "APPROVED", "APPROVED");
	}

	@Test
	void managerRejectionAfterVendorApprovalRejects() {
		ProcessInstance instance = assessedChange("high", "high");

		assertThat(instance).isWaitingAt(ChangeProcess.VENDOR_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject", "managerComment", "与月末结账冲突"));

		assertRejected(instance, ChangeApproval.Decision.REJECTED, ChangeApproval.Decision.APPROVED);
	}

	@Test
	void vendorRejectionAfterManagerApprovalRejects() {
		ProcessInstance instance = assessedChange("high", "high");

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VENDOR_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "reject", "vendorComment", "回退方案未覆盖报告缓存"));

		assertRejected(instance, ChangeApproval.Decision.APPROVED, ChangeApproval.Decision.REJECTED);
	}

	@Test
	void managerRejectionEndsApprovalAtOnce() {
		ProcessInstance instance = assessedChange("high", "high");

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject", "managerComment", "与月末结账冲突"));

		assertRejected(instance, ChangeApproval.Decision.REJECTED, ChangeApproval.Decision.SKIPPED);
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(this.changes.approvalsOf(change).get(1).getDecidedBy()).isNull();
	}

	@Test
	void vendorRejectionFirstEndsApprovalAtOnce() {
		ProcessInstance instance = assessedChange("high", "high");

		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "reject", "vendorComment", "需先在测试环境压测"));

		assertRejected(instance, ChangeApproval.Decision.SKIPPED, ChangeApproval.Decision.REJECTED);
	}

	private void assertRejected(ProcessInstance instance, ChangeApproval.Decision manager,
			ChangeApproval.Decision vendor) {
		String number = instance.getBusinessKey();
		assertThat(instance).isWaitingAt(ChangeProcess.REVISE);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.REVISE);
		assertThat(this.scenario.task(instance, ChangeProcess.REVISE)).isAssignedTo(TestUsers.ENGINEER.id());
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.REJECTED);
		assertThat(this.changes.approvalsOf(change)).extracting(ChangeApproval::getDecision)
			.containsExactly(manager, vendor);
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind).contains("REJECTED");
		assertThat(mailTo(number, "%变更被驳回")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
	}

	@Test
	void rejectionWithoutCommentIsRejected() {
		ProcessInstance instance = assessedChange("low", "low");
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		int journalBefore = this.changes.journalOf(change).size();

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThatThrownBy(() -> this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("managerComment");

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.approvalsOf(change)).extracting(ChangeApproval::getDecision)
			.containsExactly(ChangeApproval.Decision.WAITING);
	}

	@Test
	void rejectedChangeIsResubmittedAsVersionTwo() {
		ProcessInstance instance = rejectedLowRiskChange();
		String number = instance.getBusinessKey();
		Change change = this.changes.findByNumber(number);
		ChangeVersion versionOne = this.changes.currentVersion(change);

		assertThat(instance).isWaitingAt(ChangeProcess.REVISE);
		Task revise = this.scenario.task(instance, ChangeProcess.REVISE);
		Map<String, Object> prefilled = this.engine.getTaskService().getVariables(revise.getId());
		assertThat(prefilled).containsEntry("title", "检测报告模板增加签发日期")
			.containsEntry("risk", "low")
			.containsEntry("windowStart", "2026-12-08T18:00")
			.containsEntry("linkedTickets", "");
		this.scenario.clockAt("2026-12-07T15:00:00");
		Map<String, Object> revision = request("high");
		revision.put("title", "检测报告模板增加签发日期和签发人");
		revision.put("windowStart", "2026-12-09T18:00");
		revision.put("windowEnd", "2026-12-09T20:00");
		revision.put("resubmit", "resubmit");
		revision.put("revisionNote", "改到 12 月 9 日，避开月末结账；同时显示签发人，风险调高");
		this.scenario.complete(instance, ChangeProcess.REVISE, TestUsers.ENGINEER, revision);

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		change = this.changes.findByNumber(number);
		assertThat(change.getCurrentVersion()).isEqualTo(2);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
		assertThat(change.getRisk()).isEqualTo(ChangeRisk.HIGH);
		assertThat(change.getTitle()).isEqualTo("检测报告模板增加签发日期和签发人");
		assertThat(change.getApprovalDue()).isEqualTo(at("2026-12-08T17:30:00"));
		assertThat(this.scenario.timer(instance, ChangeProcess.APPROVAL_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-08T17:30:00"));
		List<ChangeVersion> versions = this.changes.versionsOf(change);
		assertThat(versions).extracting(ChangeVersion::getVersion).containsExactly(1, 2);
		assertThat(versions.get(0)).usingRecursiveComparison().isEqualTo(versionOne);
		assertThat(versions.get(0).getTitle()).isEqualTo("检测报告模板增加签发日期");
		assertThat(versions.get(0).getRisk()).isEqualTo(ChangeRisk.LOW);
		assertThat(versions.get(0).getRevisionNote()).isNull();
		ChangeVersion versionTwo = versions.get(1);
		assertThat(versionTwo.getTitle()).isEqualTo("检测报告模板增加签发日期和签发人");
		assertThat(versionTwo.getRisk()).isEqualTo(ChangeRisk.HIGH);
		assertThat(versionTwo.getWindowStart()).isEqualTo(at("2026-12-09T18:00:00"));
		assertThat(versionTwo.getRevisionNote()).startsWith("改到 12 月 9 日");
		assertThat(versionTwo.getSubmittedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(versionTwo.getSubmittedAt()).isEqualTo(at("2026-12-07T15:00:00"));
		assertThat(this.changes.approvalsOf(change))
			.extracting(ChangeApproval::getVersion, ChangeApproval::getApproverGroup, ChangeApproval::getDecision,
					ChangeApproval::getDecisionComment)
			.containsExactly(tuple(1, DeskGroups.MANAGERS, ChangeApproval.Decision.REJECTED, "与月末结账冲突"),
					tuple(2, DeskGroups.MANAGERS, ChangeApproval.Decision.WAITING, null),
					tuple(2, DeskGroups.VENDOR_SUPPORT, ChangeApproval.Decision.WAITING, null));
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.endsWith("REJECTED", "REVISED", "APPROVAL_OPENED");
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("title",
				"revisionNote", "resubmit", "windowStart");

		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.IMPLEMENT);
		assertThat(this.changes.findByNumber(number).getStatus()).isEqualTo(ChangeStatus.APPROVED);
		assertThat(this.changes.versionsOf(change).get(0)).usingRecursiveComparison().isEqualTo(versionOne);
	}

	@Test
	void revisionStartsFromAssessedRisk() {
		ProcessInstance instance = assessedChange("low", "high");

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "reject", "vendorComment", "需先在测试环境压测"));

		assertThat(instance).isWaitingAt(ChangeProcess.REVISE);
		Task revise = this.scenario.task(instance, ChangeProcess.REVISE);
		Map<String, Object> revision = new HashMap<>(this.engine.getTaskService().getVariables(revise.getId()));
		revision.keySet().retainAll(ChangeForms.REQUEST_FIELDS);
		assertThat(revision).containsEntry("risk", "high");
		revision.remove("changeSummary");
		revision.put("testPlan", "在测试环境压测 30 分钟后打印三类报告");
		revision.put("resubmit", "resubmit");
		revision.put("revisionNote", "补充压测");
		Map<String, Object> lowered = new HashMap<>(revision);
		lowered.put("risk", "low");
		assertThatThrownBy(() -> this.scenario.complete(instance, ChangeProcess.REVISE, TestUsers.ENGINEER, lowered))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("risk")
			.hasMessageContaining("不能低于");
		assertThat(instance).isWaitingAt(ChangeProcess.REVISE);
		this.scenario.complete(instance, ChangeProcess.REVISE, TestUsers.ENGINEER, revision);

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(change.getRisk()).isEqualTo(ChangeRisk.HIGH);
		assertThat(this.changes.currentVersion(change).getRisk()).isEqualTo(ChangeRisk.HIGH);
	}

	@Test
	void raiserCannotLowerRiskInAssessment() {
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, request("high")));

		FormInputException refused = (FormInputException) catchThrowable(() -> this.scenario.complete(instance,
				ChangeProcess.ASSESS, TestUsers.ENGINEER, form("assessment", "只改模板", "risk", "low")));
		// The raiser gives the claimed task back, so that another engineer may take it.
		this.engine.getTaskService().setAssignee(this.scenario.task(instance, ChangeProcess.ASSESS).getId(), null);
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.OTHER_ENGINEER,
				form("assessment", "只改模板，不涉及服务重启", "risk", "low"));

		assertThat(refused.field()).isEqualTo("risk");
		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThat(this.changes.findByNumber(instance.getBusinessKey()).getAssessedBy())
			.isEqualTo(TestUsers.OTHER_ENGINEER.id());
	}

	@Test
	void plainCompletionOfRevisionKeepsEdits() {
		ProcessInstance instance = rejectedLowRiskChange();
		Task revise = this.scenario.task(instance, ChangeProcess.REVISE);
		Map<String, Object> revision = request("low");
		revision.put("title", "检测报告模板增加签发日期（第二版）");
		revision.put("resubmit", "resubmit");
		revision.put("revisionNote", "改标题");

		this.scenario.as(TestUsers.ENGINEER, () -> {
			this.engine.getTaskService().complete(revise.getId(), revision);
			return null;
		});
		this.scenario.runAsyncSteps(instance);

		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(change.getCurrentVersion()).isEqualTo(2);
		assertThat(this.changes.currentVersion(change).getTitle()).isEqualTo("检测报告模板增加签发日期（第二版）");
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("title",
				"rollbackPlan", "revisionNote");
	}

	@Test
	void withdrawnChangeEndsAsWithdrawn() {
		ProcessInstance instance = rejectedLowRiskChange();
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.REVISE);
		this.scenario.clockAt("2026-12-07T16:00:00");
		Map<String, Object> withdrawal = request("low");
		withdrawal.put("resubmit", "withdraw");
		withdrawal.put("revisionNote", "院方决定明年再改");
		this.scenario.complete(instance, ChangeProcess.REVISE, TestUsers.ENGINEER, withdrawal);

		assertThat(instance).isEnded().hasPassed(ChangeProcess.WITHDRAWN).hasNotPassed(ChangeProcess.IMPLEMENT);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
		assertThat(change.getEndedAt()).isEqualTo(at("2026-12-07T16:00:00"));
		assertThat(this.changes.versionsOf(change)).hasSize(1);
		assertThat(this.changes.journalOf(change)).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("WITHDRAWN");
			assertThat(event.getDetail()).isEqualTo("院方决定明年再改");
		});
		assertThat(historicVariable(instance, ChangeProcess.Variables.OUTCOME)).isEqualTo("withdrawn");
	}

	@Test
	void emergencyChangeNeedsOpenSeriousFault() {
		this.scenario.clockAt("2026-09-30T20:00:00");
		String ordinary = openFault("ordinary");
		String significant = openFault("significant");
		String closedMajor = closedFault("major");
		Map<String, String> linkedTickets = Map.of("none", "", "ordinary", ordinary, "significant", significant,
				"closed major", closedMajor);
		long changesBefore = countRows("desk_change");
		long instancesBefore = countChangeInstances();

		for (Map.Entry<String, String> linked : linkedTickets.entrySet()) {
			assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, emergencyRequest(linked.getValue())))
				.as(linked.getKey())
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("emergency")
				.hasMessageContaining("重大或特大故障");
		}
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, emergencyRequest("GZ-2026-99999")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("linkedTickets")
			.hasMessageContaining("GZ-2026-99999 不存在");

		assertThat(countRows("desk_change")).isEqualTo(changesBefore);
		assertThat(countChangeInstances()).isEqualTo(instancesBefore);
	}

	@Test
	void emergencyChangeIsApprovedAfterImplementation() {
		this.scenario.clockAt("2026-09-30T20:00:00");
		String fault = openFault("critical");
		String ordinaryFault = openFault("ordinary");
		this.scenario.clockAt("2026-09-30T20:10:00");
		ProcessInstance instance = this.scenario
			.reload(this.scenario.start(TestUsers.ENGINEER, emergencyRequest(ordinaryFault + ", " + fault)));
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.IMPLEMENT);
		assertThat(this.scenario.task(instance, ChangeProcess.IMPLEMENT)).isAssignedTo(TestUsers.ENGINEER.id());
		Change change = this.changes.findByNumber(number);
		assertThat(change.isEmergency()).isTrue();
		assertThat(change.getApprovalDue()).isNull();
		assertThat(this.changes.approvalsOf(change)).isEmpty();
		assertThat(this.faults.journalOf(this.faults.findByNumber(fault))).extracting(FaultEvent::getDetail)
			.anySatisfy((detail) -> assertThat(detail).startsWith(number));
		Map<String, Object> notice = mailTo(number, "%紧急变更%");
		assertThat(notice).containsEntry("recipient_groups", "managers");
		assertThat((String) notice.get("body")).contains("先行实施").doesNotContain("须在 - 前");

		this.scenario.clockAt("2026-09-30T21:00:00");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
				form("configurationItems", "lims-db.pool.max-size: 50 -> 120", "implementationNote", "扩大连接池后业务恢复",
						"remoteSessions", "张伟 | 10.20.1.15 | 2026-09-30 20:15 | 2026-09-30 20:50 | 修改连接池并重启应用"));

		// 1 to 7 October 2026 are the National Day holiday, so the next working day after
		// the implementation is 8 October.
		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
		assertThat(change.getImplementedAt()).isEqualTo(at("2026-09-30T21:00:00"));
		assertThat(change.getApprovalDue()).isEqualTo(at("2026-10-08T17:30:00"));
		assertThat(this.scenario.task(instance, ChangeProcess.MANAGER_APPROVAL).getDueDate().toInstant())
			.isEqualTo(at("2026-10-08T17:30:00"));
		assertThat(this.scenario.timer(instance, ChangeProcess.APPROVAL_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-10-08T17:30:00"));
		assertThat(this.changes.sessionsOf(change)).singleElement()
			.satisfies((session) -> assertThat(session.getStartedAt()).isEqualTo(at("2026-09-30T20:15:00")));
		assertThat((String) mailTo(number, "%紧急变更待补办审批").get("body")).contains("须在 2026-10-08 17:30 前审批");

		this.scenario.fire(instance, ChangeProcess.APPROVAL_OVERDUE);

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		assertThat(this.scenario.timer(instance, ChangeProcess.APPROVAL_OVERDUE)).isNull();
		Map<String, Object> escalation = mailTo(number, "%升级%");
		assertThat(escalation).containsEntry("recipient_groups", "managers,vendor-support")
			.containsEntry("recipient_users", TestUsers.OTHER_ENGINEER.id());
		assertThat((String) escalation.get("body")).contains("已先行实施");
		assertThat(this.changes.journalOf(change)).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("APPROVAL_OVERDUE");
			assertThat(event.getOccurredAt()).isEqualTo(at("2026-10-08T17:30:00"));
			assertThat(event.getActor()).isNull();
		});

		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve", "managerComment", "同意补办"));
		this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve", "vendorComment", "连接池上限在服务器承受范围内"));

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VERIFY);
		assertThat(this.scenario.task(instance, ChangeProcess.VERIFY)).isAssignedTo(TestUsers.ENGINEER.id());
		assertThat(mailTo(number, "%请验证变更")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "passed", "verificationNote", "样品登记保存正常"));

		assertThat(instance).isWaitingAt(ChangeProcess.REVIEW);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.REVIEW);
		this.scenario.complete(instance, ChangeProcess.REVIEW, TestUsers.MANAGER, form("reviewNote", "紧急变更处置得当"));

		assertThat(instance).isEnded().hasPassed(ChangeProcess.CLOSED).hasNotPassed(ChangeProcess.RELEASE);
		change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.CLOSED);
		assertThat(change.getReleasedAt()).isNull();
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.containsExactly("SUBMITTED", "IMPLEMENTED", "APPROVAL_OPENED", "APPROVAL_OVERDUE", "APPROVED", "APPROVED",
					"VERIFIED", "CLOSED");
	}

	@Test
	void emergencyRejectionRollsBack() {
		ProcessInstance instance = implementedEmergencyChange();
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject", "managerComment", "应先扩容数据库服务器"));

		assertThat(instance).isWaitingAt(ChangeProcess.ROLL_BACK);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.ROLL_BACK);
		assertThat(this.scenario.task(instance, ChangeProcess.ROLL_BACK)).isAssignedTo(TestUsers.ENGINEER.id());
		assertThat(this.changes.findByNumber(number).getStatus()).isEqualTo(ChangeStatus.REJECTED);
		assertThat((String) mailTo(number, "%变更被驳回").get("body")).contains("请按回退方案回退");
		this.scenario.complete(instance, ChangeProcess.ROLL_BACK, TestUsers.ENGINEER,
				form("rollbackNote", "连接池恢复为 50"));

		assertThat(instance).isEnded()
			.hasPassed(ChangeProcess.ROLLED_BACK)
			.hasNotPassed(ChangeProcess.REVISE, ChangeProcess.VERIFY);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.ROLLED_BACK);
		assertThat(change.getRolledBackBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(change.getRollbackNote()).isEqualTo("连接池恢复为 50");
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.containsExactly("SUBMITTED", "IMPLEMENTED", "APPROVAL_OPENED", "REJECTED", "ROLLED_BACK");
		assertThat(mailTo(number, "%变更已回退")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		assertThat(historicVariable(instance, ChangeProcess.Variables.OUTCOME)).isEqualTo("rolled-back");
	}

	@Test
	void failedVerificationRollsBack() {
		ProcessInstance instance = implementedLowRiskChange();
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		Task verify = this.scenario.task(instance, ChangeProcess.VERIFY);
		this.scenario.as(TestUsers.ENGINEER, () -> {
			this.engine.getTaskService().setAssignee(verify.getId(), TestUsers.OTHER_ENGINEER.id());
			return null;
		});
		assertThatThrownBy(() -> this.scenario.submit(verify, TestUsers.OTHER_ENGINEER,
				form("verification", "passed", "verificationNote", "看过了")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("only its requester " + TestUsers.ENGINEER.id());
		assertThat(this.changes.findByNumber(number).getVerifiedBy()).isNull();
		this.scenario.as(TestUsers.OTHER_ENGINEER, () -> {
			this.engine.getTaskService().setAssignee(verify.getId(), TestUsers.ENGINEER.id());
			return null;
		});

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "failed", "verificationNote", "委托单报告页脚错位"));

		assertThat(instance).isWaitingAt(ChangeProcess.ROLL_BACK);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.ROLL_BACK);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.IMPLEMENTED);
		assertThat(change.getVerificationNote()).isEqualTo("委托单报告页脚错位");
		assertThat((String) mailTo(number, "%变更验证未通过").get("body")).contains("委托单报告页脚错位");
		this.scenario.complete(instance, ChangeProcess.ROLL_BACK, TestUsers.ENGINEER, form("rollbackNote", "恢复上一版模板"));

		assertThat(instance).isEnded().hasPassed(ChangeProcess.ROLLED_BACK).hasNotPassed(ChangeProcess.RELEASE);
		change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.ROLLED_BACK);
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.endsWith("IMPLEMENTED", "VERIFICATION_FAILED", "ROLLED_BACK");
	}

	@Test
	void failedReleaseRollsBack() {
		ProcessInstance instance = implementedLowRiskChange();
		String number = instance.getBusinessKey();

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "passed", "verificationNote", "三类报告页脚均显示签发日期"));

		assertThat(instance).isWaitingAt(ChangeProcess.RELEASE);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.RELEASE);
		this.scenario.complete(instance, ChangeProcess.RELEASE, TestUsers.ENGINEER,
				form("releaseOutcome", "failed", "releaseNote", "生产环境报告服务无法加载新模板"));

		assertThat(instance).isWaitingAt(ChangeProcess.ROLL_BACK);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.ROLL_BACK);
		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.VERIFIED);
		assertThat(change.getReleaseNote()).isEqualTo("生产环境报告服务无法加载新模板");
		this.scenario.complete(instance, ChangeProcess.ROLL_BACK, TestUsers.ENGINEER,
				form("rollbackNote", "恢复上一版模板并重启报告服务"));

		assertThat(instance).isEnded().hasPassed(ChangeProcess.ROLLED_BACK).hasNotPassed(ChangeProcess.REVIEW);
		change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.ROLLED_BACK);
		assertThat(this.changes.journalOf(change)).extracting(ChangeEvent::getKind)
			.endsWith("VERIFIED", "RELEASE_FAILED", "ROLLED_BACK");
	}

	@Test
	void engineerCannotApproveAsManager() {
		ProcessInstance instance = assessedChange("low", "low");
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		int journalBefore = this.changes.journalOf(change).size();
		Task approval = this.scenario.task(instance, ChangeProcess.MANAGER_APPROVAL);

		assertThatThrownBy(() -> this.scenario.as(TestUsers.ENGINEER, () -> {
			this.engine.getTaskService().complete(approval.getId(), form("managerDecision", "approve"));
			return null;
		})).isInstanceOf(AuthorizationException.class);
		this.scenario.as(TestUsers.MANAGER, () -> {
			this.engine.getTaskService().setAssignee(approval.getId(), TestUsers.ENGINEER.id());
			return null;
		});
		assertThatThrownBy(() -> this.scenario.submit(approval, TestUsers.ENGINEER, form("managerDecision", "approve")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("managers");

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL);
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.approvalsOf(change)).extracting(ChangeApproval::getDecision)
			.containsExactly(ChangeApproval.Decision.WAITING);
		assertThat(this.changes.findByNumber(change.getNumber()).getStatus()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
	}

	@Test
	void raiserCannotApproveAsVendor() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.SUPPORT, request("high")));
		assertThat(instance).isWaitingAt(ChangeProcess.ASSESS);
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "涉及报告服务重启", "risk", "high"));
		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(change.getRaisedBy()).isEqualTo(TestUsers.SUPPORT.id());
		int journalBefore = this.changes.journalOf(change).size();

		assertThat(instance).isWaitingAt(ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VENDOR_APPROVAL);
		assertThatThrownBy(() -> this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("raised or implemented");

		assertThat(instance).isWaitingAt(ChangeProcess.VENDOR_APPROVAL);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VENDOR_APPROVAL);
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.approvalsOf(change)).extracting(ChangeApproval::getDecision)
			.containsExactly(ChangeApproval.Decision.APPROVED, ChangeApproval.Decision.WAITING);
	}

	@Test
	void implementerCannotApproveEmergencyChange() {
		this.scenario.clockAt("2026-09-30T20:00:00");
		Map<String, Object> form = emergencyRequest(openFault("major"));
		form.put("risk", "high");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, form));
		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		Task implement = this.scenario.task(instance, ChangeProcess.IMPLEMENT);
		this.scenario.as(TestUsers.ENGINEER, () -> {
			this.engine.getTaskService().setAssignee(implement.getId(), TestUsers.SUPPORT.id());
			return null;
		});
		this.scenario.clockAt("2026-09-30T21:00:00");
		this.scenario.submit(implement, TestUsers.SUPPORT,
				form("configurationItems", "lims-db.pool.max-size: 50 -> 120", "implementationNote", "维保部门远程扩大连接池"));
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(change.getImplementedBy()).isEqualTo(TestUsers.SUPPORT.id());
		int journalBefore = this.changes.journalOf(change).size();

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL, ChangeProcess.VENDOR_APPROVAL);
		assertThatThrownBy(() -> this.scenario.complete(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT,
				form("vendorDecision", "approve")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("raised or implemented");

		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.MANAGER_APPROVAL,
				ChangeProcess.VENDOR_APPROVAL);
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.approvalsOf(change)).extracting(ChangeApproval::getDecision)
			.containsExactly(ChangeApproval.Decision.WAITING, ChangeApproval.Decision.WAITING);
	}

	@Test
	void requestFieldsAreCheckedOneByOne() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		List<Map.Entry<String, Object>> badValues = List.of(Map.entry("rollbackPlan", ""),
				Map.entry("rollbackPlan", "  "), Map.entry("windowEnd", "2026-12-08T17:00"),
				Map.entry("windowEnd", "2026-12-08T18:00"), Map.entry("windowStart", "明天晚上"),
				Map.entry("windowStart", "2026-12-06T09:59"), Map.entry("windowEnd", "2027-12-08T10:01"),
				Map.entry("linkedTickets", "GZ-2026-99999"), Map.entry("linkedTickets", "GZ-99"),
				Map.entry("linkedRequests", "FW-2026-99999"), Map.entry("correctsChange", "BG-2026-99999"),
				Map.entry("risk", "extreme"), Map.entry("changeType", "hardware"), Map.entry("requesterUser", "nobody"),
				Map.entry("title", "标".repeat(201)));
		long changesBefore = countRows("desk_change");
		long versionsBefore = countRows("desk_change_version");
		long instancesBefore = countChangeInstances();

		for (Map.Entry<String, Object> bad : badValues) {
			Map<String, Object> form = request("low");
			form.put(bad.getKey(), bad.getValue());

			assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, form))
				.as("%s = %s", bad.getKey(), bad.getValue())
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining(bad.getKey());
		}
		Map<String, Object> withoutRollbackPlan = request("low");
		withoutRollbackPlan.remove("rollbackPlan");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, withoutRollbackPlan))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("rollbackPlan");
		this.scenario.clockAt("2026-12-08T20:00:00");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, request("low")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("windowEnd")
			.hasMessageContaining("计划窗口已经过去");

		assertThat(countRows("desk_change")).isEqualTo(changesBefore);
		assertThat(countRows("desk_change_version")).isEqualTo(versionsBefore);
		assertThat(countChangeInstances()).isEqualTo(instancesBefore);
	}

	@Test
	void sessionInMinuteOfRaisingIsAccepted() {
		this.scenario.clockAt("2026-12-07T10:00:40");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, request("low")));
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "涉及报告模板", "risk", "low"));
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		this.scenario.clockAt("2026-12-08T18:30:00");
		Map<String, Object> implementation = templateImplementation();
		implementation.put("remoteSessions", "张伟 | 10.20.1.15 | 2026-12-07 09:59 | 2026-12-07 10:25 | 上传模板");

		assertThatThrownBy(
				() -> this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER, implementation))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("2026-12-07 10:00");

		implementation.put("remoteSessions", "张伟 | 10.20.1.15 | 2026-12-07 10:00 | 2026-12-07 10:25 | 上传模板");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER, implementation);

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(this.changes.sessionsOf(change)).extracting(RemoteSession::getOperator).containsExactly("张伟");
	}

	@Test
	void implementationRecordIsChecked() {
		ProcessInstance instance = approvedLowRiskChange();
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		int journalBefore = this.changes.journalOf(change).size();
		this.scenario.clockAt("2026-12-08T18:30:00");
		String session = "张伟 | 10.20.1.15 | 2026-12-08 18:05 | 2026-12-08 18:25 | 上传模板";
		Map<String, Map<String, Object>> badForms = Map.ofEntries(
				Map.entry("changedFiles", form("implementationNote", "只写了说明", "remoteSessions", session)),
				Map.entry("revisions",
						form("changedFiles", "web/report/Footer.java", "commentsConfirmed", true, "implementationNote",
								"改页脚")),
				Map.entry("commentsConfirmed", form("changedFiles", "web/report/Footer.java", "revisions", "r4512",
						"implementationNote", "改页脚")),
				Map.entry("implementationNote", form("templates", "report-footer.jrxml")));
		Map<String, String> badSessions = Map.ofEntries(
				Map.entry("four columns", "张伟 | 10.20.1.15 | 2026-12-08 18:05 | 2026-12-08 18:25"),
				Map.entry("end before start", "张伟 | 10.20.1.15 | 2026-12-08 18:25 | 2026-12-08 18:05 | 上传模板"),
				Map.entry("bad time", "张伟 | 10.20.1.15 | 2026-12-08 6点05 | 2026-12-08 18:25 | 上传模板"),
				Map.entry("impossible date", "张伟 | 10.20.1.15 | 2026-11-31 18:05 | 2026-12-08 18:25 | 上传模板"),
				Map.entry("end in the future", "张伟 | 10.20.1.15 | 2026-12-08 18:05 | 2026-12-08 19:25 | 上传模板"),
				Map.entry("before the change", "张伟 | 10.20.1.15 | 2026-12-06 18:05 | 2026-12-06 18:25 | 上传模板"),
				Map.entry("second line bad", session + "\n李娜 | 10.20.1.16 | 2026-12-08 18:10 | 上传模板"));

		for (Map.Entry<String, Map<String, Object>> bad : badForms.entrySet()) {
			assertThatThrownBy(() -> this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
					new HashMap<>(bad.getValue())))
				.as(bad.getKey())
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining(bad.getKey());
		}
		for (Map.Entry<String, String> bad : badSessions.entrySet()) {
			Map<String, Object> form = templateImplementation();
			form.put("remoteSessions", bad.getValue());

			assertThatThrownBy(
					() -> this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER, form))
				.as(bad.getKey())
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("remoteSessions");
		}

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.IMPLEMENT);
		change = this.changes.findByNumber(change.getNumber());
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.APPROVED);
		assertThat(change.getImplementedAt()).isNull();
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.sessionsOf(change)).isEmpty();
		assertThat(this.changes.versionsOf(change)).hasSize(1);

		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
				form("changedFiles", "web/report/Footer.java", "revisions", "r4512", "commentsConfirmed", true,
						"implementationNote", "改页脚", "remoteSessions",
						session + "\n\n李娜 | 10.20.1.16 | 2026-12-08 18:10 | 2026-12-08 18:20 | 核对日志"));

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VERIFY);
		change = this.changes.findByNumber(change.getNumber());
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.IMPLEMENTED);
		assertThat(change.getRevisions()).isEqualTo("r4512");
		assertThat(change.getCommentsConfirmed()).isTrue();
		assertThat(change.getImplementedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.changes.sessionsOf(change)).extracting(RemoteSession::getOperator, RemoteSession::getRecordedBy)
			.containsExactly(tuple("张伟", TestUsers.ENGINEER.id()), tuple("李娜", TestUsers.ENGINEER.id()));
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("changedFiles",
				"remoteSessions", "implementationNote");
	}

	@Test
	void assessmentCannotChangeRouting() {
		ProcessInstance instance = this.scenario.reload(startedChange("low"));

		assertThat(instance).isWaitingAt(ChangeProcess.ASSESS);
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "只改模板", "risk", "low", ChangeProcess.Variables.EMERGENCY, true));

		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.IMPLEMENT);
		this.scenario.clockAt("2026-12-08T18:30:00");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER, templateImplementation());

		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.VERIFY);
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "passed", "verificationNote", "页脚正确"));

		assertThat(instance).isWaitingAt(ChangeProcess.RELEASE);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.RELEASE);
	}

	@Test
	void closedChangeRejectsEveryStep() {
		ProcessInstance instance = implementedLowRiskChange();
		String number = instance.getBusinessKey();
		assertThat(instance).isWaitingAt(ChangeProcess.VERIFY);
		this.scenario.complete(instance, ChangeProcess.VERIFY, TestUsers.ENGINEER,
				form("verification", "passed", "verificationNote", "页脚正确"));
		this.scenario.complete(instance, ChangeProcess.RELEASE, TestUsers.ENGINEER,
				form("releaseOutcome", "released", "releaseNote", "19:10 发布"));
		this.scenario.complete(instance, ChangeProcess.REVIEW, TestUsers.MANAGER, form("reviewNote", "按计划完成"));
		assertThat(instance).isEnded();
		Change closed = this.changes.findByNumber(number);
		int journalBefore = this.changes.journalOf(closed).size();
		Instant now = at("2026-12-09T10:00:00");
		ChangeRequest request = new ChangeRequest("改标题", ChangeType.TEMPLATE, "原因", "报告管理", "内容", ChangeRisk.LOW, "无",
				"测试", "回退", at("2026-12-10T18:00:00"), at("2026-12-10T20:00:00"), List.of(), List.of());
		Change.Implementation implementation = new Change.Implementation(null, null, null, "report-footer.jrxml", "再改",
				false);
		String user = TestUsers.ENGINEER.id();
		Map<String, Consumer<Change>> steps = Map.ofEntries(
				Map.entry("assess", (change) -> this.changes.assess(change, "再评估", ChangeRisk.HIGH, user, now)),
				Map.entry("openApprovals", (change) -> this.changes.openApprovals(change, now)),
				Map.entry("decide manager",
						(change) -> this.changes.decide(change, DeskGroups.MANAGERS, true, null, "manager", now)),
				Map.entry("decide vendor",
						(change) -> this.changes.decide(change, DeskGroups.VENDOR_SUPPORT, true, null, "support", now)),
				Map.entry("concludeApproval", (change) -> this.changes.concludeApproval(change, now)),
				Map.entry("revise", (change) -> this.changes.revise(change, request, "再改", user, now)),
				Map.entry("withdraw", (change) -> this.changes.withdraw(change, "撤回", user, now)),
				Map.entry("implement",
						(change) -> this.changes.implement(change, implementation, List.of(), user, now)),
				Map.entry("verify", (change) -> this.changes.verify(change, true, "通过", user, now)),
				Map.entry("release", (change) -> this.changes.release(change, true, "发布", user, now)),
				Map.entry("rollBack", (change) -> this.changes.rollBack(change, "回退", user, now)),
				Map.entry("review", (change) -> this.changes.review(change, "评审", "manager", now)),
				Map.entry("approvalOverdue", (change) -> this.changes.approvalOverdue(change, now)));
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		for (Map.Entry<String, Consumer<Change>> step : steps.entrySet()) {
			assertThatThrownBy(() -> transaction
				.executeWithoutResult((status) -> step.getValue().accept(this.changes.findByNumber(number))))
				.as(step.getKey())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(number + " is closed");
		}

		Change change = this.changes.findByNumber(number);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.CLOSED);
		assertThat(change.getEntityVersion()).isEqualTo(closed.getEntityVersion());
		assertThat(change.getRisk()).isEqualTo(ChangeRisk.LOW);
		assertThat(this.changes.journalOf(change)).hasSize(journalBefore);
		assertThat(this.changes.versionsOf(change)).hasSize(1);
		assertThat(this.changes.approvalsOf(change)).hasSize(1);

		this.changes.correct(number, "发布时间应为 19:20", TestUsers.MANAGER.id(), now);

		List<ChangeEvent> journal = this.changes.journalOf(change);
		assertThat(journal).hasSize(journalBefore + 1);
		assertThat(journal).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("CORRECTION");
			assertThat(event.getDetail()).isEqualTo("发布时间应为 19:20");
			assertThat(event.getActor()).isEqualTo(TestUsers.MANAGER.id());
			assertThat(event.getOccurredAt()).isEqualTo(now);
		});
		assertThat(this.changes.findByNumber(number).getStatus()).isEqualTo(ChangeStatus.CLOSED);
	}

	@Test
	void correctingChangeJournalsOnCorrectedOne() {
		ProcessInstance corrected = rejectedLowRiskChange();
		String correctedNumber = corrected.getBusinessKey();
		Map<String, Object> form = request("low");
		form.put("title", "更正签发日期格式");
		form.put("correctsChange", correctedNumber);
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER, form)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("correctsChange")
			.hasMessageContaining(correctedNumber + " 尚未结束");
		Map<String, Object> withdrawal = request("low");
		withdrawal.put("resubmit", "withdraw");
		withdrawal.put("revisionNote", "改由新变更更正");
		this.scenario.complete(corrected, ChangeProcess.REVISE, TestUsers.ENGINEER, withdrawal);

		ProcessInstance correcting = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, form));

		String correctingNumber = correcting.getBusinessKey();
		assertThat(correcting).isWaitingAt(ChangeProcess.ASSESS);
		assertThat(this.changes.findByNumber(correctingNumber).getCorrectsChange()).isEqualTo(correctedNumber);
		assertThat(this.changes.journalOf(this.changes.findByNumber(correctedNumber))).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("CORRECTION");
			assertThat(event.getDetail()).isEqualTo("由变更 " + correctingNumber + " 更正");
			assertThat(event.getActor()).isEqualTo(TestUsers.ENGINEER.id());
		});
		assertThat(this.changes.journalOf(this.changes.findByNumber(correctingNumber))).extracting(ChangeEvent::getKind)
			.containsExactly("SUBMITTED");
	}

	@Test
	void faultFollowUpStartsDraftForEngineer() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance fault = this.faultScenario.reload(this.faultScenario.start(TestUsers.REPORTER, faultReport()));
		String faultNumber = fault.getBusinessKey();
		assertThat(fault).isWaitingAt(FaultProcess.TRIAGE);
		this.faultScenario.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", "significant"));
		assertThat(fault).isWaitingAt(FaultProcess.FIX);
		this.faultScenario.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER, form("fixOutcome", "fixed", "fixCause",
				"保存按钮未校验空样品号", "fixActions", "临时放开校验", "dataAffected", false, "followUp", "change"));

		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ChangeProcess.KEY)
			.variableValueEquals("linkedTickets", faultNumber)
			.singleResult();
		assertThat(instance).isWaitingAt(ChangeProcess.DRAFT);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.DRAFT);
		assertThat(this.scenario.task(instance, ChangeProcess.DRAFT)).isAssignedTo(TestUsers.ENGINEER.id());
		this.scenario.complete(instance, ChangeProcess.DRAFT, TestUsers.ENGINEER,
				form("description", "样品登记保存时校验样品号", "risk", "medium", "userImpact", "无", "testPlan", "在测试环境保存空样品号",
						"rollbackPlan", "恢复上一版本", "windowStart", "2026-12-08T18:00", "windowEnd", "2026-12-08T20:00"));

		instance = this.scenario.reload(instance);
		assertThat(instance).isWaitingAt(ChangeProcess.ASSESS);
		assertThat(openTasks(instance)).containsExactlyInAnyOrder(ChangeProcess.ASSESS);
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		assertThat(change.getTitle()).isEqualTo("修复故障 " + faultNumber + "（样品登记）");
		assertThat(change.getChangeType()).isEqualTo(ChangeType.DEFECT_FIX);
		assertThat(change.getRaisedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(change.getRequesterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(this.changes.linksOf(change)).containsExactly(faultNumber);
		assertThat(this.changes.changesLinkedTo(faultNumber)).containsExactly(change.getNumber());
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys(
				ChangeProcess.Variables.NEEDS_DRAFT, "raisedBy", "title", "linkedTickets", "requesterUser");
	}

	private List<String> openTasks(ProcessInstance instance) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
	}

	private ProcessInstance startedChange(String risk) {
		this.scenario.clockAt("2026-12-07T10:00:00");
		return this.scenario.start(TestUsers.ENGINEER, request(risk));
	}

	/**
	 * Starts a change with one risk, assesses it with another and returns it at approval.
	 */
	private ProcessInstance assessedChange(String requestedRisk, String assessedRisk) {
		ProcessInstance instance = this.scenario.reload(startedChange(requestedRisk));
		assertThat(instance).isWaitingAt(ChangeProcess.ASSESS);
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "涉及报告模板", "risk", assessedRisk));
		return instance;
	}

	private ProcessInstance rejectedLowRiskChange() {
		ProcessInstance instance = assessedChange("low", "low");
		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject", "managerComment", "与月末结账冲突"));
		return instance;
	}

	private ProcessInstance approvedLowRiskChange() {
		ProcessInstance instance = assessedChange("low", "low");
		assertThat(instance).isWaitingAt(ChangeProcess.MANAGER_APPROVAL);
		this.scenario.complete(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		return instance;
	}

	private ProcessInstance implementedLowRiskChange() {
		ProcessInstance instance = approvedLowRiskChange();
		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		this.scenario.clockAt("2026-12-08T18:30:00");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER, templateImplementation());
		return instance;
	}

	private ProcessInstance implementedEmergencyChange() {
		this.scenario.clockAt("2026-09-30T20:00:00");
		String fault = openFault("major");
		ProcessInstance instance = this.scenario
			.reload(this.scenario.start(TestUsers.ENGINEER, emergencyRequest(fault)));
		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		this.scenario.clockAt("2026-09-30T21:00:00");
		this.scenario.complete(instance, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
				form("configurationItems", "lims-db.pool.max-size: 50 -> 120", "implementationNote", "扩大连接池"));
		return instance;
	}

	private static Map<String, Object> faultReport() {
		return form("contactName", "王芳", "contactPhone", "010-6401 2345", "module", "样品登记", "description",
				"样品登记页面提交时提示保存失败", "affectedUsers", 8L, "channel", "tasklist");
	}

	/**
	 * Returns the number of a fault ticket triaged with the severity and not yet fixed.
	 */
	private String openFault(String severity) {
		ProcessInstance fault = this.faultScenario.reload(this.faultScenario.start(TestUsers.REPORTER, faultReport()));
		assertThat(fault).isWaitingAt(FaultProcess.TRIAGE);
		this.faultScenario.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", severity));
		return fault.getBusinessKey();
	}

	private String closedFault(String severity) {
		ProcessInstance fault = this.faultScenario.reload(this.faultScenario.start(TestUsers.REPORTER, faultReport()));
		assertThat(fault).isWaitingAt(FaultProcess.TRIAGE);
		this.faultScenario.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", severity));
		assertThat(fault).isWaitingAt(FaultProcess.FIX);
		this.faultScenario.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER,
				form("fixOutcome", "fixed", "fixCause", "连接池耗尽", "fixActions", "重启应用", "dataAffected", false));
		assertThat(fault).isWaitingAt(FaultProcess.CONFIRM);
		this.faultScenario.complete(fault, FaultProcess.CONFIRM, TestUsers.REPORTER, form("confirmation", "confirm"));
		assertThat(fault).isEnded();
		return fault.getBusinessKey();
	}

	/** Returns the one queued mail about the change whose subject matches the pattern. */
	private Map<String, Object> mailTo(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "change:" + number, subjectPattern);
	}

	private long countRows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long countChangeInstances() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ChangeProcess.KEY)
			.count();
	}

	private Object historicVariable(ProcessInstance instance, String name) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

}
