package com.limsdesk.report;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
 * Every path of the report processes: drafting by the weekly timer, approval, return and
 * resubmission with every version kept, and the escalation of an overdue report. Each
 * test uses weeks of its own.
 */
@ProcessIntegrationTest
class ReportProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ReportService reports;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ReportProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void weeklyTimerDraftsReportThatManagerApproves() {
		ProcessInstance instance = draftWeekly("2026-12-14T00:30:00");

		assertThat(instance.getBusinessKey()).isEqualTo("ZB-2026-W50");
		assertThat(instance).isWaitingAt(ReportProcess.WRITE);
		Task write = this.scenario.task(instance, ReportProcess.WRITE);
		assertThat(write).hasCandidateGroup(DeskGroups.ENGINEERS);
		assertThat(write.getName()).isEqualTo("ZB-2026-W50 编写并提交报告");
		assertThat(write.getDueDate().toInstant()).isEqualTo(at("2026-12-15T17:30:00"));
		assertThat(this.scenario.timer(instance, ReportProcess.OVERDUE).getDuedate().toInstant())
			.isEqualTo(at("2026-12-15T17:30:00"));
		Report report = this.reports.findByNumber("ZB-2026-W50");
		assertThat(report.period()).isEqualTo(ReportPeriod.containing(ReportKind.WEEKLY,
				at("2026-12-07T00:00:00").atZone(ProcessScenario.ZONE).toLocalDate()));
		assertThat(this.reports.versionsOf(report))
			.extracting(ReportVersion::getVersionNumber, ReportVersion::getVersionKind, ReportVersion::getCreatedBy)
			.containsExactly(tuple(1, ReportVersion.Kind.DRAFT, ReportService.DESK_AUTHOR));
		assertThat(mail("ZB-2026-W50", "%已起草%")).containsEntry("recipient_groups", "engineers");

		this.scenario.clockAt("2026-12-15T10:00:00");
		submit(instance, "接口服务偶发超时", "调整连接池参数", null);

		assertThat(instance).isWaitingAt(ReportProcess.REVIEW);
		assertThat(this.scenario.task(instance, ReportProcess.REVIEW)).hasCandidateGroup(DeskGroups.MANAGERS);
		assertThat(this.scenario.timer(instance, ReportProcess.OVERDUE)).isNull();
		assertThat(mail("ZB-2026-W50", "%待审核")).containsEntry("recipient_groups", "managers");

		this.scenario.complete(instance, ReportProcess.REVIEW, TestUsers.MANAGER,
				form(ReportProcess.Fields.DECISION, "approve"));

