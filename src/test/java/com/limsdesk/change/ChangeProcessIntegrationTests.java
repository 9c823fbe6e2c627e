package com.limsdesk.change;

import static com.limsdesk.support.ProcessScenario.at;
import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the change control process, timers fired by moving the engine clock. */
@ProcessIntegrationTest
class ChangeProcessIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ChangeService changes;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ChangeProcess.KEY);
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

}
