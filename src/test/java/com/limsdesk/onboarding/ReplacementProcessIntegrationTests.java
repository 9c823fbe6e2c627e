package com.limsdesk.onboarding;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.limsdesk.duty.DutyEntry;
import com.limsdesk.duty.DutyKind;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.SystemContext;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the engineer replacement: candidates rejected and accepted, the month of
 * training and its extension, approval on post with the handover of the old engineer's
 * work, rejection after training, and the managers' acknowledgement of the change.
 */
@ProcessIntegrationTest
class ReplacementProcessIntegrationTests {

	private static final String TRAINER = TestUsers.OTHER_ENGINEER.id();

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ReplacementService replacements;

	@Autowired
	private StaffChangeService notices;

	@Autowired
	private FaultTicketService faults;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DutyRoster roster;

	private ProcessScenario scenario;

	private ReplacementScenario steps;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.steps = new ReplacementScenario(this.engine);
		this.scenario = this.steps.process();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void rejectedCandidateIsFollowedByAnother() {
		String engineer = this.steps.newEngineer();
		this.scenario.clockAt("2026-03-02T09:00:00");
		ProcessInstance instance = this.steps.request(TestUsers.MANAGER, engineer);
		String number = instance.getBusinessKey();

		assertThat(number).matches("GH-2026-\\d{5}");
		assertThat(instance).isWaitingAt(ReplacementProcess.PROPOSE);
		assertThat(this.scenario.task(instance, ReplacementProcess.PROPOSE))
			.hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(mail(number, "%驻点工程师更换申请")).containsEntry("recipient_groups", "managers,vendor-support");
		this.steps.propose(instance, "王强", login("wang-qiang"));

		assertThat(instance).isWaitingAt(ReplacementProcess.REVIEW);
		assertThat(this.scenario.task(instance, ReplacementProcess.REVIEW)).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(mail(number, "%候选人待审核")).containsEntry("recipient_groups", "managers");
		assertThatThrownBy(() -> this.scenario.complete(instance, ReplacementProcess.REVIEW, TestUsers.MANAGER,
				form("candidateDecision", "reject")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("candidateComment");
		this.scenario.complete(instance, ReplacementProcess.REVIEW, TestUsers.MANAGER,
				form("candidateDecision", "reject", "candidateComment", "没有 Oracle 运维经验"));

		assertThat(instance).isWaitingAt(ReplacementProcess.PROPOSE);
		assertThat(mail(number, "%候选人未被接受")).containsEntry("recipient_groups", "vendor-support");
		this.steps.propose(instance, "李明", login("li-ming"));
		this.steps.accept(instance);

		assertThat(instance).isWaitingAt(ReplacementProcess.START_TRAINING);
		Replacement replacement = this.replacements.findByNumber(number);
		assertThat(replacement.getStatus()).isEqualTo(ReplacementStatus.ACCEPTED);
		assertThat(this.replacements.candidatesOf(replacement))
			.extracting(Candidate::getProposalNumber, Candidate::getFullName, Candidate::getStatus)
			.containsExactly(tuple(1, "王强", Candidate.Status.REJECTED), tuple(2, "李明", Candidate.Status.ACCEPTED));
		assertThat(this.replacements.decisionsOf(replacement))
			.extracting(ReplacementDecision::getKind, ReplacementDecision::getDecidedBy, ReplacementDecision::getReason)
			.containsExactly(
					tuple(ReplacementDecision.Kind.CANDIDATE_REJECTED, TestUsers.MANAGER.id(), "没有 Oracle 运维经验"),
					tuple(ReplacementDecision.Kind.CANDIDATE_ACCEPTED, TestUsers.MANAGER.id(), null));
		assertThat(this.steps.isEngineer(engineer)).isTrue();
	}

	@Test
	void approvalBeforeMonthIsOverIsRejected() {
		Training training = training("2026-01-30T09:00:00", "2026-01-31");

		Candidate candidate = currentCandidate(training);
		assertThat(candidate.getTrainingStart()).isEqualTo(LocalDate.parse("2026-01-31"));
		assertThat(candidate.getTrainingEnd()).isEqualTo(LocalDate.parse("2026-02-28"));
		Task approval = this.steps.task(training.instance(), ReplacementProcess.DECIDE_ON_POST);
		assertThat(approval).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(approval.getFollowUpDate().toInstant()).isEqualTo(at("2026-02-28T00:00:00"));
		assertThat(monthOverTimer(training)).isEqualTo(at("2026-02-28T00:00:00"));
		assertThat(mail(training.number(), "%上岗培训已开始").get("body").toString()).contains("最早可于 2026-02-28 批准上岗");
		this.scenario.clockAt("2026-02-02T18:00:00");
		this.steps.record(training.instance(), "2026-02-02", 4);

		this.scenario.clockAt("2026-02-27T23:59:00");
		assertThatThrownBy(() -> this.steps.decide(training.instance(), form("onPostDecision", "approve")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("onPostDecision")
			.hasMessageContaining("最早可于 2026-02-28 批准上岗");

		assertThat(training.instance()).isWaitingAt(ReplacementProcess.DECIDE_ON_POST,
				ReplacementProcess.RECORD_TRAINING);
		assertThat(currentCandidate(training).getStatus()).isEqualTo(Candidate.Status.TRAINING);
		assertThat(decisionKinds(training)).containsExactly(ReplacementDecision.Kind.CANDIDATE_ACCEPTED);
		assertThat(this.steps.isEngineer(training.engineer())).isTrue();
		assertThat(this.engine.getIdentityService().createUserQuery().userId(training.candidate()).count()).isZero();
	}

	@Test
	void extensionMovesEarliestApproval() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		this.scenario.clockAt("2026-03-03T18:00:00");
		this.steps.record(training.instance(), "2026-03-03", 6.5);

		this.scenario.clockAt("2026-03-20T10:00:00");
		assertThatThrownBy(() -> this.steps.decide(training.instance(),
				form("onPostDecision", "extend", "onPostComment", "数据库备份恢复尚未演练")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("newTrainingEnd");
		assertThatThrownBy(() -> this.steps.decide(training.instance(),
				form("onPostDecision", "extend", "onPostComment", "数据库备份恢复尚未演练", "newTrainingEnd", "2026-04-02")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("必须晚于当前的培训结束日期 2026-04-02");
		this.steps.decide(training.instance(),
				form("onPostDecision", "extend", "onPostComment", "数据库备份恢复尚未演练", "newTrainingEnd", "2026-04-16"));

		assertThat(training.instance()).isWaitingAt(ReplacementProcess.DECIDE_ON_POST,
				ReplacementProcess.RECORD_TRAINING);
		Task extended = this.steps.task(training.instance(), ReplacementProcess.DECIDE_ON_POST);
		assertThat(extended.getFollowUpDate().toInstant()).isEqualTo(at("2026-04-16T00:00:00"));
		assertThat(monthOverTimer(training)).isEqualTo(at("2026-04-16T00:00:00"));
		assertThat(this.replacements.decisionsOf(this.replacements.findByNumber(training.number())))
			.filteredOn((decision) -> decision.getKind() == ReplacementDecision.Kind.TRAINING_EXTENDED)
			.extracting(ReplacementDecision::getPreviousEnd, ReplacementDecision::getNewEnd,
					ReplacementDecision::getReason)
			.containsExactly(tuple(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-16"), "数据库备份恢复尚未演练"));
		assertThat(mail(training.number(), "%上岗培训已延长")).containsEntry("recipient_groups", "vendor-support")
			.containsEntry("recipient_users", TRAINER);

		this.scenario.clockAt("2026-04-02T10:00:00");
		this.steps.record(training.instance(), "2026-04-02", 3);
		assertThatThrownBy(() -> this.steps.decide(training.instance(), form("onPostDecision", "approve")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("最早可于 2026-04-16 批准上岗");

		this.scenario.fire(training.instance(), ReplacementProcess.TRAINING_MONTH_OVER);

		assertThat(training.instance())
			.isWaitingAt(ReplacementProcess.DECIDE_ON_POST, ReplacementProcess.RECORD_TRAINING)
			.hasPassed(ReplacementProcess.REMIND_APPROVAL);
		Map<String, Object> reminder = mail(training.number(), "%培训期满，待审批上岗");
		assertThat(reminder).containsEntry("recipient_groups", "managers");
		assertThat(reminder.get("body").toString()).contains("2026-04-16 期满").contains("培训记录 2 条");
		this.scenario.clockAt("2026-04-16T09:00:00");
		this.steps.decide(training.instance(), form("onPostDecision", "approve"));

		assertThat(training.instance()).isWaitingAt(ReplacementProcess.ANNOUNCE);
		assertThat(this.replacements.findByNumber(training.number()).getStatus()).isEqualTo(ReplacementStatus.ON_POST);
		assertThat(decisionKinds(training)).containsExactly(ReplacementDecision.Kind.CANDIDATE_ACCEPTED,
				ReplacementDecision.Kind.TRAINING_EXTENDED, ReplacementDecision.Kind.ON_POST_APPROVED);
	}

	@Test
	void approvalHandsPostToCandidate() throws IOException {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		String engineer = training.engineer();
		ProcessInstance fault = faultFixedBy(engineer);
		Task standalone = this.engine.getTaskService().newTask();
		standalone.setName("整理驻点交接清单");
		this.engine.getTaskService().saveTask(standalone);
		this.engine.getTaskService().addCandidateUser(standalone.getId(), engineer);
		this.scenario.clockAt("2026-03-10T16:00:00");
		this.steps.record(training.instance(), "2026-03-10", 7);
		this.roster.add(engineer, LocalDate.parse("2026-03-30"), LocalDate.parse("2026-04-10"), DutyKind.WORKING_TIME,
				null, TestUsers.SUPPORT.id(), SystemContext.now());
		this.roster.add(engineer, LocalDate.parse("2026-04-04"), LocalDate.parse("2026-04-05"),
				DutyKind.NON_WORKING_TIME, null, TestUsers.SUPPORT.id(), SystemContext.now());

		this.scenario.clockAt("2026-04-02T09:00:00");
		assertThat(this.roster.onDutyAt(at("2026-04-02T10:00:00")).engineers()).containsExactly(engineer);
		assertThat(this.steps.isEngineer(engineer)).isTrue();
		this.steps.decide(training.instance(), form("onPostDecision", "approve", "onPostComment", "培训考核合格"));

		String newEngineer = training.candidate();
		assertThat(this.steps.isEngineer(newEngineer)).isTrue();
		assertThat(this.steps.isEngineer(engineer)).isFalse();
		assertThat(this.engine.getIdentityService().createUserQuery().userId(engineer).count()).isOne();
		assertThat(this.engine.getIdentityService().createUserQuery().userId(newEngineer).singleResult().getEmail())
			.isEqualTo(newEngineer + "@vendor.example.org");
		assertThat(Files.readAllLines(Path.of("target", "test-initial-passwords.txt")))
			.anyMatch((line) -> line.startsWith(newEngineer + ": "));
		Task fix = this.scenario.task(fault, FaultProcess.FIX);
		assertThat(fix.getAssignee()).isEqualTo(newEngineer);
		assertThat(candidateUsers(standalone.getId())).containsExactly(newEngineer);
		assertThat(this.faults.journalOf(this.faults.findByNumber(fault.getBusinessKey())))
			.extracting(FaultEvent::getDetail)
			.anyMatch((detail) -> detail.startsWith(training.number()) && detail.contains("转交 " + newEngineer));
		assertThat(this.roster.onDutyAt(at("2026-04-01T10:00:00")).engineers()).containsExactly(engineer);
		assertThat(this.roster.onDutyAt(at("2026-04-02T10:00:00")).engineers()).containsExactly(newEngineer);
		assertThat(this.roster.onDutyAt(at("2026-04-04T10:00:00")).engineers()).containsExactly(newEngineer);
		assertThat(this.roster.entries(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-30")))
			.extracting(DutyEntry::getEngineer)
			.containsOnly(newEngineer);
		Replacement replacement = this.replacements.findByNumber(training.number());
		assertThat(replacement.getStatus()).isEqualTo(ReplacementStatus.ON_POST);
		assertThat(replacement.getNewEngineer()).isEqualTo(newEngineer);
		assertThat(replacement.getOnPostAt()).isEqualTo(at("2026-04-02T09:00:00"));
		assertThat(this.replacements.journalOf(replacement)).extracting(ReplacementEvent::getKind)
			.containsExactly("REQUESTED", "CANDIDATE_PROPOSED", "CANDIDATE_ACCEPTED", "TRAINING_STARTED",
					"ON_POST_APPROVED", "ON_POST");
		assertThat(mail(training.number(), "%新驻点工程师已上岗").get("recipient_users"))
			.isEqualTo(newEngineer + "," + engineer);

		Map<String, Object> notice = this.jdbc.queryForMap(
				"select recipient_groups, subject, body from desk_notification where reference = ?",
				"staff-change:" + training.number());
		assertThat(notice).containsEntry("recipient_groups", "managers");
		assertThat(notice.get("subject").toString()).contains("驻点工程师变更");
		assertThat(notice.get("body").toString()).contains(newEngineer).contains(engineer);
		ProcessInstance acknowledgement = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ReplacementProcess.Notice.KEY)
			.processInstanceBusinessKey(training.number())
			.singleResult();
		assertThat(acknowledgement).isWaitingAt(ReplacementProcess.Notice.ACKNOWLEDGE);
		Task acknowledge = this.scenario.task(acknowledgement, ReplacementProcess.Notice.ACKNOWLEDGE);
		assertThat(acknowledge).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(acknowledge.getName()).isEqualTo(training.number() + " 确认人员变更");
		assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(at("2026-04-03T17:30:00"));
		assertThatThrownBy(() -> this.scenario.submit(acknowledge, TestUsers.SUPPORT, form()))
			.isInstanceOf(AuthorizationException.class);
		this.scenario.submit(acknowledge, TestUsers.MANAGER, form("acknowledgementNote", "已知悉，请新工程师到信息科报到"));

		assertThat(acknowledgement).isEnded();
		assertThat(training.instance()).isEnded().hasPassed(ReplacementProcess.ON_POST);
		StaffChangeNotice recorded = this.notices.findByNumber(training.number()).orElseThrow();
		assertThat(recorded.getKind()).isEqualTo(StaffChangeNotice.Kind.ENGINEER);
		assertThat(recorded.getAcknowledgedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(recorded.getAcknowledgementNote()).isEqualTo("已知悉，请新工程师到信息科报到");
	}

	@Test
	void laterTaskGoesToSuccessor() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		ProcessInstance fault = faultFixedBy(training.engineer());
		this.scenario.clockAt("2026-03-10T16:00:00");
		this.steps.record(training.instance(), "2026-03-10", 7);
		this.scenario.clockAt("2026-04-02T09:00:00");
		this.steps.decide(training.instance(), form("onPostDecision", "approve"));

		this.steps.submit(this.scenario.task(fault, FaultProcess.FIX), training.candidate(),
				form("fixOutcome", "fixed", "fixCause", "应用连接池耗尽", "fixActions", "重启应用服务", "dataAffected", false));
		this.scenario.complete(fault, FaultProcess.CONFIRM, TestUsers.REPORTER,
				form("confirmation", "reopen", "reopenReason", "仍然无法保存"));

		assertThat(fault).isWaitingAt(FaultProcess.FIX);
		assertThat(this.scenario.task(fault, FaultProcess.FIX).getAssignee()).isEqualTo(training.candidate());
	}

	@Test
	void rejectionAfterTrainingReturnsToProposal() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		this.scenario.clockAt("2026-04-02T09:00:00");

		this.steps.decide(training.instance(), form("onPostDecision", "reject", "onPostComment", "考核未通过"));

		assertThat(training.instance()).isWaitingAt(ReplacementProcess.PROPOSE);
		assertThat(this.scenario.task(training.instance(), ReplacementProcess.RECORD_TRAINING)).isNull();
		assertThat(currentCandidate(training).getStatus()).isEqualTo(Candidate.Status.REJECTED);
		assertThat(this.replacements.findByNumber(training.number()).getStatus())
			.isEqualTo(ReplacementStatus.AWAITING_CANDIDATE);
		assertThat(decisionKinds(training)).containsExactly(ReplacementDecision.Kind.CANDIDATE_ACCEPTED,
				ReplacementDecision.Kind.ON_POST_REJECTED);
		assertThat(mail(training.number(), "%培训后不予上岗")).containsEntry("recipient_groups", "vendor-support");
		assertThat(this.steps.isEngineer(training.engineer())).isTrue();
	}

	@Test
	void approvalByNonManagerIsRejected() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		this.scenario.clockAt("2026-03-10T16:00:00");
		this.steps.record(training.instance(), "2026-03-10", 7);
		this.scenario.clockAt("2026-04-02T09:00:00");
		Task approval = this.steps.task(training.instance(), ReplacementProcess.DECIDE_ON_POST);
		this.engine.getTaskService().setAssignee(approval.getId(), TestUsers.SUPPORT.id());

		assertThatThrownBy(() -> this.steps.submit(approval, TestUsers.SUPPORT.id(), form("onPostDecision", "approve")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("managers");

		assertThat(training.instance()).isWaitingAt(ReplacementProcess.DECIDE_ON_POST,
				ReplacementProcess.RECORD_TRAINING);
		assertThat(decisionKinds(training)).containsExactly(ReplacementDecision.Kind.CANDIDATE_ACCEPTED);
		assertThat(this.steps.isEngineer(training.engineer())).isTrue();
		assertThat(this.engine.getIdentityService().createUserQuery().userId(training.candidate()).count()).isZero();
	}

	@Test
	void badTrainingLogEntriesAreRejected() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		this.scenario.clockAt("2026-03-20T18:00:00");

		assertRejected(training, "2026-03-05", 0, "entryHours", "必须大于 0");
		assertRejected(training, "2026-03-05", -2, "entryHours", "必须大于 0");
		assertRejected(training, "2026-03-05", 25, "entryHours", "一天最多 24 小时");
		assertThatThrownBy(() -> this.steps.record(training.instance(), "2026-03-05", "1e-5000000"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("最多一位小数")
			.hasMessageContaining("收到 1e-5000000")
			.satisfies((rejection) -> assertThat(rejection.getMessage()).hasSizeLessThan(200));
		assertRejected(training, "2026-03-01", 4, "entryDate", "不在培训期 2026-03-02 至 2026-04-02 内");
		assertRejected(training, "2026-03-21", 4, "entryDate", "不能晚于今天 2026-03-20");
		this.scenario.clockAt("2026-04-10T18:00:00");
		assertRejected(training, "2026-04-03", 4, "entryDate", "不在培训期");

		assertThat(this.replacements.trainingLogOf(this.replacements.findByNumber(training.number()))).isEmpty();
	}

	@Test
	void trainerAndVendorRecordTrainingButOthersCannot() {
		Training training = training("2026-03-02T09:00:00", "2026-03-02");
		this.scenario.clockAt("2026-03-04T18:00:00");
		Task log = this.steps.task(training.instance(), ReplacementProcess.RECORD_TRAINING);
		assertThat(log).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT).hasCandidateUser(TRAINER);

		assertThatThrownBy(
				() -> this.steps.submit(log, TestUsers.ENGINEER.id(), ReplacementScenario.entry("2026-03-03", 2)))
			.isInstanceOf(AuthorizationException.class);
		this.steps.submit(log, TRAINER, ReplacementScenario.entry("2026-03-03", 2));
		this.steps.record(training.instance(), "2026-03-04", 1.5);

		assertThat(this.replacements.trainingLogOf(this.replacements.findByNumber(training.number())))
			.extracting((entry) -> entry.getTrainingDate().toString(), (entry) -> entry.getHours().toPlainString(),
					TrainingEntry::getRecordedBy)
			.containsExactly(tuple("2026-03-03", "2.0", TRAINER), tuple("2026-03-04", "1.5", TestUsers.SUPPORT.id()));
		assertThat(training.instance()).isWaitingAt(ReplacementProcess.DECIDE_ON_POST,
				ReplacementProcess.RECORD_TRAINING);
	}

	@Test
	void trainingPlanNeedsBothTopics() {
		String engineer = this.steps.newEngineer();
		this.scenario.clockAt("2026-03-02T09:00:00");
		ProcessInstance instance = this.steps.request(TestUsers.MANAGER, engineer);
		this.steps.propose(instance, "李明", login("li-ming"));
		this.steps.accept(instance);
		Map<String, Object> plan = ReplacementScenario.plan("2026-03-02", TRAINER);
		plan.remove("planOperation");

		assertThatThrownBy(
				() -> this.scenario.complete(instance, ReplacementProcess.START_TRAINING, TestUsers.SUPPORT, plan))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("planOperation");
		assertThatThrownBy(() -> this.scenario.complete(instance, ReplacementProcess.START_TRAINING, TestUsers.SUPPORT,
				ReplacementScenario.plan("2026-03-03", TRAINER)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("trainingStart")
			.hasMessageContaining("不能晚于今天 2026-03-02");

		assertThat(instance).isWaitingAt(ReplacementProcess.START_TRAINING);
		assertThat(this.replacements.currentCandidate(this.replacements.findByNumber(instance.getBusinessKey()))
			.getTrainingStart()).isNull();
	}

	@Test
	void candidateLoginOfAnotherPersonIsRejected() {
		String engineer = this.steps.newEngineer();
		this.scenario.clockAt("2026-03-02T09:00:00");
		ProcessInstance instance = this.steps.request(TestUsers.MANAGER, engineer);
		Map<String, Object> otherPersonsLogin = ReplacementScenario.candidate("李明", TestUsers.REPORTER.id());

		assertThatThrownBy(() -> this.scenario.complete(instance, ReplacementProcess.PROPOSE, TestUsers.SUPPORT,
				otherPersonsLogin))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("candidateLogin")
			.hasMessageContaining("已属于另一人");
		assertThatThrownBy(() -> this.scenario.complete(instance, ReplacementProcess.PROPOSE, TestUsers.SUPPORT,
				ReplacementScenario.candidate("李明", engineer)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("candidateLogin")
			.hasMessageContaining("被更换的工程师本人");
		assertThat(this.replacements.candidatesOf(this.replacements.findByNumber(instance.getBusinessKey()))).isEmpty();

		String manager = this.steps.newUser("boss", null, DeskGroups.MANAGERS);
		Map<String, Object> managersLogin = ReplacementScenario.candidate("李明", manager);
		managersLogin.put("candidateEmail", manager + "@example.org");
		assertThatThrownBy(
				() -> this.scenario.complete(instance, ReplacementProcess.PROPOSE, TestUsers.SUPPORT, managersLogin))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("candidateLogin")
			.hasMessageContaining("不能作为驻点工程师候选人");

		String former = this.steps.newUser("former", null);
		Map<String, Object> sameMail = ReplacementScenario.candidate("李明", former);
		sameMail.put("candidateEmail", former + "@example.org");
		this.scenario.complete(instance, ReplacementProcess.PROPOSE, TestUsers.SUPPORT, sameMail);

		assertThat(this.replacements.currentCandidate(this.replacements.findByNumber(instance.getBusinessKey()))
			.isExistingUser()).isTrue();
	}

	@Test
	void replacementOfNonEngineerIsRejected() {
		long before = countRows("desk_replacement");
		long instancesBefore = countReplacementInstances();

		assertThatThrownBy(() -> this.steps.request(TestUsers.MANAGER, TestUsers.REPORTER.id()))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("replacedEngineer")
			.hasMessageContaining("不是驻点运维工程师");
		String engineer = this.steps.newEngineer();
		assertThatThrownBy(() -> this.steps.request(TestUsers.SUPPORT, engineer)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("cause");
		assertThatThrownBy(() -> this.steps.request(TestUsers.ENGINEER, engineer))
			.isInstanceOf(AuthorizationException.class);

		assertThat(countRows("desk_replacement")).isEqualTo(before);
		assertThat(countReplacementInstances()).isEqualTo(instancesBefore);
	}

	@Test
	void vendorRotationCannotTwiceReplaceOneEngineer() {
		String engineer = this.steps.newEngineer();
		this.scenario.clockAt("2026-03-02T09:00:00");
		this.scenario.start(TestUsers.SUPPORT,
				form("replacedEngineer", engineer, "cause", "rotation", "reason", "公司内部轮岗"));

		assertThatThrownBy(() -> this.steps.request(TestUsers.MANAGER, engineer)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("已有进行中的更换");
	}

	@Test
	void systemLeadChangeIsToldToManagers() {
		ProcessScenario notice = new ProcessScenario(this.engine, ReplacementProcess.Notice.KEY);
		notice.clockAt("2026-03-06T15:00:00");
		Map<String, Object> change = form("previousPerson", "赵刚", "newPerson", "孙丽", "newContact",
				"139 0000 1111，sunli@vendor.example.org", "effectiveDate", "2026-03-09", "changeNote", "赵刚调任华东区");

		assertThatThrownBy(() -> notice.start(TestUsers.MANAGER, change)).isInstanceOf(AuthorizationException.class);
		long noticesBefore = countRows("desk_staff_change");
		Map<String, Object> samePerson = new HashMap<>(change);
		samePerson.put("newPerson", "赵刚");
		assertThatThrownBy(() -> notice.start(TestUsers.SUPPORT, samePerson)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("newPerson");
		Map<String, Object> longAgo = new HashMap<>(change);
		longAgo.put("effectiveDate", "2000-01-01");
		assertThatThrownBy(() -> notice.start(TestUsers.SUPPORT, longAgo)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("effectiveDate");
		assertThat(countRows("desk_staff_change")).isEqualTo(noticesBefore);
		ProcessInstance instance = notice.reload(notice.start(TestUsers.SUPPORT, change));

		String number = instance.getBusinessKey();
		assertThat(number).matches("GH-2026-\\d{5}");
		assertThat(instance).isWaitingAt(ReplacementProcess.Notice.ACKNOWLEDGE);
		Task acknowledge = notice.task(instance, ReplacementProcess.Notice.ACKNOWLEDGE);
		assertThat(acknowledge).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(at("2026-03-09T17:30:00"));
		Map<String, Object> mail = this.jdbc.queryForMap(
				"select recipient_groups, subject, body from desk_notification where reference = ?",
				"staff-change:" + number);
		assertThat(mail).containsEntry("recipient_groups", "managers");
		assertThat(mail.get("subject").toString()).contains("系统负责人变更");
		assertThat(mail.get("body").toString()).contains("孙丽").contains("2026-03-09");
		notice.complete(instance, ReplacementProcess.Notice.ACKNOWLEDGE, TestUsers.MANAGER, form());

		assertThat(instance).isEnded().hasPassed(ReplacementProcess.Notice.ACKNOWLEDGED);
		StaffChangeNotice recorded = this.notices.findByNumber(number).orElseThrow();
		assertThat(recorded.getKind()).isEqualTo(StaffChangeNotice.Kind.SYSTEM_LEAD);
		assertThat(recorded.getNewPerson()).isEqualTo("孙丽");
		assertThat(recorded.getReportedBy()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(recorded.getAcknowledgedBy()).isEqualTo(TestUsers.MANAGER.id());
	}

	/**
	 * Requests a replacement of a new engineer, proposes and accepts a candidate and
	 * starts the training on the given date with {@code engineer2} as trainer.
	 */
	private Training training(String requestedAt, String trainingStart) {
		String engineer = this.steps.newEngineer();
		this.scenario.clockAt(requestedAt);
		ProcessInstance instance = this.steps.request(TestUsers.MANAGER, engineer);
		String candidate = login("li-ming");
		this.steps.propose(instance, "李明", candidate);
		this.steps.accept(instance);
		this.scenario.clockAt(trainingStart + "T10:00:00");
		this.steps.startTraining(instance, trainingStart, TRAINER);
		assertThat(instance).isWaitingAt(ReplacementProcess.DECIDE_ON_POST, ReplacementProcess.RECORD_TRAINING);
		return new Training(instance, instance.getBusinessKey(), engineer, candidate);
	}

	/**
	 * Starts a fault that the engineer triages, so that its fix task is assigned to them.
	 */
	private ProcessInstance faultFixedBy(String engineer) {
		ProcessScenario faultScenario = new ProcessScenario(this.engine, FaultProcess.KEY);
		ProcessInstance fault = faultScenario
			.reload(faultScenario.start(TestUsers.REPORTER, form("contactName", "王芳", "contactPhone", "010-6401 2345",
					"module", "样品登记", "description", "样品登记页面提交时提示保存失败", "affectedUsers", 8L, "channel", "tasklist")));
		Task triage = faultScenario.task(fault, FaultProcess.TRIAGE);
		this.steps.as(engineer, () -> {
			this.engine.getTaskService().claim(triage.getId(), engineer);
			return null;
		});
		this.steps.submit(triage, engineer, form("category", "main", "severity", "significant"));
		assertThat(faultScenario.task(fault, FaultProcess.FIX).getAssignee()).isEqualTo(engineer);
		return fault;
	}

	private void assertRejected(Training training, String date, Object hours, String field, String problem) {
		assertThatThrownBy(() -> this.steps.record(training.instance(), date, hours))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining(field)
			.hasMessageContaining(problem);
	}

	private Instant monthOverTimer(Training training) {
		return this.scenario.timer(training.instance(), ReplacementProcess.TRAINING_MONTH_OVER)
			.getDuedate()
			.toInstant();
	}

	private Candidate currentCandidate(Training training) {
		return this.replacements.currentCandidate(this.replacements.findByNumber(training.number()));
	}

	private List<ReplacementDecision.Kind> decisionKinds(Training training) {
		return this.replacements.decisionsOf(this.replacements.findByNumber(training.number()))
			.stream()
			.map(ReplacementDecision::getKind)
			.toList();
	}

	private List<String> candidateUsers(String taskId) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> "candidate".equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.toList();
	}

	private Map<String, Object> mail(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "replacement:" + number, subjectPattern);
	}

	private long countRows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long countReplacementInstances() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ReplacementProcess.KEY)
			.count();
	}

	private static String login(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
	}

	private record Training(ProcessInstance instance, String number, String engineer, String candidate) {
	}

}