		assertThat(instance).isEnded().hasPassed(ReportProcess.APPROVED);
		report = this.reports.findByNumber("ZB-2026-W50");
		assertThat(report.getStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(report.getApprovedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(report.isLate(at("2026-12-20T00:00:00"))).isFalse();
		assertThat(report.getEscalatedAt()).isNull();
		assertThat(this.reports.commentsOf(report))
			.extracting(ReportComment::getVersionNumber, ReportComment::getCommentKind)
			.containsExactly(tuple(2, ReportComment.Kind.APPROVED));
		assertThat(mail("ZB-2026-W50", "%已审核通过")).containsEntry("recipient_users", TestUsers.ENGINEER.id());
	}

	@Test
	void quarterlyTimerDraftsQuarterlyAndDatabaseReports() {
		this.scenario.clockAt("2027-01-01T00:40:00");
		fireStartTimer(ReportProcess.QUARTERLY_SCHEDULE_KEY);

		Report quarterly = this.reports.findByNumber("JB-2026-Q4");
		Report database = this.reports.findByNumber("SJ-2026-Q4");
		assertThat(quarterly.getDueAt()).isEqualTo(at("2027-01-05T17:30:00"));
		assertThat(database.getDueAt()).isEqualTo(at("2027-01-05T17:30:00"));
		assertThat(quarterly.getProcessInstanceId()).isNotNull();
		assertThat(database.getProcessInstanceId()).isNotNull();
		assertThat(this.reports
			.compose(database, ReportContent.EngineerPart.EMPTY, 1, "engineer", at("2027-01-01T00:40:00"))
			.sections()).extracting(SectionContent::key).containsExactly("database");
	}

	@Test
	void returnedTwiceKeepsEveryVersion() throws Exception {
		ProcessInstance instance = draftWeekly("2026-11-30T00:30:00");
		String number = instance.getBusinessKey();

		this.scenario.clockAt("2026-11-30T15:00:00");
		submit(instance, "第一版分析", "第一版方案", "第一版反馈");
		this.scenario.complete(instance, ReportProcess.REVIEW, TestUsers.MANAGER,
				form(ReportProcess.Fields.DECISION, "return", ReportProcess.Fields.COMMENT, "请补充接口超时的根本原因"));

		assertThat(instance).isWaitingAt(ReportProcess.WRITE);
		Task rewrite = this.scenario.task(instance, ReportProcess.WRITE);
		assertThat(rewrite.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		Map<String, Object> variables = this.engine.getTaskService().getVariables(rewrite.getId());
		assertThat(variables).containsEntry(ReportProcess.Fields.ANALYSIS, "第一版分析")
			.containsEntry(ReportProcess.Fields.FEEDBACK, "第一版反馈");
		assertThat((String) variables.get(ReportProcess.Fields.SUMMARY)).contains("退回修改", "请补充接口超时的根本原因",
				"第 2 版 工程师提交");
		assertThat(mail(number, "%被退回修改")).containsEntry("recipient_users", TestUsers.ENGINEER.id());

		Report report = this.reports.findByNumber(number);
		byte[] edited = this.reports.version(report, 2).getDocx();
		ReportUpload upload = this.reports.addUpload(number, "周报-修订.docx", null, edited, TestUsers.ENGINEER.id(),
				at("2026-12-01T09:00:00"));
		this.scenario.clockAt("2026-12-01T10:00:00");
		submit(instance, "第二版分析：连接池耗尽", "第二版方案", null, String.valueOf(upload.getId()));
		this.scenario.complete(instance, ReportProcess.REVIEW, TestUsers.MANAGER,
				form(ReportProcess.Fields.DECISION, "return", ReportProcess.Fields.COMMENT, "请附上监控截图说明"));
		this.scenario.clockAt("2026-12-01T16:00:00");
		submit(instance, "第三版分析：连接池耗尽，附监控说明", "第三版方案", "无");
		this.scenario.complete(instance, ReportProcess.REVIEW, TestUsers.MANAGER,
				form(ReportProcess.Fields.DECISION, "approve", ReportProcess.Fields.COMMENT, "同意"));

		assertThat(instance).isEnded().hasPassed(ReportProcess.APPROVED);
		report = this.reports.findByNumber(number);
		List<ReportVersion> versions = this.reports.versionsOf(report);
		assertThat(versions)
			.extracting(ReportVersion::getVersionNumber, ReportVersion::getVersionKind,
					(v) -> v.engineerPart().analysis(), ReportVersion::getUploadId)
			.containsExactly(tuple(1, ReportVersion.Kind.DRAFT, null, null),
					tuple(2, ReportVersion.Kind.SUBMISSION, "第一版分析", null),
					tuple(3, ReportVersion.Kind.SUBMISSION, "第二版分析：连接池耗尽", upload.getId()),
					tuple(4, ReportVersion.Kind.SUBMISSION, "第三版分析：连接池耗尽，附监控说明", null));
		for (ReportVersion version : versions) {
			assertThat(paragraphs(version.getDocx())).contains("LIMS系统运维周报");
		}
		assertThat(paragraphs(versions.get(1).getDocx())).contains("第一版分析").doesNotContain("第二版分析：连接池耗尽");
		assertThat(this.reports.commentsOf(report))
			.extracting(ReportComment::getVersionNumber, ReportComment::getCommentKind, ReportComment::getBody)
			.containsExactly(tuple(2, ReportComment.Kind.RETURNED, "请补充接口超时的根本原因"),
					tuple(3, ReportComment.Kind.RETURNED, "请附上监控截图说明"), tuple(4, ReportComment.Kind.APPROVED, "同意"));
		assertThat(this.reports.uploadsOf(report)).singleElement()
			.satisfies((kept) -> assertThat(kept.getContent()).isEqualTo(edited));
		assertThat(report.getFirstSubmittedAt()).isEqualTo(at("2026-11-30T15:00:00"));
		assertThat(report.getLastSubmittedAt()).isEqualTo(at("2026-12-01T16:00:00"));
	}

	@Test
	void submissionNeedsAnalysisAndEngineer() {
		ProcessInstance instance = draftWeekly("2026-11-23T00:30:00");
		Task write = this.scenario.task(instance, ReportProcess.WRITE);
		this.engine.getTaskService().setAssignee(write.getId(), TestUsers.ENGINEER.id());

		assertThatThrownBy(
				() -> this.scenario.submit(write, TestUsers.ENGINEER, form(ReportProcess.Fields.SOLUTIONS, "方案")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("技术问题分析");
		assertThatThrownBy(() -> this.scenario.submit(write, TestUsers.ENGINEER,
				form(ReportProcess.Fields.ANALYSIS, "分析", ReportProcess.Fields.SOLUTIONS, "方案",
						ReportProcess.Fields.UPLOAD_ID, "99999")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("采用的上传文档编号");
		this.engine.getTaskService().setAssignee(write.getId(), TestUsers.MANAGER.id());
		assertThatThrownBy(() -> this.scenario.submit(write, TestUsers.MANAGER,
				form(ReportProcess.Fields.ANALYSIS, "分析", ReportProcess.Fields.SOLUTIONS, "方案")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(instance).isWaitingAt(ReportProcess.WRITE);
		assertThat(this.reports.versionsOf(this.reports.findByNumber(instance.getBusinessKey()))).hasSize(1);
	}

	@Test
	void overdueReportEscalatesOnce() {
		ProcessInstance instance = draftWeekly("2026-11-16T00:30:00");
		String number = instance.getBusinessKey();
		assertThat(number).isEqualTo("ZB-2026-W46");

		this.scenario.fire(instance, ReportProcess.OVERDUE);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-11-17T17:30:00"));
		assertThat(instance).isWaitingAt(ReportProcess.WRITE).hasPassed(ReportProcess.OVERDUE_ESCALATED);
		Report report = this.reports.findByNumber(number);
		assertThat(report.getEscalatedAt()).isEqualTo(at("2026-11-17T17:30:00"));
		Map<String, Object> escalation = mail(number, "%逾期未提交");
		assertThat(escalation).containsEntry("recipient_groups", "vendor-support,managers")
			.containsEntry("recipient_users", "engineer2");
		assertThat((String) escalation.get("body")).contains("2026-11-17 17:30");

		this.scenario.clockAt("2026-11-18T11:00:00");
		submit(instance, "逾期提交的分析", "方案", null);
		this.scenario.complete(instance, ReportProcess.REVIEW, TestUsers.MANAGER,
				form(ReportProcess.Fields.DECISION, "return", ReportProcess.Fields.COMMENT, "请补充"));
		this.scenario.fire(instance, ReportProcess.OVERDUE);

		assertThat(countMail(number, "%逾期未提交")).isEqualTo(1);
		report = this.reports.findByNumber(number);
		assertThat(report.isLate(at("2026-11-30T00:00:00"))).isTrue();
		assertThat(report.getEscalatedAt()).isEqualTo(at("2026-11-17T17:30:00"));

		ReportContent nextWeek = this.reports.compose(
				this.reports.open(
						ReportPeriod.containing(ReportKind.WEEKLY,
								at("2026-11-16T12:00:00").atZone(ProcessScenario.ZONE).toLocalDate()),
						at("2026-11-23T00:30:00")),
				ReportContent.EngineerPart.EMPTY, 1, "engineer", at("2026-11-23T00:30:00"));
		assertThat(nextWeek.figure("reports.late")).contains(1L);
		SectionContent timeliness = nextWeek.sections()
			.stream()
			.filter((section) -> section.key().equals("timeliness"))
			.findFirst()
			.orElseThrow();
		assertThat(timeliness.sheets().get(0).rows()).singleElement()
			.satisfies((row) -> assertThat(row).containsSequence("2026-11-17 17:30", "2026-11-18 11:00",
					"2026-11-17 17:30", "逾期"));
	}

	private ProcessInstance draftWeekly(String localDateTime) {
		this.scenario.clockAt(localDateTime);
		fireStartTimer(ReportProcess.WEEKLY_SCHEDULE_KEY);
		String number = ReportPeriod
			.lastEndedBefore(ReportKind.WEEKLY, at(localDateTime).atZone(ProcessScenario.ZONE).toLocalDate())
			.number();
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ReportProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult();
	}

	/**
	 * Runs the schedule's timer start job at the engine clock, as the job executor would.
	 */
	private void fireStartTimer(String processKey) {
		Job job = this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(processKey)
			.timers()
			.singleResult();
		assertThat(job).as("start timer of " + processKey).isNotNull();
		this.engine.getManagementService().executeJob(job.getId());
	}

	private void submit(ProcessInstance instance, String analysis, String solutions, String feedback) {
		submit(instance, analysis, solutions, feedback, null);
	}

	private void submit(ProcessInstance instance, String analysis, String solutions, String feedback, String uploadId) {
		Map<String, Object> fields = form(ReportProcess.Fields.ANALYSIS, analysis, ReportProcess.Fields.SOLUTIONS,
				solutions, ReportProcess.Fields.FEEDBACK, feedback, ReportProcess.Fields.UPLOAD_ID, uploadId);
		this.scenario.complete(instance, ReportProcess.WRITE, TestUsers.ENGINEER, fields);
	}

	private static List<String> paragraphs(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	private Map<String, Object> mail(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "report:" + number, subjectPattern);
	}

	private int countMail(String number, String subjectPattern) {
		return this.jdbc.queryForObject("select count(*) from desk_notification where reference = ? and subject like ?",
				Integer.class, "report:" + number, subjectPattern);
	}

}
