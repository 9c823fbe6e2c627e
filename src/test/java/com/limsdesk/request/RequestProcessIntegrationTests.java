package com.limsdesk.request;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import com.limsdesk.change.Change;
import com.limsdesk.change.ChangeProcess;
import com.limsdesk.change.ChangeService;
import com.limsdesk.change.ChangeStatus;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultEvent;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

/**
 * Every path of the service request process, the change it can call and the requests a
 * fault's fix starts. Timers are fired by moving the engine clock.
 */
@ProcessIntegrationTest
class RequestProcessIntegrationTests {

	private static final String RECORDS = """
			样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21
			报告 | RP-2026-0345 | 签发人 | 李明 | 张伟
			""";

	private static final String VALUES_CHANGED = """
			YP-2026-0012 | 检测结果 | 0.12 | 0.21
			RP-2026-0345 | 签发人 | 李明 | 张伟
			""";

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private RequestService requests;

	@Autowired
	private ChangeService changes;

	@Autowired
	private FaultTicketService tickets;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, RequestProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Map<String, Object> request(String requestType) {
		return form("requestType", requestType, "title", "结果录入页面如何批量导入仪器数据", "description", "每天需要手工录入 200 条色谱结果，希望批量导入",
				"module", "结果录入", "contactName", "王芳", "contactPhone", "010-6401 2345");
	}

	static Map<String, Object> backup() {
		Map<String, Object> form = request("data-maintenance");
		form.put("title", "备份检测结果表");
		form.put("dataOperation", "backup");
		return form;
	}

	static Map<String, Object> restore() {
		Map<String, Object> form = request("data-maintenance");
		form.put("title", "恢复 12 月 6 日的检测结果");
		form.put("dataOperation", "restore");
		form.put("restoreScope", "检测结果表中 2026-12-06 录入的全部记录");
		form.put("restorePoint", "2026-12-06T08:00");
		form.put("reason", "批量导入脚本覆盖了当天的结果");
		return form;
	}

	static Map<String, Object> correction() {
		Map<String, Object> form = request("misoperation-correction");
		form.put("title", "更正录错的检测结果和签发人");
		form.put("records", RECORDS);
		form.put("reason", "录入时看错了行");
		form.put("evidence", "仪器原始数据 HPLC-07 第 12 针；签发审批单 QF-1203");
		return form;
	}

	static Map<String, Object> dataWork(String valuesChanged) {
		return form("workDone", "10:20 用更正脚本 fix_results.sql 更新两个字段", "backupReference",
				"expdp 导出 results_20261207_1015.dmp", "valuesChanged", valuesChanged);
	}

