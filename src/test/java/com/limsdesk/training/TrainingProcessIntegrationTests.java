package com.limsdesk.training;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.DeskGroups;
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
 * Every path of the training process: a user training scheduled and delivered, one not
 * delivered, the yearly administrator training opened by its timer once per contract
 * year, and the rejected inputs.
 */
@ProcessIntegrationTest
class TrainingProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TrainingService trainings;

	@Autowired
	private JdbcTemplate jdbc;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, TrainingProcess.KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void userTrainingScheduledAndDelivered() {
		this.scenario.clockAt("2026-12-01T10:00:00");
		ProcessInstance instance = requestTraining("2026-12-07T14:00", "2026-12-07T16:30", "CLASSROOM");
		String number = instance.getBusinessKey();

		assertThat(number).matches("PX-2026-\\d{5}");
		assertThat(instance).isWaitingAt(TrainingProcess.PREPARE);
		Task prepare = this.scenario.task(instance, TrainingProcess.PREPARE);
		assertThat(prepare).hasCandidateGroup(DeskGroups.VENDOR_SUPPORT);
		assertThat(prepare.getDueDate().toInstant()).isEqualTo(at("2026-12-04T17:30:00"));
		Training training = this.trainings.findByNumber(number);
		assertThat(training.getKind()).isEqualTo(TrainingKind.USER);
		assertThat(training.getMode()).isEqualTo(TrainingMode.CLASSROOM);
		assertThat(training.getPlannedAttendees()).isEqualTo(12);
		assertThat(training.getRequestedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(mailTo(number, "%培训已安排，请准备材料")).containsEntry("recipient_groups", "vendor-support");

		this.scenario.complete(instance, TrainingProcess.PREPARE, TestUsers.SUPPORT,
				form("material", "《报告签发操作手册》v2.1，共享盘 /培训/2026", "trainer", "张强"));

		assertThat(instance).isWaitingAt(TrainingProcess.DELIVER);
		Task delivery = this.scenario.task(instance, TrainingProcess.DELIVER);
		assertThat(delivery.getFollowUpDate().toInstant()).isEqualTo(at("2026-12-07T14:00:00"));
		assertThatThrownBy(() -> this.scenario.complete(instance, TrainingProcess.DELIVER, TestUsers.ENGINEER,
				delivered("王芳 | 理化检测室")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("开始后再登记");

		this.scenario.clockAt("2026-12-07T16:40:00");
		assertThatThrownBy(
				() -> this.scenario.complete(instance, TrainingProcess.DELIVER, TestUsers.ENGINEER, delivered(" \n ")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("签到名单 (attendance): 已实施的培训须登记至少一名参训人员");
		assertThat(countRows("desk_training_attendee")).isZero();
		this.scenario.complete(instance, TrainingProcess.DELIVER, TestUsers.ENGINEER,
				delivered("王芳 | 理化检测室\n李强｜微生物室\n赵敏"));

		assertThat(instance).isWaitingAt(TrainingProcess.FEEDBACK);
		assertThat(this.scenario.task(instance, TrainingProcess.FEEDBACK).getDueDate().toInstant())
			.isEqualTo(at("2026-12-10T17:30:00"));
		assertThat(this.trainings.attendeesOf(this.trainings.findByNumber(number)))
			.extracting(TrainingAttendee::getName, TrainingAttendee::getDepartment)
			.containsExactly(tuple("王芳", "理化检测室"), tuple("李强", "微生物室"), tuple("赵敏", null));
		this.scenario.complete(instance, TrainingProcess.FEEDBACK, TestUsers.MANAGER,
				form("rating", "4", "feedback", "内容实用，希望增加上机练习"));

		assertThat(instance).isEnded().hasPassed(TrainingProcess.DELIVERED);
		training = this.trainings.findByNumber(number);
		assertThat(training.getStatus()).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(training.getRating()).isEqualTo(4);
		List<TrainingReport> report = this.trainings.overlapping(at("2026-12-07T00:00:00"), at("2026-12-08T00:00:00"));
		assertThat(report).extracting(TrainingReport::number, TrainingReport::attendees, TrainingReport::delivered)
			.containsExactly(tuple(number, 3, true));
		assertThat(this.trainings.overlapping(at("2026-12-07T16:30:00"), at("2026-12-08T00:00:00"))).isEmpty();
	}

	@Test
	void trainingNotDeliveredNeedsReason() {
		this.scenario.clockAt("2026-11-02T10:00:00");
		ProcessInstance instance = requestTraining("2026-11-05T09:00", "2026-11-05T11:00", "REMOTE");
		this.scenario.complete(instance, TrainingProcess.PREPARE, TestUsers.SUPPORT,
				form("material", "远程培训讲义", "trainer", "张强"));
		this.scenario.clockAt("2026-11-05T09:30:00");

		assertThatThrownBy(() -> this.scenario.complete(instance, TrainingProcess.DELIVER, TestUsers.SUPPORT,
				form("deliveryOutcome", "not_delivered")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("deliveryNote");
		this.scenario.complete(instance, TrainingProcess.DELIVER, TestUsers.SUPPORT,
				form("deliveryOutcome", "not_delivered", "deliveryNote", "院方临时停电，改期另行申请"));

		assertThat(instance).isEnded().hasPassed(TrainingProcess.NOT_DELIVERED);
		String number = instance.getBusinessKey();
		assertThat(this.trainings.findByNumber(number).getStatus()).isEqualTo(TrainingStatus.NOT_DELIVERED);
		assertThat(mailTo(number, "%培训未实施")).containsEntry("recipient_groups", "managers,vendor-support");
		assertThat(this.trainings.overlapping(at("2026-11-01T00:00:00"), at("2026-12-01T00:00:00")))
			.extracting(TrainingReport::delivered, TrainingReport::attendees)
			.containsExactly(tuple(false, 0));
	}

	@Test
	void administratorTrainingTimerOpensOnePerYear() {
		Job timer = scheduleTimer();
		LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due.getMonthValue()).isEqualTo(3);
		assertThat(due.getDayOfMonth()).isEqualTo(1);
		assertThat(due.getHour()).isEqualTo(9);

		ClockUtil.setCurrentTime(timer.getDuedate());
		this.engine.getManagementService().executeJob(timer.getId());

		ProcessInstance instance = administratorInstance();
		String number = instance.getBusinessKey();
		assertThat(number).matches("PX-\\d{4}-\\d{5}");
		assertThat(instance).isWaitingAt(TrainingProcess.SCHEDULE);
		assertThat(this.scenario.task(instance, TrainingProcess.SCHEDULE)).hasCandidateGroup(DeskGroups.MANAGERS);
		Training training = this.trainings.findByNumber(number);
		assertThat(training.getKind()).isEqualTo(TrainingKind.ADMINISTRATOR);
		assertThat(training.isFreeOfCharge()).isTrue();
		assertThat(training.getAdministratorYear()).isEqualTo(due.getYear());
		assertThat(training.getContent()).contains("组织结构").contains("构建方式");
		assertThat(mailTo(number, "%请安排本年度管理员培训")).containsEntry("recipient_groups", "managers");
		assertThat(scheduleTimer().getDuedate()).isAfter(timer.getDuedate());

		this.engine.getRuntimeService()
			.createMessageCorrelation(TrainingProcess.ADMINISTRATOR_MESSAGE)
			.correlateStartMessage();
		assertThat(countRows("desk_training where kind = 'ADMINISTRATOR'")).isEqualTo(1);

		ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atZone(ZoneId.systemDefault()).toInstant()));
		String start = due.plusDays(20).withHour(9).toString();
		String end = due.plusDays(20).withHour(17).toString();
		assertThatThrownBy(() -> this.scenario.complete(instance, TrainingProcess.SCHEDULE, TestUsers.MANAGER,
				form("topic", training.getTopic(), "content", training.getContent(), "startsAt", end, "endsAt", start,
						"plannedAttendees", 4L, "place", "信息中心会议室", "mode", "ONSITE")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("培训结束 (endsAt): 必须晚于培训开始");
		this.scenario.complete(instance, TrainingProcess.SCHEDULE, TestUsers.MANAGER,
				form("topic", training.getTopic(), "content", training.getContent(), "startsAt", start, "endsAt", end,
						"plannedAttendees", 4L, "place", "信息中心会议室", "mode", "ONSITE"));

		assertThat(instance).isWaitingAt(TrainingProcess.PREPARE);
		assertThat(this.trainings.findByNumber(number).getPlace()).isEqualTo("信息中心会议室");
		assertThat(this.trainings.findByNumber(number).getRequestedBy()).isEqualTo(TestUsers.MANAGER.id());
	}

	@Test
	void badRequestsAreRejected() {
		this.scenario.clockAt("2026-10-12T10:00:00");
		long before = countRows("desk_training");

		assertThatThrownBy(() -> requestTraining("2026-10-20T16:00", "2026-10-20T09:00", "ONSITE"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("endsAt");
		assertThatThrownBy(() -> requestTraining("2026-10-20T09:00", "2026-10-20T16:00", "SELF_STUDY"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("培训方式 (mode)");
		assertThatThrownBy(() -> requestTraining("2026-10-01T09:00", "2026-10-01T16:00", "ONSITE"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("startsAt");
		assertThatThrownBy(() -> this.scenario.start(TestUsers.ENGINEER,
				request("2026-10-20T09:00", "2026-10-20T16:00", "ONSITE")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(countRows("desk_training")).isEqualTo(before);
	}

	private ProcessInstance requestTraining(String startsAt, String endsAt, String mode) {
		return this.scenario.reload(this.scenario.start(TestUsers.MANAGER, request(startsAt, endsAt, mode)));
	}

	private static Map<String, Object> request(String startsAt, String endsAt, String mode) {
		return form("topic", "新版报告签发流程", "content", "报告编制、审核、签发和电子签章的操作", "startsAt", startsAt, "endsAt", endsAt,
				"plannedAttendees", 12L, "place", "三楼培训教室", "mode", mode);
	}

	private static Map<String, Object> delivered(String attendance) {
		return form("deliveryOutcome", "delivered", "attendance", attendance);
	}

	private Job scheduleTimer() {
		return this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(TrainingProcess.SCHEDULE_KEY)
			.timers()
			.singleResult();
	}

	private ProcessInstance administratorInstance() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TrainingProcess.KEY)
			.activityIdIn(TrainingProcess.SCHEDULE)
			.singleResult();
	}

	private Map<String, Object> mailTo(String number, String subjectPattern) {
		return this.jdbc.queryForMap("select recipient_groups, recipient_users, subject, body from desk_notification"
				+ " where reference = ? and subject like ?", "training:" + number, subjectPattern);
	}

	private long countRows(String tableAndCondition) {
		return this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
	}

}
