package com.limsdesk.consultation;

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
import com.limsdesk.faq.FaqArticle;
import com.limsdesk.faq.FaqArticleVersion;
import com.limsdesk.faq.FaqContent;
import com.limsdesk.faq.FaqService;
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

/**
 * Every path of the consultation process, timers fired by moving the engine clock, and
 * the FAQ articles that answers create and update.
 */
@ProcessIntegrationTest
class ConsultationProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ConsultationService consultations;

	@Autowired
	private FaqService faq;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	/** A title of this test only, so that searches and counts see only its records. */
	private String marker;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ConsultationProcess.KEY);
		this.marker = "标记" + UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void answeredQuestionBecomesArticle() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = ask(TestUsers.REPORTER);
		String number = instance.getBusinessKey();

		assertThat(number).matches("ZX-2026-\\d{5}");
		assertThat(instance).isWaitingAt(ConsultationProcess.ANSWER);
		Task answerTask = this.scenario.task(instance, ConsultationProcess.ANSWER);
		assertThat(answerTask).hasCandidateGroup(DeskGroups.ENGINEERS).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(answerTask.getName()).isEqualTo(number + " 答复咨询");
		assertThat(answerTask.getDueDate().toInstant()).isEqualTo(at("2026-12-07T17:30:00"));
		assertThat(summaryOf(answerTask)).contains("业务咨询", "报告管理", "报告中如何显示检测依据" + this.marker);
		assertThat(mailTo(number, "%咨询已受理%")).containsEntry("recipient_users", TestUsers.REPORTER.id());

		this.scenario.clockAt("2026-12-07T14:00:00");
		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER, form("answer",
				"在报告模板管理中编辑模板，插入“检测依据”字段后重新发布模板即可。", "faqAction", "create", "faqKeywords", "报告模板，检测依据 " + this.marker));

		assertThat(instance).isWaitingAt(ConsultationProcess.READ_ANSWER);
		Task readTask = this.scenario.task(instance, ConsultationProcess.READ_ANSWER);
		assertThat(readTask).isAssignedTo(TestUsers.REPORTER.id());
		assertThat(readTask.getName()).isEqualTo(number + " 查看答复");
		assertThat(readTask.getDueDate().toInstant()).isEqualTo(at("2026-12-10T17:30:00"));
		assertThat(summaryOf(readTask)).contains("插入“检测依据”字段", "已整理为常见问题 FAQ-");
		Consultation consultation = this.consultations.findByNumber(number);
		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.ANSWERED);
		assertThat(consultation.getLastAnsweredBy()).isEqualTo(TestUsers.ENGINEER.id());
		String code = this.consultations.messagesOf(consultation).get(1).getFaqArticle();
		assertThat(code).matches("FAQ-\\d{4,}");
		FaqArticle article = this.faq.findByCode(code);
		assertThat(article.getTitle()).isEqualTo("报告中如何显示检测依据" + this.marker);
		assertThat(article.getQuestion()).isEqualTo("出具报告时需要在报告上显示每个项目的检测依据，应该在哪里设置？");
		assertThat(article.getAnswer()).isEqualTo("在报告模板管理中编辑模板，插入“检测依据”字段后重新发布模板即可。");
		assertThat(article.getModule()).isEqualTo("报告管理");
		assertThat(article.keywordList()).containsExactly("报告模板", "检测依据", this.marker);
		assertThat(article.sourceList()).containsExactly(number);
		assertThat(article.getCurrentVersion()).isEqualTo(1);
		assertThat(article.getCreatedBy()).isEqualTo(TestUsers.ENGINEER.id());
		Map<String, Object> answered = mailTo(number, "%咨询已答复%");
		assertThat(answered).containsEntry("recipient_users", TestUsers.REPORTER.id());
		assertThat((String) answered.get("body")).contains("插入“检测依据”字段", code, "2026-12-10 17:30");
		assertThat(this.faq.search(this.marker, null, List.of(com.limsdesk.faq.FaqStatus.PUBLISHED)))
			.extracting((hit) -> hit.article().getCode())
			.containsExactly(code);

		this.scenario.complete(instance, ConsultationProcess.READ_ANSWER, TestUsers.REPORTER,
				form("replyDecision", "accept"));

		assertThat(instance).isEnded().hasPassed(ConsultationProcess.RESOLVED);
		consultation = this.consultations.findByNumber(number);
		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.RESOLVED);
		assertThat(consultation.getClosedAt()).isEqualTo(at("2026-12-07T14:00:00"));
		assertThat(this.consultations.journalOf(consultation)).extracting(ConsultationEvent::getKind)
			.containsExactly("ASKED", "ANSWERED", "FAQ", "RESOLVED");
	}

	@Test
	void followUpReturnsToSameEngineer() {
		FaqArticle existing = this.faq.create(new FaqContent("仪器数据采集失败怎么办" + this.marker, "仪器数据没有进入系统", "检查采集服务是否运行。",
				"仪器数据采集", List.of("采集"), List.of()), "新建文章", TestUsers.ENGINEER.id(), at("2026-12-01T09:00:00"));
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = this.scenario.start(TestUsers.REPORTER, form("category", "technical", "module",
				"仪器数据采集", "title", "液相色谱仪数据未上传" + this.marker, "question", "液相色谱仪今天上午的数据没有进入系统，采集服务是运行的。"));
		String number = this.scenario.reload(instance).getBusinessKey();
		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "请确认仪器工作站的导出目录是否改动过。", "faqAction", "none"));

		this.scenario.clockAt("2026-12-08T09:00:00");
		this.scenario.complete(instance, ConsultationProcess.READ_ANSWER, TestUsers.REPORTER,
				form("replyDecision", "followUp", "followUp", "导出目录没有改动，但工作站上周升级过软件。"));

		assertThat(instance).isWaitingAt(ConsultationProcess.ANSWER);
		Task again = this.scenario.task(instance, ConsultationProcess.ANSWER);
		assertThat(again).isAssignedTo(TestUsers.ENGINEER.id());
		assertThat(again.getDueDate().toInstant()).isEqualTo(at("2026-12-08T17:30:00"));
		assertThat(summaryOf(again)).contains("【追问】" + TestUsers.REPORTER.id(), "工作站上周升级过软件");
		Map<String, Object> followUp = mailTo(number, "%提问人追问%");
		assertThat(followUp).containsEntry("recipient_users", TestUsers.ENGINEER.id());
		assertThat(this.consultations.findByNumber(number).getStatus()).isEqualTo(ConsultationStatus.AWAITING_ANSWER);

		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "工作站软件升级后导出文件名格式变了，已在采集服务中更新文件名规则。", "faqAction", "update", "faqArticle",
						existing.getCode().toLowerCase(), "faqReason", "补充工作站软件升级后文件名变化的情况"));
		this.scenario.complete(instance, ConsultationProcess.READ_ANSWER, TestUsers.REPORTER,
				form("replyDecision", "accept"));

		assertThat(instance).isEnded().hasPassed(ConsultationProcess.RESOLVED);
		Consultation consultation = this.consultations.findByNumber(number);
		assertThat(this.consultations.messagesOf(consultation))
			.extracting(ConsultationMessage::getKind, ConsultationMessage::getAuthor,
					ConsultationMessage::getFaqArticle)
			.containsExactly(tuple(ConsultationMessage.Kind.QUESTION, TestUsers.REPORTER.id(), null),
					tuple(ConsultationMessage.Kind.ANSWER, TestUsers.ENGINEER.id(), null),
					tuple(ConsultationMessage.Kind.FOLLOW_UP, TestUsers.REPORTER.id(), null),
					tuple(ConsultationMessage.Kind.ANSWER, TestUsers.ENGINEER.id(), existing.getCode()));
		FaqArticle updated = this.faq.findByCode(existing.getCode());
		assertThat(updated.getCurrentVersion()).isEqualTo(2);
		assertThat(updated.getTitle()).isEqualTo("仪器数据采集失败怎么办" + this.marker);
		assertThat(updated.getAnswer()).startsWith("工作站软件升级后");
		assertThat(updated.keywordList()).containsExactly("采集");
		assertThat(updated.sourceList()).containsExactly(number);
		List<FaqArticleVersion> versions = this.faq.versionsOf(updated);
		assertThat(versions)
			.extracting(FaqArticleVersion::getVersion, FaqArticleVersion::getReason, FaqArticleVersion::getChangedBy)
			.containsExactly(tuple(1, "新建文章", TestUsers.ENGINEER.id()),
					tuple(2, "补充工作站软件升级后文件名变化的情况", TestUsers.ENGINEER.id()));
		assertThat(this.faq.version(updated, 1).getAnswer()).isEqualTo("检查采集服务是否运行。");
	}

	@Test
	void emptyAnswerIsRejected() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = ask(TestUsers.REPORTER);
		String number = instance.getBusinessKey();
		long articles = countRows("desk_faq_article");

		assertThatThrownBy(() -> this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "  \n ", "faqAction", "none")))
			.isInstanceOf(FormInputException.class)
			.hasMessage("答复 (answer): 必填");
		assertThatThrownBy(() -> this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "按说明操作。", "faqAction", "update", "faqArticle", "FAQ-9999", "faqReason", "补充")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("faqArticle")
			.hasMessageContaining("FAQ-9999 不存在");
		assertThatThrownBy(() -> this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "按说明操作。", "faqAction", "create", "faqKeywords", "a".repeat(31))))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("faqKeywords");
		assertThatThrownBy(() -> this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.REPORTER,
				form("answer", "我自己回答")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(instance).isWaitingAt(ConsultationProcess.ANSWER);
		Consultation consultation = this.consultations.findByNumber(number);
		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.AWAITING_ANSWER);
		assertThat(this.consultations.messagesOf(consultation)).hasSize(1);
		assertThat(countRows("desk_faq_article")).isEqualTo(articles);
		assertThat(countRows("desk_notification where reference = 'consultation:" + number + "'")).isEqualTo(1);
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("answer");

		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "在报告模板中插入检测依据字段。"));

		assertThatThrownBy(() -> this.scenario.complete(instance, ConsultationProcess.READ_ANSWER, TestUsers.REPORTER,
				form("replyDecision", "followUp", "followUp", " ")))
			.isInstanceOf(FormInputException.class)
			.hasMessage("追问 (followUp): 必填");
		assertThat(instance).isWaitingAt(ConsultationProcess.READ_ANSWER);
	}

	@Test
	void onlyAskerRepliesToAnswer() {
		this.scenario.clockAt("2026-12-07T10:00:00");
		ProcessInstance instance = ask(TestUsers.REPORTER);
		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "请看操作手册第 3 章。"));
		Task readTask = this.scenario.task(instance, ConsultationProcess.READ_ANSWER);
		this.engine.getTaskService().setAssignee(readTask.getId(), TestUsers.OTHER_REPORTER.id());

		assertThatThrownBy(
				() -> this.scenario.submit(readTask, TestUsers.OTHER_REPORTER, form("replyDecision", "accept")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("only the asker " + TestUsers.REPORTER.id());

		assertThat(instance).isWaitingAt(ConsultationProcess.READ_ANSWER);
		this.engine.getTaskService().setAssignee(readTask.getId(), TestUsers.REPORTER.id());
		this.scenario.complete(instance, ConsultationProcess.READ_ANSWER, TestUsers.REPORTER,
				form("replyDecision", "accept"));
		assertThat(instance).isEnded();
	}

	@Test
	void unansweredQuestionEscalatesAfterHoliday() {
		// Asked after closing time before the National Day holiday of 1 to 7 October
		// 2026,
		// so the answer is due at closing time of Thursday 8 October.
		this.scenario.clockAt("2026-09-30T18:00:00");
		ProcessInstance instance = ask(TestUsers.REPORTER);
		String number = instance.getBusinessKey();
		assertThat(this.scenario.task(instance, ConsultationProcess.ANSWER).getDueDate().toInstant())
			.isEqualTo(at("2026-10-08T17:30:00"));

		this.scenario.fire(instance, ConsultationProcess.ANSWER_OVERDUE);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-10-08T17:30:00"));
		assertThat(instance).isWaitingAt(ConsultationProcess.ANSWER);
		assertThat(instance).hasPassed(ConsultationProcess.OVERDUE_RECORDED);
		Consultation consultation = this.consultations.findByNumber(number);
		assertThat(consultation.getAnswerOverdueAt()).isEqualTo(at("2026-10-08T17:30:00"));
		assertThat(this.consultations.journalOf(consultation)).extracting(ConsultationEvent::getKind)
			.containsExactly("ASKED", "ANSWER_OVERDUE");
		Map<String, Object> overdue = mailTo(number, "%逾期%");
		assertThat(overdue).containsEntry("recipient_groups", DeskGroups.VENDOR_SUPPORT);
		assertThat((String) overdue.get("body")).contains("2026-10-08 17:30");

		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.SUPPORT,
				form("answer", "节后已处理：请重新登录后再试。"));

		assertThat(instance).isWaitingAt(ConsultationProcess.READ_ANSWER);
		assertThat(this.consultations.findByNumber(number).getLastAnsweredBy()).isEqualTo(TestUsers.SUPPORT.id());
	}

	@Test
	void unconfirmedAnswerClosesAfterThreeWorkingDays() {
		// Answered on Friday 11 December 2026: the three working days are 14, 15 and 16
		// December.
		this.scenario.clockAt("2026-12-11T16:00:00");
		ProcessInstance instance = ask(TestUsers.REPORTER);
		String number = instance.getBusinessKey();
		this.scenario.complete(instance, ConsultationProcess.ANSWER, TestUsers.ENGINEER,
				form("answer", "请清除浏览器缓存后再试。"));
		assertThat(this.scenario.timer(instance, ConsultationProcess.ANSWER_OVERDUE)).isNull();

		this.scenario.fire(instance, ConsultationProcess.REPLY_TIMEOUT);

		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(at("2026-12-16T17:30:00"));
		assertThat(instance).isEnded().hasPassed(ConsultationProcess.CLOSED_WITHOUT_REPLY);
		Consultation consultation = this.consultations.findByNumber(number);
		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.CLOSED_WITHOUT_REPLY);
		assertThat(consultation.getClosedAt()).isEqualTo(at("2026-12-16T17:30:00"));
		Map<String, Object> closed = mailTo(number, "%咨询已关闭%");
		assertThat(closed).containsEntry("recipient_users", TestUsers.REPORTER.id());
	}

	@Test
	void badQuestionLeavesNothingBehind() {
		long before = countRows("desk_consultation");

		assertThatThrownBy(() -> this.scenario.start(TestUsers.REPORTER,
				form("category", "business", "module", "报告管理", "title", "没有问题正文", "question", "")))
			.isInstanceOf(FormInputException.class)
			.hasMessage("问题 (question): 必填");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.REPORTER,
				form("category", "sales", "module", "报告管理", "title", "类别不对", "question", "问题")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("category");

		assertThat(countRows("desk_consultation")).isEqualTo(before);
	}

	private ProcessInstance ask(TestUsers user) {
		ProcessInstance instance = this.scenario.start(user, form("category", "business", "module", "报告管理", "title",
				"报告中如何显示检测依据" + this.marker, "question", "出具报告时需要在报告上显示每个项目的检测依据，应该在哪里设置？"));
		return this.scenario.reload(instance);
	}

	private String summaryOf(Task task) {
		return (String) this.engine.getTaskService().getVariableLocal(task.getId(), ConsultationProcess.SUMMARY);
	}

	private Map<String, Object> mailTo(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "consultation:" + number, subjectPattern);
	}

	private long countRows(String tableAndCondition) {
		return this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
	}

}