	@Test
	void guidanceAnsweredBeforeDeadlineCompletes() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, request("guidance")));
		String number = instance.getBusinessKey();

		assertThat(number).matches("FW-2026-\\d{5}");
		assertThat(instance).isWaitingAt(RequestProcess.ANSWER);
		Task answer = this.scenario.task(instance, RequestProcess.ANSWER);
		assertThat(answer).hasCandidateGroup("engineers");
		assertThat(answer.getName()).isEqualTo(number + " 答复操作指导");
		assertThat(answer.getDueDate().toInstant()).isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(this.scenario.timer(instance, RequestProcess.ANSWER_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("title",
				"description", "contactPhone");
		assertThat(mails(number, "服务请求已登记")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id()));

		this.scenario.clockAt("2026-12-07T11:00:00");
		this.scenario.complete(instance, RequestProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "在结果录入页面点击“导入”，选择仪器导出的 CSV 文件"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.ANSWERED);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getAnswer()).isEqualTo("在结果录入页面点击“导入”，选择仪器导出的 CSV 文件");
		assertThat(request.getRespondedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(request.getRespondedAt()).isEqualTo(at("2026-12-07T11:00:00"));
		assertThat(request.isResponseBreached()).isFalse();
		assertThat(request.getEndedAt()).isEqualTo(at("2026-12-07T11:00:00"));
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ANSWERED");
		assertThat(mails(number, "服务请求已答复")).singleElement().satisfies((mail) -> {
			assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id());
			assertThat((String) mail.get("body")).contains("选择仪器导出的 CSV 文件");
		});
		assertThat(mails(number, "升级：响应超时")).isEmpty();
	}

	@Test
	void unansweredGuidanceEscalatesAtDeadline() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, request("guidance")));
		String number = instance.getBusinessKey();

		this.scenario.fire(instance, RequestProcess.ANSWER_OVERDUE);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(instance).isWaitingAt(RequestProcess.ANSWER);
		assertThat(this.scenario.task(instance, RequestProcess.ANSWER)).hasCandidateGroup("engineers")
			.hasCandidateGroup("vendor-support");
		assertThat(mails(number, "升级：响应超时")).singleElement().satisfies((mail) -> {
			assertThat(mail.get("recipient_groups")).isEqualTo("vendor-support,managers");
			assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		});
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.isResponseBreached()).isTrue();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ESCALATED");

		this.scenario.clockAt("2026-12-08T09:00:00");
		this.scenario.complete(instance, RequestProcess.ANSWER, TestUsers.SUPPORT, form("answer", "请使用结果录入页面的导入功能"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.ANSWERED);
		request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getRespondedBy()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(request.isResponseBreached()).isTrue();
	}

	@Test
	void unassessedRequestEscalatesAtDeadline() {
		this.scenario.clockAt("2026-12-07T16:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, backup()));
		String number = instance.getBusinessKey();
		assertThat(this.scenario.task(instance, RequestProcess.ASSESS).getDueDate().toInstant())
			.isEqualTo(at("2026-12-07T17:30:00"));

		this.scenario.fire(instance, RequestProcess.ASSESSMENT_OVERDUE);

		assertThat(instance).isWaitingAt(RequestProcess.ASSESS);
		assertThat(this.scenario.task(instance, RequestProcess.ASSESS)).hasCandidateGroup("engineers")
			.hasCandidateGroup("vendor-support");
		assertThat(mails(number, "升级：响应超时")).singleElement().satisfies((mail) -> {
			assertThat(mail.get("recipient_groups")).isEqualTo("vendor-support,managers");
			assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.OTHER_ENGINEER.id());
		});
		assertThat(this.requests.findByNumber(number).isResponseBreached()).isTrue();

		this.scenario.clockAt("2026-12-08T09:00:00");
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.SUPPORT,
				form("acceptance", "accept", "assessment", "今晚导出检测结果表"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		assertThat(this.scenario.task(instance, RequestProcess.PERFORM).getAssignee())
			.isEqualTo(TestUsers.SUPPORT.id());
	}

	@Test
	void requestAfterFridayClosingIsDueMonday() {
		this.scenario.clockAt("2026-12-04T18:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, request("guidance")));

		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(request.getResponseDue()).isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(this.scenario.task(instance, RequestProcess.ANSWER).getDueDate().toInstant())
			.isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(this.scenario.timer(instance, RequestProcess.ANSWER_OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-07T17:30:00"));
	}

	@Test
	void responseDeadlineFollowsWorkingCalendar() {
		// 2026-02-14 and 2026-02-28 are Saturdays worked in exchange for the
		// Spring Festival holiday of 2026-02-15 to 2026-02-23.
		Map<String, String> dueByFiling = Map.of("2026-02-14T10:00:00", "2026-02-14T17:30:00", "2026-02-28T09:00:00",
				"2026-02-28T17:30:00", "2026-02-13T18:00:00", "2026-02-14T17:30:00", "2026-02-14T17:30:00",
				"2026-02-24T17:30:00", "2026-02-21T10:00:00", "2026-02-24T17:30:00", "2026-12-07T07:00:00",
				"2026-12-07T17:30:00", "2026-12-05T10:00:00", "2026-12-07T17:30:00");
		for (Map.Entry<String, String> filing : dueByFiling.entrySet()) {
			this.scenario.clockAt(filing.getKey());
			ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, backup()));

			ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
			assertThat(request.getResponseDue()).as("filed at %s", filing.getKey()).isEqualTo(at(filing.getValue()));
			assertThat(this.scenario.task(instance, RequestProcess.ASSESS).getDueDate().toInstant())
				.as("task due, filed at %s", filing.getKey())
				.isEqualTo(at(filing.getValue()));
			assertThat(this.scenario.timer(instance, RequestProcess.ASSESSMENT_OVERDUE).getDuedate().toInstant())
				.as("timer due, filed at %s", filing.getKey())
				.isEqualTo(at(filing.getValue()));
		}
	}

	@Test
	void backupSkipsApprovalButNeedsReference() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, backup()));
		String number = instance.getBusinessKey();

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "今晚 18:00 导出检测结果表"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM).hasNotPassed(RequestProcess.APPROVE);
		assertThat(this.scenario.task(instance, RequestProcess.PERFORM).getAssignee())
			.isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.engine.getTaskService()
			.getVariableLocal(this.scenario.task(instance, RequestProcess.PERFORM).getId(), "dataOperation"))
			.isEqualTo("backup");
		assertThat(mails(number, "待审批")).isEmpty();

		assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance, RequestProcess.PERFORM,
				TestUsers.ENGINEER, form("workDone", "18:00 导出检测结果表")))
			.field()).isEqualTo("backupReference");

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		assertThat(this.requests.findByNumber(number).getStatus()).isEqualTo(RequestStatus.ACCEPTED);

		this.scenario.clockAt("2026-12-07T18:20:00");
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER,
				form("workDone", "18:00 导出检测结果表", "backupReference", "/backup/lims/results_20261207.dmp"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.COMPLETED).hasNotPassed(RequestProcess.VERIFY);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getBackupReference()).isEqualTo("/backup/lims/results_20261207.dmp");
		assertThat(request.getPerformedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(request.getPerformedAt()).isEqualTo(at("2026-12-07T18:20:00"));
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "PERFORMED");
		assertThat(mails(number, "服务请求已完成")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id()));
	}

	@Test
	void maintenanceNeedsNoBackupReference() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> form = request("data-maintenance");
		form.put("dataOperation", "maintenance");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, form));

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "重建结果表索引"));
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, form("workDone", "重建了三个索引"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.COMPLETED);
		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getBackupReference()).isNull();
	}

	@Test
	void rejectedRestoreEndsUnchanged() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, restore()));
		String number = instance.getBusinessKey();

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "从昨晚的 RMAN 备份恢复结果表"));

		assertThat(instance).isWaitingAt(RequestProcess.APPROVE);
		assertThat(this.scenario.task(instance, RequestProcess.APPROVE)).hasCandidateGroup("managers");
		assertThat(mails(number, "待审批")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_groups")).isEqualTo("managers"));

		assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance, RequestProcess.APPROVE,
				TestUsers.MANAGER, form("decision", "reject")))
			.field()).isEqualTo("decisionComment");

		assertThat(instance).isWaitingAt(RequestProcess.APPROVE);

		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER,
				form("decision", "reject", "decisionComment", "先核对哪些记录被覆盖，只更正这些记录"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.REJECTED).hasNotPassed(RequestProcess.PERFORM);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REJECTED);
		assertThat(request.getApprovedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(request.getApprovalComment()).isEqualTo("先核对哪些记录被覆盖，只更正这些记录");
		assertThat(request.getWorkDone()).isNull();
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "REJECTED");
		assertThat(mails(number, "服务请求未获批准")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id()));
	}

	@Test
	void approvedRestoreRecordsBackupUsed() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, restore()));
		String number = instance.getBusinessKey();

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "从昨晚的 RMAN 备份恢复结果表"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		assertThat(this.scenario.task(instance, RequestProcess.PERFORM).getAssignee())
			.isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.requests.findByNumber(number).getStatus()).isEqualTo(RequestStatus.APPROVED);

		assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance, RequestProcess.PERFORM,
				TestUsers.ENGINEER, form("workDone", "恢复了结果表")))
			.field()).isEqualTo("backupReference");

		this.scenario.clockAt("2026-12-07T19:00:00");
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER,
				form("workDone", "18:30 停止录入后恢复结果表到 08:00", "backupReference", "RMAN 备份集 LIMS_20261206_0200"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.COMPLETED).hasNotPassed(RequestProcess.VERIFY);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getBackupReference()).isEqualTo("RMAN 备份集 LIMS_20261206_0200");
		assertThat(request.getRestorePoint()).isEqualTo(at("2026-12-06T08:00:00"));
		assertThat(request.getRestoreScope()).isEqualTo("检测结果表中 2026-12-06 录入的全部记录");
		assertThat(request.getApprovedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "APPROVED", "PERFORMED");
		assertThat(this.requests.journalOf(request)).last()
			.satisfies((event) -> assertThat(event.getDetail()).endsWith("备份：RMAN 备份集 LIMS_20261206_0200"));
	}

	@Test
	void correctionIsVerifiedByRequester() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));
		String number = instance.getBusinessKey();
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(this.requests.recordsOf(request))
			.extracting(RequestRecord::getLineNumber, RequestRecord::getRecordKind, RequestRecord::getRecordNumber,
					RequestRecord::getFieldName, RequestRecord::getCurrentValue, RequestRecord::getCorrectValue)
			.containsExactly(tuple(1, "样品", "YP-2026-0012", "检测结果", "0.12", "0.21"),
					tuple(2, "报告", "RP-2026-0345", "签发人", "李明", "张伟"));

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));
		assertThat(this.scenario.task(instance, RequestProcess.APPROVE).getDueDate().toInstant())
			.isEqualTo(at("2026-12-08T17:30:00"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER,
				form("decision", "approve", "decisionComment", "依据齐全"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, dataWork(VALUES_CHANGED));

		assertThat(instance).isWaitingAt(RequestProcess.VERIFY);
		assertThat(this.scenario.task(instance, RequestProcess.VERIFY).getAssignee())
			.isEqualTo(TestUsers.REPORTER.id());
		request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.PERFORMED);
		assertThat(request.getBackupReference()).isEqualTo("expdp 导出 results_20261207_1015.dmp");
		assertThat(this.requests.recordsOf(request))
			.extracting(RequestRecord::getValueBefore, RequestRecord::getValueAfter)
			.containsExactly(tuple("0.12", "0.21"), tuple("李明", "张伟"));
		assertThat(mails(number, "请验证处理结果")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id()));

		assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance, RequestProcess.VERIFY,
				TestUsers.REPORTER, form("verification", "failed")))
			.field()).isEqualTo("verificationNote");

		this.scenario.complete(instance, RequestProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "failed", "verificationNote", "报告 RP-2026-0345 重新打印后签发人仍是李明"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		assertThat(this.scenario.task(instance, RequestProcess.PERFORM).getAssignee())
			.isEqualTo(TestUsers.ENGINEER.id());
		request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(request.getVerificationNote()).isEqualTo("报告 RP-2026-0345 重新打印后签发人仍是李明");

		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, dataWork(VALUES_CHANGED));
		this.scenario.complete(instance, RequestProcess.VERIFY, TestUsers.REPORTER, form("verification", "passed"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.COMPLETED);
		request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(request.getVerifiedBy()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "APPROVED", "PERFORMED", "VERIFICATION_FAILED", "PERFORMED",
					"VERIFIED");
	}

	@Test
	void correctionValuesMustMatchApprovedRecords() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));
		Map<String, String> badValues = Map.of("a named record is missing", "YP-2026-0012 | 检测结果 | 0.12 | 0.21",
				"an extra record appears", VALUES_CHANGED + "YP-2026-0013 | 检测结果 | 0.30 | 0.33",
				"the value after differs from the approved one",
				"YP-2026-0012 | 检测结果 | 0.12 | 0.21\nRP-2026-0345 | 签发人 | 李明 | 张 伟", "a line has three cells",
				"YP-2026-0012 | 检测结果 | 0.21\nRP-2026-0345 | 签发人 | 李明 | 张伟", "a record appears twice",
				VALUES_CHANGED + "YP-2026-0012 | 检测结果 | 0.12 | 0.21");

		for (Map.Entry<String, String> bad : badValues.entrySet()) {
			assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance,
					RequestProcess.PERFORM, TestUsers.ENGINEER, dataWork(bad.getValue())))
				.field()).as(bad.getKey()).isEqualTo("valuesChanged");
		}
		assertThat(rejection(FormInputException.class,
				() -> this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER,
						form("workDone", "更新两个字段", "valuesChanged", VALUES_CHANGED)))
			.field()).as("no backup before the change").isEqualTo("backupReference");

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(request.getWorkDone()).isNull();
		assertThat(this.requests.recordsOf(request)).extracting(RequestRecord::getValueBefore).containsOnlyNulls();
		assertThat(this.requests.recordsOf(request)).extracting(RequestRecord::getValueAfter).containsOnlyNulls();
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind).doesNotContain("PERFORMED");
	}

	@Test
	void onlyRequesterVerifiesCorrection() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, dataWork(VALUES_CHANGED));
		Task verify = this.scenario.task(instance, RequestProcess.VERIFY);

		assertThat(rejection(AuthorizationException.class,
				() -> this.scenario.submit(verify, TestUsers.OTHER_REPORTER, form("verification", "passed"))))
			.hasMessageContaining(TestUsers.OTHER_REPORTER.id());
		// The administrator may work on every task, so this reaches the check of the
		// verification step itself.
		assertThat(rejection(AuthorizationException.class,
				() -> this.scenario.submit(verify, TestUsers.ADMIN, form("verification", "passed"))))
			.hasMessageContaining("only its requester " + TestUsers.REPORTER.id());

		assertThat(instance).isWaitingAt(RequestProcess.VERIFY);
		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(request.getStatus()).isEqualTo(RequestStatus.PERFORMED);
		assertThat(request.getVerifiedBy()).isNull();
	}

	@Test
	void engineerCannotApproveDataWork() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));
		Task approval = this.scenario.task(instance, RequestProcess.APPROVE);

		assertThat(rejection(AuthorizationException.class, () -> this.scenario.complete(instance,
				RequestProcess.APPROVE, TestUsers.ENGINEER, form("decision", "approve"))))
			.hasMessageContaining(TestUsers.ENGINEER.id());

		// A task handed to an engineer still needs a manager to complete it.
		this.scenario.as(TestUsers.ADMIN, () -> {
			this.engine.getTaskService().setAssignee(approval.getId(), TestUsers.ENGINEER.id());
			return null;
		});
		assertThat(rejection(AuthorizationException.class,
				() -> this.scenario.submit(approval, TestUsers.ENGINEER, form("decision", "approve"))))
			.hasMessageContaining("it is for the groups managers");

		assertThat(instance).isWaitingAt(RequestProcess.APPROVE);
		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(request.getApprovedBy()).isNull();
	}

	@Test
	void declinedRequestEnds() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, backup()));
		String number = instance.getBusinessKey();

		assertThat(rejection(FormInputException.class, () -> this.scenario.complete(instance, RequestProcess.ASSESS,
				TestUsers.ENGINEER, form("acceptance", "decline")))
			.field()).isEqualTo("assessment");

		this.scenario.clockAt("2026-12-07T11:00:00");
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "decline", "assessment", "检测结果表每晚已自动备份，无需另做"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.DECLINED);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.DECLINED);
		assertThat(request.getAssessment()).isEqualTo("检测结果表每晚已自动备份，无需另做");
		assertThat(request.getRespondedAt()).isEqualTo(at("2026-12-07T11:00:00"));
		assertThat(request.getEndedAt()).isEqualTo(at("2026-12-07T11:00:00"));
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "DECLINED");
		assertThat(mails(number, "服务请求未受理")).singleElement().satisfies((mail) -> {
			assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id());
			assertThat((String) mail.get("body")).contains("检测结果表每晚已自动备份");
		});
	}

	@Test
	void templateRequestIsCarriedOutByChange() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, template()));
		String number = instance.getBusinessKey();

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "修改报告模板页脚"));

		assertThat(instance).isWaitingAt(RequestProcess.CHANGE);
		assertThat(this.requests.findByNumber(number).getStatus()).isEqualTo(RequestStatus.IN_CHANGE);
		ProcessInstance change = calledChange(instance);
		assertThat(change).isWaitingAt(ChangeProcess.DRAFT);
		assertThat(this.scenario.task(change, ChangeProcess.DRAFT).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		Map<String, Object> draft = this.engine.getRuntimeService().getVariables(change.getId());
		assertThat(draft).containsEntry("title", "检测报告模板增加签发日期")
			.containsEntry("linkedRequests", number)
			.containsEntry("changeType", "template")
			.containsEntry("modules", "报告管理")
			.containsEntry("requesterUser", TestUsers.REPORTER.id());
		assertThat((String) draft.get("description")).contains("在检测报告模板页脚增加签发日期").contains("修改报告模板页脚");

		this.scenario.complete(change, ChangeProcess.DRAFT, TestUsers.ENGINEER, changeDraftCompletion());

		change = this.scenario.reload(change);
		String changeNumber = change.getBusinessKey();
		assertThat(changeNumber).matches("BG-2026-\\d{5}");
		assertThat(this.changes.linksOf(this.changes.findByNumber(changeNumber))).containsExactly(number);
		assertThat(this.requests.findByNumber(number).getChangeNumber()).isEqualTo(changeNumber);
		assertThat(this.requests.journalOf(this.requests.findByNumber(number))).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("LINKED");
			assertThat(event.getDetail()).startsWith(changeNumber + "：");
		});

		driveChangeToVerification(change);
		this.scenario.complete(change, ChangeProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "passed", "verificationNote", "三类报告页脚均显示签发日期"));
		this.scenario.complete(change, ChangeProcess.RELEASE, TestUsers.ENGINEER,
				form("releaseOutcome", "released", "releaseNote", "19:10 发布到生产环境"));
		this.scenario.complete(change, ChangeProcess.REVIEW, TestUsers.MANAGER, form("reviewNote", "按计划完成"));

		assertThat(change).isEnded().hasPassed(ChangeProcess.CLOSED);
		assertThat(instance).isWaitingAt(RequestProcess.VERIFY);
		assertThat(this.scenario.task(instance, RequestProcess.VERIFY).getAssignee())
			.isEqualTo(TestUsers.REPORTER.id());
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.PERFORMED);
		assertThat(request.getChangeNumber()).isEqualTo(changeNumber);
		assertThat(mails(number, "请验证处理结果")).singleElement()
			.satisfies((mail) -> assertThat((String) mail.get("body")).contains(changeNumber));

		this.scenario.complete(instance, RequestProcess.VERIFY, TestUsers.REPORTER, form("verification", "passed"));

		assertThat(instance).isEnded().hasPassed(RequestProcess.COMPLETED);
		request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(this.changes.findByNumber(changeNumber).getStatus()).isEqualTo(ChangeStatus.CLOSED);
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "LINKED", "CHANGE_RELEASED", "VERIFIED");
	}

	@Test
	void rolledBackChangeEndsRequest() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, template()));
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "修改报告模板页脚"));
		ProcessInstance change = calledChange(instance);
		this.scenario.complete(change, ChangeProcess.DRAFT, TestUsers.ENGINEER, changeDraftCompletion());
		String changeNumber = this.scenario.reload(change).getBusinessKey();
		driveChangeToVerification(change);

		this.scenario.complete(change, ChangeProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "failed", "verificationNote", "页脚与页码重叠"));
		this.scenario.complete(change, ChangeProcess.ROLL_BACK, TestUsers.ENGINEER,
				form("rollbackNote", "恢复模板上一版本并重新发布"));

		assertThat(change).isEnded().hasPassed(ChangeProcess.ROLLED_BACK);
		assertThat(instance).isEnded().hasPassed(RequestProcess.NOT_IMPLEMENTED).hasNotPassed(RequestProcess.VERIFY);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.NOT_IMPLEMENTED);
		assertThat(request.getChangeNumber()).isEqualTo(changeNumber);
		assertThat(request.getEndedAt()).isNotNull();
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "LINKED", "CHANGE_NOT_RELEASED");
		assertThat(mails(number, "变更未实施")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo(TestUsers.REPORTER.id()));
	}

	@Test
	void withdrawnChangeEndsRequest() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, template()));
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "修改报告模板页脚"));
		ProcessInstance change = calledChange(instance);
		this.scenario.complete(change, ChangeProcess.DRAFT, TestUsers.ENGINEER, changeDraftCompletion());
		this.scenario.complete(change, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "只改模板，不涉及代码", "risk", "low"));

		this.scenario.complete(change, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "reject", "managerComment", "签发日期应由报告系统统一生成"));
		this.scenario.complete(change, ChangeProcess.REVISE, TestUsers.ENGINEER,
				form("resubmit", "withdraw", "revisionNote", "改由报告系统统一生成签发日期"));

		assertThat(change).isEnded().hasPassed(ChangeProcess.WITHDRAWN);
		assertThat(instance).isEnded().hasPassed(RequestProcess.NOT_IMPLEMENTED);
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.NOT_IMPLEMENTED);
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind)
			.containsExactly("REGISTERED", "ACCEPTED", "LINKED", "CHANGE_NOT_RELEASED");
		assertThat(mails(number, "变更未实施")).hasSize(1);
	}

	@Test
	void failedChangeVerificationReturnsToAssessment() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, template()));
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "修改报告模板页脚"));
		ProcessInstance change = calledChange(instance);
		this.scenario.complete(change, ChangeProcess.DRAFT, TestUsers.ENGINEER, changeDraftCompletion());
		driveChangeToVerification(change);
		this.scenario.complete(change, ChangeProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "passed", "verificationNote", "测试环境正常"));
		this.scenario.complete(change, ChangeProcess.RELEASE, TestUsers.ENGINEER,
				form("releaseOutcome", "released", "releaseNote", "19:10 发布到生产环境"));
		this.scenario.complete(change, ChangeProcess.REVIEW, TestUsers.MANAGER, form("reviewNote", "按计划完成"));

		this.scenario.clockAt("2026-12-09T10:00:00");
		this.scenario.complete(instance, RequestProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "failed", "verificationNote", "生产环境的报告仍没有签发日期"));

		assertThat(instance).isWaitingAt(RequestProcess.ASSESS);
		assertThat(this.requests.findByNumber(number).getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(this.scenario.task(instance, RequestProcess.ASSESS).getDueDate().toInstant())
			.isEqualTo(at("2026-12-09T17:30:00"));

		// The request was accepted in time, so its response deadline passing during the
		// second assessment is no breach.
		this.scenario.fire(instance, RequestProcess.ASSESSMENT_OVERDUE);

		assertThat(instance).isWaitingAt(RequestProcess.ASSESS);
		assertThat(mails(number, "升级：响应超时")).isEmpty();
		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.isResponseBreached()).isFalse();
		assertThat(this.requests.journalOf(request)).extracting(RequestEvent::getKind).doesNotContain("ESCALATED");

		this.scenario.clockAt("2026-12-09T10:30:00");
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "生产环境缓存了旧模板，清理缓存后重新发布"));

		assertThat(instance).isWaitingAt(RequestProcess.CHANGE);
		ProcessInstance secondChange = calledChange(instance);
		assertThat(secondChange.getId()).isNotEqualTo(change.getId());
		assertThat(secondChange).isWaitingAt(ChangeProcess.DRAFT);
		assertThat(this.requests.findByNumber(number).getStatus()).isEqualTo(RequestStatus.IN_CHANGE);
	}

	@Test
	void longestGuidanceIsAnsweredByMail() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> form = request("guidance");
		form.put("title", "题".repeat(200));
		form.put("description", "述".repeat(4000));
		form.put("contactName", "名".repeat(100));
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, form));
		String number = instance.getBusinessKey();

		this.scenario.complete(instance, RequestProcess.ANSWER, TestUsers.ENGINEER, form("answer", "答".repeat(4000)));

		assertThat(instance).isEnded().hasPassed(RequestProcess.ANSWERED);
		assertThat(this.requests.findByNumber(number).getAnswer()).hasSize(4000);
		assertThat(mails(number, "服务请求已答复")).singleElement().satisfies((mail) -> {
			assertThat((String) mail.get("body")).hasSizeLessThanOrEqualTo(RequestMail.MAX_BODY_LENGTH);
			assertThat((String) mail.get("body")).contains("答".repeat(4000));
		});
	}

	@Test
	void recordListsFitEngineStrings() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		StringBuilder records = new StringBuilder();
		StringBuilder changes = new StringBuilder();
		for (int i = 1;; i++) {
			String line = String.format("样品 | YP-2026-%04d | 检测结果 | 0.12 | 0.21%n", i);
			if (records.length() + line.length() > RequestForms.MAX_RECORDS_LENGTH) {
				break;
			}
			records.append(line);
			changes.append(String.format("YP-2026-%04d | 检测结果 | 0.12 | 0.21%n", i));
		}
		assertThat(records.length()).isGreaterThan(RequestForms.MAX_RECORDS_LENGTH - 40);

		ProcessInstance instance = this.scenario
			.reload(this.scenario.start(TestUsers.REPORTER, correctionWith("records", records.toString())));
		int lines = this.requests.recordsOf(this.requests.findByNumber(instance.getBusinessKey())).size();
		assertThat(lines).isEqualTo((int) records.toString().lines().count());

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "批量更正"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, dataWork(changes.toString()));

		assertThat(instance).isWaitingAt(RequestProcess.VERIFY);

		String tooLong = records + "样品 | YP-2026-9999 | 检测结果 | 0.12 | 0.21";
		assertThat(rejection(FormInputException.class,
				() -> this.scenario.start(TestUsers.REPORTER, correctionWith("records", tooLong)))
			.field()).isEqualTo("records");
	}

	@Test
	void longestRequestFitsChangeDraft() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> form = template();
		form.put("description", "述".repeat(4000));
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, form));

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "评".repeat(4000)));

		assertThat(instance).isWaitingAt(RequestProcess.CHANGE);
		ProcessInstance change = calledChange(instance);
		String description = (String) this.engine.getRuntimeService().getVariable(change.getId(), "description");
		assertThat(description).hasSize(4000).startsWith("述".repeat(4000 - 1)).endsWith("…");

		this.scenario.complete(change, ChangeProcess.DRAFT, TestUsers.ENGINEER, changeDraftCompletion());

		assertThat(this.scenario.reload(change)).isWaitingAt(ChangeProcess.ASSESS);
	}

	@Test
	void longestFaultFitsChangeDraft() {
		ProcessScenario faults = new ProcessScenario(this.engine, FaultProcess.KEY);
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> report = faultReport();
		report.put("description", "障".repeat(4000));
		ProcessInstance fault = faults.reload(faults.start(TestUsers.REPORTER, report));
		faults.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", "ordinary"));

		faults.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER, faultFix("change"));

		assertThat(fault).isWaitingAt(FaultProcess.CONFIRM);
		ProcessInstance draft = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ChangeProcess.KEY)
			.variableValueEquals("linkedTickets", fault.getBusinessKey())
			.singleResult();
		String reason = (String) this.engine.getRuntimeService().getVariable(draft.getId(), "reason");
		assertThat(reason).hasSize(4000).startsWith("故障 " + fault.getBusinessKey() + "：障").endsWith("…");
	}

	@Test
	void invalidStartLeavesNothingBehind() {
		record BadStart(String problem, String field, Map<String, Object> form) {
		}
		this.scenario.clockAt("2026-12-07T10:00:00");
		List<BadStart> badStarts = List.of(
				new BadStart("correction without records", "records", correctionWithout("records")),
				new BadStart("record line of four cells", "records",
						correctionWith("records", "样品 | YP-2026-0012 | 检测结果 | 0.12")),
				new BadStart("unknown record kind", "records",
						correctionWith("records", "仪器 | HPLC-07 | 检测结果 | 0.12 | 0.21")),
				new BadStart("unknown fault number", "faultNumber", correctionWith("faultNumber", "GZ-2026-99999")),
				new BadStart("restore without restore point", "restorePoint", restoreWithout("restorePoint")),
				new BadStart("restore point in the future", "restorePoint",
						restoreWith("restorePoint", "2026-12-08T08:00")),
				new BadStart("restore without reason", "reason", restoreWithout("reason")),
				new BadStart("reporter names another requester", "reporterUser",
						correctionWith("reporterUser", TestUsers.OTHER_REPORTER.id())));
		long instancesBefore = this.engine.getRuntimeService().createProcessInstanceQuery().count();
		long requestsBefore = count("desk_service_request");
		long recordsBefore = count("desk_request_record");
		long mailsBefore = count("desk_notification");
		long jobsBefore = this.engine.getManagementService().createJobQuery().count();

		for (BadStart bad : badStarts) {
			assertThat(rejection(FormInputException.class, () -> this.scenario.start(TestUsers.REPORTER, bad.form()))
				.field()).as(bad.problem()).isEqualTo(bad.field());
		}

		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
		assertThat(count("desk_service_request")).isEqualTo(requestsBefore);
		assertThat(count("desk_request_record")).isEqualTo(recordsBefore);
		assertThat(count("desk_notification")).isEqualTo(mailsBefore);
		assertThat(this.engine.getManagementService().createJobQuery().count()).isEqualTo(jobsBefore);
	}

	@Test
	void engineerFilesRequestForCaller() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		Map<String, Object> form = correction();
		form.put("reporterUser", TestUsers.OTHER_REPORTER.id());

		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, form));

		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(request.getRequesterUser()).isEqualTo(TestUsers.OTHER_REPORTER.id());
		assertThat(request.getFiledBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(mails(request.getNumber(), "服务请求已登记")).singleElement()
			.satisfies((mail) -> assertThat(mail.get("recipient_users")).isEqualTo("reporter2,engineer"));

		Map<String, Object> unknown = correction();
		unknown.put("reporterUser", "nobody");
		assertThat(rejection(FormInputException.class, () -> this.scenario.start(TestUsers.ENGINEER, unknown)).field())
			.isEqualTo("reporterUser");
	}

	@Test
	void faultFixStartsLinkedCorrectionDraft() {
		ProcessScenario faults = new ProcessScenario(this.engine, FaultProcess.KEY);
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance fault = faults.reload(faults.start(TestUsers.REPORTER, faultReport()));
		String ticketNumber = fault.getBusinessKey();
		faults.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", "ordinary"));

		this.scenario.clockAt("2026-12-07T10:30:00");
		faults.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER, faultFix("correction"));

		assertThat(fault).isWaitingAt(FaultProcess.CONFIRM);
		ProcessInstance draft = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(RequestProcess.KEY)
			.variableValueEquals("faultNumber", ticketNumber)
			.singleResult();
		assertThat(draft).isWaitingAt(RequestProcess.DRAFT);
		assertThat(this.scenario.task(draft, RequestProcess.DRAFT).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.engine.getRuntimeService().getVariables(draft.getId()))
			.containsEntry("requestType", "defect-recovery")
			.containsEntry("module", "样品登记")
			.containsEntry("contactPhone", "010-6401 2345")
			.containsEntry("reporterUser", TestUsers.REPORTER.id());
		assertThat(this.tickets.journalOf(this.tickets.findByNumber(ticketNumber))).extracting(FaultEvent::getKind)
			.contains("FOLLOW_UP")
			.doesNotContain("LINKED");

		ProcessInstance unregistered = draft;
		assertThat(
				rejection(FormInputException.class,
						() -> this.scenario.complete(unregistered, RequestProcess.DRAFT, TestUsers.ENGINEER,
								form("reason", "保存失败时登记日期被写成默认值", "evidence", "样品登记单原件")))
					.field())
			.isEqualTo("records");

		assertThat(draft).isWaitingAt(RequestProcess.DRAFT);
		assertThat(this.engine.getRuntimeService().getVariables(draft.getId())).containsEntry("faultNumber",
				ticketNumber);

		this.scenario.clockAt("2026-12-07T11:00:00");
		this.scenario.complete(draft, RequestProcess.DRAFT, TestUsers.ENGINEER,
				form("records", "样品 | YP-2026-0031 | 登记日期 | 1970-01-01 | 2026-12-07", "reason", "保存失败时登记日期被写成默认值",
						"evidence", "样品登记单原件"));

		draft = this.scenario.reload(draft);
		assertThat(draft).isWaitingAt(RequestProcess.ASSESS);
		ServiceRequest request = this.requests.findByNumber(draft.getBusinessKey());
		assertThat(request.getRequestType()).isEqualTo(RequestType.DEFECT_RECOVERY);
		assertThat(request.getFaultNumber()).isEqualTo(ticketNumber);
		assertThat(request.getRequesterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(request.getFiledBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.requests.recordsOf(request)).singleElement()
			.satisfies((record) -> assertThat(record.getCorrectValue()).isEqualTo("2026-12-07"));
		assertThat(this.engine.getRuntimeService().getVariables(draft.getId())).doesNotContainKeys("needsDraft",
				"raisedBy", "faultNumber", "records");
		assertThat(request.getResponseDue()).isEqualTo(at("2026-12-07T17:30:00"));
		FaultTicket ticket = this.tickets.findByNumber(ticketNumber);
		assertThat(this.tickets.journalOf(ticket)).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("LINKED");
			assertThat(event.getDetail()).startsWith(request.getNumber() + "：");
		});

		this.scenario.complete(draft, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "按样品登记单更正登记日期"));
		this.scenario.complete(draft, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));
		this.scenario.complete(draft, RequestProcess.PERFORM, TestUsers.ENGINEER,
				dataWork("YP-2026-0031 | 登记日期 | 1970-01-01 | 2026-12-07"));

		assertThat(this.scenario.task(draft, RequestProcess.VERIFY).getAssignee()).isEqualTo(TestUsers.REPORTER.id());
		this.scenario.complete(draft, RequestProcess.VERIFY, TestUsers.REPORTER, form("verification", "passed"));

		assertThat(draft).isEnded().hasPassed(RequestProcess.COMPLETED);
		assertThat(this.requests.findByNumber(request.getNumber()).getStatus()).isEqualTo(RequestStatus.COMPLETED);
	}

	@Test
	void faultFixStartsLinkedChangeDraft() {
		ProcessScenario faults = new ProcessScenario(this.engine, FaultProcess.KEY);
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance fault = faults.reload(faults.start(TestUsers.REPORTER, faultReport()));
		String ticketNumber = fault.getBusinessKey();
		faults.complete(fault, FaultProcess.TRIAGE, TestUsers.ENGINEER,
				form("category", "main", "severity", "ordinary"));

		faults.complete(fault, FaultProcess.FIX, TestUsers.ENGINEER, faultFix("change"));

		assertThat(fault).isWaitingAt(FaultProcess.CONFIRM);
		ProcessInstance draft = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ChangeProcess.KEY)
			.variableValueEquals("linkedTickets", ticketNumber)
			.singleResult();
		assertThat(draft).isWaitingAt(ChangeProcess.DRAFT);
		assertThat(this.scenario.task(draft, ChangeProcess.DRAFT).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(this.engine.getRuntimeService().getVariables(draft.getId()))
			.containsEntry("changeType", "defect-fix")
			.containsEntry("modules", "样品登记")
			.containsEntry("requesterUser", TestUsers.REPORTER.id());

		Map<String, Object> completion = changeDraftCompletion();
		completion.put("description", "样品登记保存前校验登记日期");
		this.scenario.complete(draft, ChangeProcess.DRAFT, TestUsers.ENGINEER, completion);

		draft = this.scenario.reload(draft);
		assertThat(draft).isWaitingAt(ChangeProcess.ASSESS);
		Change change = this.changes.findByNumber(draft.getBusinessKey());
		assertThat(this.changes.linksOf(change)).containsExactly(ticketNumber);
		assertThat(change.getRequesterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(this.tickets.journalOf(this.tickets.findByNumber(ticketNumber))).last().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo("LINKED");
			assertThat(event.getDetail()).startsWith(change.getNumber() + "：");
		});
	}

	/** Takes a drafted change through assessment, approval and implementation. */
	@Test
	void routingVariablesSentWithFormsChangeNothing() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));

		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER, form("acceptance", "accept",
				"assessment", "用更正脚本更新两个字段", "needsApproval", false, "route", "data", "needsVerification", false));

		assertThat(instance).isWaitingAt(RequestProcess.APPROVE);
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));
		Map<String, Object> work = dataWork(VALUES_CHANGED);
		work.put("needsVerification", false);
		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER, work);

		assertThat(instance).isWaitingAt(RequestProcess.VERIFY);
		Task verify = this.scenario.task(instance, RequestProcess.VERIFY);
		this.scenario.as(TestUsers.REPORTER, () -> {
			this.engine.getTaskService().setVariable(verify.getId(), "route", "change");
			return null;
		});
		this.scenario.complete(instance, RequestProcess.VERIFY, TestUsers.REPORTER,
				form("verification", "failed", "verificationNote", "签发人仍是李明"));

		assertThat(instance).isWaitingAt(RequestProcess.PERFORM);
		assertThat(this.requests.findByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(RequestStatus.APPROVED);
	}

	@Test
	void changedValueBeforeCorrectionIsJournaled() {
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, correction()));
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));
		this.scenario.complete(instance, RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve"));

		this.scenario.complete(instance, RequestProcess.PERFORM, TestUsers.ENGINEER,
				dataWork("YP-2026-0012 | 检测结果 | 0.13 | 0.21\nRP-2026-0345 | 签发人 | 李明 | 张伟"));

		ServiceRequest request = this.requests.findByNumber(instance.getBusinessKey());
		assertThat(this.requests.journalOf(request)).filteredOn((entry) -> entry.getKind().equals("PERFORMED"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getDetail()).endsWith("更改前的值与申请时不同：YP-2026-0012 | 检测结果"));
		assertThat(this.requests.recordsOf(request).get(0).getValueBefore()).isEqualTo("0.13");
	}

	@Test
	void changeDraftKeepsItsOwnerAndRequest() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.REPORTER, template()));
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "修改报告模板页脚"));
		ProcessInstance change = calledChange(instance);
		Map<String, Object> tampered = changeDraftCompletion();
		tampered.put("linkedRequests", "");
		tampered.put("requesterUser", TestUsers.OTHER_ENGINEER.id());
		Task draft = this.scenario.task(change, ChangeProcess.DRAFT);

		AuthorizationException takeover = rejection(AuthorizationException.class,
				() -> this.scenario.submit(draft, TestUsers.OTHER_ENGINEER, tampered));
		this.scenario.submit(draft, TestUsers.ENGINEER, tampered);

		assertThat(takeover.getMessage()).contains("engineer2").contains("assigned to 'engineer'");
		Change registered = this.changes.findByNumber(this.scenario.reload(change).getBusinessKey());
		assertThat(registered.getRaisedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(registered.getRequesterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(this.changes.linksOf(registered)).containsExactly(instance.getBusinessKey());
	}

	@Test
	void draftForAnotherUserIsRejected() {
		long before = count("desk_service_request");
		Map<String, Object> draft = form("needsDraft", true, "raisedBy", TestUsers.MANAGER.id());

		AuthorizationException byReporter = rejection(AuthorizationException.class,
				() -> this.scenario.start(TestUsers.REPORTER, draft));
		AuthorizationException forOther = rejection(AuthorizationException.class,
				() -> this.scenario.start(TestUsers.ENGINEER, draft));

		assertThat(byReporter.getMessage()).contains("only engineers and vendor-support");
		assertThat(forOther.getMessage()).contains("a draft is for the engineer who starts it");
		assertThat(count("desk_service_request")).isEqualTo(before);
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(RequestProcess.KEY)
			.variableValueEquals("raisedBy", TestUsers.MANAGER.id())
			.count()).isZero();
	}

	@Test
	void requesterCannotApproveOwnCorrection() {
		Map<String, Object> filed = correction();
		filed.put("reporterUser", TestUsers.MANAGER.id());
		ProcessInstance instance = this.scenario.reload(this.scenario.start(TestUsers.ENGINEER, filed));
		this.scenario.complete(instance, RequestProcess.ASSESS, TestUsers.ENGINEER,
				form("acceptance", "accept", "assessment", "用更正脚本更新两个字段"));

		AuthorizationException refused = rejection(AuthorizationException.class, () -> this.scenario.complete(instance,
				RequestProcess.APPROVE, TestUsers.MANAGER, form("decision", "approve")));

		assertThat(refused.getMessage()).contains("asked for or filed");
		assertThat(instance).isWaitingAt(RequestProcess.APPROVE);
		assertThat(this.requests.findByNumber(instance.getBusinessKey()).getApprovedBy()).isNull();
	}

	@Test
	void reporterLinksOnlyOwnFault() {
		ProcessScenario faults = new ProcessScenario(this.engine, FaultProcess.KEY);
		String ticket = faults.reload(faults.start(TestUsers.REPORTER, faultReport())).getBusinessKey();
		long before = count("desk_service_request");

		FormInputException foreign = rejection(FormInputException.class,
				() -> this.scenario.start(TestUsers.OTHER_REPORTER, correctionWith("faultNumber", ticket)));
		ProcessInstance own = this.scenario
			.reload(this.scenario.start(TestUsers.REPORTER, correctionWith("faultNumber", ticket.toLowerCase())));

		assertThat(foreign.field()).isEqualTo("faultNumber");
		assertThat(foreign.getMessage()).contains("没有您可以关联的工单");
		assertThat(count("desk_service_request")).isEqualTo(before + 1);
		assertThat(this.requests.findByNumber(own.getBusinessKey()).getFaultNumber()).isEqualTo(ticket);
	}

	private void driveChangeToVerification(ProcessInstance change) {
		this.scenario.complete(change, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "只改模板，不涉及代码", "risk", "low"));
		this.scenario.complete(change, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER,
				form("managerDecision", "approve"));
		this.scenario.clockAt("2026-12-08T18:30:00");
		this.scenario.complete(change, ChangeProcess.IMPLEMENT, TestUsers.ENGINEER,
				form("templates", "report-footer.jrxml", "implementationNote", "模板页脚增加签发日期"));
		assertThat(change).isWaitingAt(ChangeProcess.VERIFY);
		assertThat(this.scenario.task(change, ChangeProcess.VERIFY).getAssignee()).isEqualTo(TestUsers.REPORTER.id());
	}

	private ProcessInstance calledChange(ProcessInstance request) {
		ProcessInstance change = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(request.getId())
			.singleResult();
		assertThat(change).as("change called by " + request.getBusinessKey()).isNotNull();
		return change;
	}

	private static Map<String, Object> template() {
		Map<String, Object> form = request("template");
		form.put("title", "检测报告模板增加签发日期");
		form.put("description", "在检测报告模板页脚增加签发日期");
		form.put("module", "报告管理");
		return form;
	}

	/**
	 * Fields of the change request that the draft from a service request leaves empty.
	 */
	private static Map<String, Object> changeDraftCompletion() {
		return form("risk", "low", "userImpact", "报告签发人员，发布期间约 10 分钟无法打印", "testPlan", "在测试环境打印三类报告核对页脚",
				"rollbackPlan", "恢复模板版本库中的上一版本并重新发布", "windowStart", "2026-12-08T18:00", "windowEnd",
				"2026-12-08T20:00");
	}

	private static Map<String, Object> faultReport() {
		return form("contactName", "王芳", "contactPhone", "010-6401 2345", "module", "样品登记", "description",
				"样品登记页面提交时提示保存失败", "affectedUsers", 8L, "channel", "tasklist");
	}

	private static Map<String, Object> faultFix(String followUp) {
		return form("fixOutcome", "fixed", "fixCause", "登记日期控件在保存失败后写入默认值", "fixActions", "重启应用服务", "dataAffected",
				true, "dataCorrection", "31 条样品的登记日期需要更正", "followUp", followUp);
	}

	private static Map<String, Object> correctionWith(String key, Object value) {
		Map<String, Object> form = correction();
		form.put(key, value);
		return form;
	}

	private static Map<String, Object> correctionWithout(String key) {
		Map<String, Object> form = correction();
		form.remove(key);
		return form;
	}

	private static Map<String, Object> restoreWith(String key, Object value) {
		Map<String, Object> form = restore();
		form.put(key, value);
		return form;
	}

	private static Map<String, Object> restoreWithout(String key) {
		Map<String, Object> form = restore();
		form.remove(key);
		return form;
	}

	/**
	 * Runs a step that must be rejected and returns its exception, which reaches the
	 * caller as itself although the BPMN calls the step as an expression or a listener.
	 */
	private static <T extends Throwable> T rejection(Class<T> type, ThrowingCallable step) {
		Throwable thrown = catchThrowable(step);
		assertThat(thrown).as("exception of the rejected step").isInstanceOf(type);
		return type.cast(thrown);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private List<Map<String, Object>> mails(String number, String headline) {
		return this.jdbc.queryForList(
				"select recipient_groups, recipient_users, body from desk_notification where reference = ? and subject = ?",
				"request:" + number, "[" + number + "] " + headline);
	}

}
