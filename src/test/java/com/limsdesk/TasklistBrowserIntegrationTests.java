package com.limsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.faq.FaqArticle;
import com.limsdesk.faq.FaqContent;
import com.limsdesk.faq.FaqService;
import com.limsdesk.faq.FaqStatus;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.request.RequestEvent;
import com.limsdesk.request.RequestProcess;
import com.limsdesk.request.RequestRecord;
import com.limsdesk.request.RequestService;
import com.limsdesk.request.RequestStatus;
import com.limsdesk.request.RequestType;
import com.limsdesk.request.ServiceRequest;
import com.limsdesk.support.BrowserJourney;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Tasklist, Cockpit and the desk pages in headless Chromium with the journey
 * scripts in {@code src/test/js/browser}, then checks through the engine and the desk
 * services what the browser left. In {@code fault-journey.mjs} the reporter files a
 * fault, the engineer triages it and the manager finds the instance. In
 * {@code correction-journey.mjs} the reporter files a data correction request, the
 * engineer accepts it and the manager approves it. In {@code faq-journey.mjs} the
 * reporter searches the FAQ page in Chinese and reads an article.
 */
@DeskIntegrationTest
class TasklistBrowserIntegrationTests {

	private static final Path FAULT_SCRIPT = Path.of("src/test/js/browser/fault-journey.mjs");

	private static final Pattern FAULT_PASSED = Pattern
		.compile("^Fault journey passed: ticket number (GZ-\\d{4}-\\d{5}) waits at 处理故障$");

	private static final List<String> FAULT_SCREENSHOTS = List.of("01-reporter-fault-form.png",
			"02-reporter-after-submit.png", "03-engineer-group-tasks.png", "04-engineer-triage-form.png",
			"05-engineer-after-complete.png", "06-manager-process-diagram.png", "07-manager-process-instance.png");

	private static final Path CORRECTION_SCRIPT = Path.of("src/test/js/browser/correction-journey.mjs");

	private static final Pattern CORRECTION_PASSED = Pattern
		.compile("^Correction journey passed: (FW-\\d{4}-\\d{5}) approved by " + Pattern.quote(TestUsers.MANAGER.id())
				+ "$");

	private static final List<String> CORRECTION_SCREENSHOTS = List.of("01-reporter-correction-form.png",
			"02-reporter-after-submit.png", "03-engineer-assessment-form.png", "04-manager-group-tasks.png",
			"05-manager-approval-form.png", "06-manager-requests-page.png");

	/** Record lines that correction-journey.mjs enters, in that order. */
	private static final List<List<String>> CORRECTION_RECORDS = List
		.of(List.of("样品", "YP-2026-0012", "检测结果", "0.12", "0.21"), List.of("报告", "BG-2026-0345", "结论", "不合格", "合格"));

	private static final Path FAQ_SCRIPT = Path.of("src/test/js/browser/faq-journey.mjs");

	private static final Pattern FAQ_PASSED = Pattern
		.compile("^FAQ journey passed: (FAQ-\\d{4,}) read by " + Pattern.quote(TestUsers.REPORTER.id()) + "$");

	private static final List<String> FAQ_SCREENSHOTS = List.of("01-reporter-faq-search.png",
			"02-reporter-faq-article.png");

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private DeskProperties desk;

	@Autowired
	private RequestService requests;

	@Autowired
	private FaqService faq;

	@Test
	void reporterFilesFaultThatEngineerTriages() throws Exception {
		BrowserJourney.requireBrowser();
		Path screenshots = BrowserJourney.screenshotDirectory("fault");

		BrowserJourney.Result journey = runJourney(FAULT_SCRIPT, screenshots);

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", FAULT_SCRIPT, journey.output())
			.isZero();
		assertThat(screenshots).isDirectory();
		for (String screenshot : FAULT_SCREENSHOTS) {
			assertThat(screenshots.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}

		String ticketNumber = journey.find(FAULT_PASSED);
		assertThat(ticketNumber).as("ticket number in the output:%n%s", journey.output()).isNotNull();

		RuntimeService runtimeService = this.engine.getRuntimeService();
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(FaultProcess.KEY)
			.processInstanceBusinessKey(ticketNumber)
			.singleResult();
		assertThat(instance).as("running fault-handling instance with business key %s", ticketNumber).isNotNull();
		assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly(FaultProcess.FIX);
		assertThat(runtimeService.getVariable(instance.getId(), FaultProcess.Variables.CATEGORY)).isEqualTo("main");
		assertThat(runtimeService.getVariable(instance.getId(), FaultProcess.Variables.SEVERITY))
			.isEqualTo("significant");

		TaskService taskService = this.engine.getTaskService();
		Task fix = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FaultProcess.FIX)
			.singleResult();
		assertThat(fix.getName()).isEqualTo(ticketNumber + " 处理故障");
		assertThat(fix.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());

		HistoryService historyService = this.engine.getHistoryService();
		HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(started.getStartUserId()).isEqualTo(TestUsers.REPORTER.id());
		HistoricTaskInstance triage = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FaultProcess.TRIAGE)
			.finished()
			.singleResult();
		assertThat(triage.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
	}

	@Test
	void reporterFilesCorrectionThatManagerApproves() throws Exception {
		BrowserJourney.requireBrowser();
		Path screenshots = BrowserJourney.screenshotDirectory("correction");

		BrowserJourney.Result journey = runJourney(CORRECTION_SCRIPT, screenshots);

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", CORRECTION_SCRIPT, journey.output())
			.isZero();
		for (String screenshot : CORRECTION_SCREENSHOTS) {
			assertThat(screenshots.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}

		String number = journey.find(CORRECTION_PASSED);
		assertThat(number).as("request number in the output:%n%s", journey.output()).isNotNull();

		ServiceRequest request = this.requests.findByNumber(number);
		assertThat(request.getRequestType()).isEqualTo(RequestType.MISOPERATION_CORRECTION);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(request.getRequesterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(request.getFiledBy()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(request.getModule()).isEqualTo("结果录入");
		assertThat(request.getRespondedBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(request.getApprovedBy()).isEqualTo(TestUsers.MANAGER.id());
		assertThat(request.getApprovedAt()).isNotNull();
		assertThat(request.getApprovalComment()).isEqualTo("依据充分，同意按正确值更正");
		assertThat(request.getReason()).isNotBlank();
		assertThat(request.getEvidence()).isNotBlank();

		List<RequestRecord> records = this.requests.recordsOf(request);
		assertThat(records).hasSize(CORRECTION_RECORDS.size());
		for (int i = 0; i < records.size(); i++) {
			RequestRecord record = records.get(i);
			assertThat(List.of(record.getRecordKind(), record.getRecordNumber(), record.getFieldName(),
					record.getCurrentValue(), record.getCorrectValue()))
				.as("record line %d", i + 1)
				.isEqualTo(CORRECTION_RECORDS.get(i));
			assertThat(record.getValueAfter()).as("value after the change on line %d", i + 1).isNull();
		}

		List<RequestEvent> journal = this.requests.journalOf(request);
		assertThat(journal).extracting(RequestEvent::getKind).containsExactly("REGISTERED", "ACCEPTED", "APPROVED");
		assertThat(journal).extracting(RequestEvent::getActor)
			.containsExactly(TestUsers.REPORTER.id(), TestUsers.ENGINEER.id(), TestUsers.MANAGER.id());

		RuntimeService runtimeService = this.engine.getRuntimeService();
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RequestProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult();
		assertThat(instance).as("running service request instance with business key %s", number).isNotNull();
		assertThat(instance.getId()).isEqualTo(request.getProcessInstanceId());
		assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly(RequestProcess.PERFORM);
		assertThat(runtimeService.getVariable(instance.getId(), RequestProcess.Variables.APPROVED)).isEqualTo(true);

		Task perform = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(RequestProcess.PERFORM)
			.singleResult();
		assertThat(perform.getName()).isEqualTo(number + " 处理数据操作");
		assertThat(perform.getAssignee()).isEqualTo(TestUsers.ENGINEER.id());

		HistoryService historyService = this.engine.getHistoryService();
		HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(started.getStartUserId()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(finishedTask(instance, RequestProcess.ASSESS).getAssignee()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(finishedTask(instance, RequestProcess.APPROVE).getAssignee()).isEqualTo(TestUsers.MANAGER.id());
	}

	@Test
	void reporterSearchesFaqAndReadsArticle() throws Exception {
		BrowserJourney.requireBrowser();
		Path screenshots = BrowserJourney.screenshotDirectory("faq");
		Instant now = Instant.now();
		String answer = "在报告打印页面选择“重新生成 PDF”，再点击打印；仍然失败时清除浏览器缓存。";
		FaqArticle published = this.faq.create(new FaqContent("报告打印时提示文件生成失败", "打印检验报告时提示“文件生成失败”怎么办？", answer, "报告管理",
				List.of("报告打印", "PDF"), List.of()), "新建文章", TestUsers.ENGINEER.id(), now);
		FaqArticle withdrawn = this.faq.create(
				new FaqContent("旧版报告打印插件安装", "打印报告需要安装插件吗？", "安装旧版打印插件，否则打印失败。", "报告管理", List.of("报告打印"), List.of()),
				"新建文章", TestUsers.ENGINEER.id(), now);
		this.faq.changeStatus(withdrawn.getCode(), FaqStatus.WITHDRAWN, "新版不再需要插件", TestUsers.ENGINEER.id(), now);

		Map<String, String> settings = new HashMap<>(journeySettings(screenshots));
		settings.putAll(Map.of("FAQ_QUERY", "报告打印　失败", "FAQ_CODE", published.getCode(), "FAQ_ANSWER", answer,
				"FAQ_WITHDRAWN_CODE", withdrawn.getCode()));
		BrowserJourney.Result journey = BrowserJourney.run(FAQ_SCRIPT, settings);

		assertThat(journey.exitCode()).as("exit code of %s, whose output is:%n%s", FAQ_SCRIPT, journey.output())
			.isZero();
		for (String screenshot : FAQ_SCREENSHOTS) {
			assertThat(screenshots.resolve(screenshot)).as("screenshot %s", screenshot).isNotEmptyFile();
		}
		assertThat(journey.find(FAQ_PASSED)).as("article code in the output:%n%s", journey.output())
			.isEqualTo(published.getCode());
	}

	private HistoricTaskInstance finishedTask(ProcessInstance instance, String taskDefinitionKey) {
		HistoricTaskInstance task = this.engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.finished()
			.singleResult();
		assertThat(task).as("finished task %s of process instance %s", taskDefinitionKey, instance.getId()).isNotNull();
		return task;
	}

	private BrowserJourney.Result runJourney(Path script, Path screenshots) throws IOException, InterruptedException {
		return BrowserJourney.run(script, journeySettings(screenshots));
	}

	private Map<String, String> journeySettings(Path screenshots) {
		return Map.of("BASE_URL", "http://localhost:" + this.port, "REPORTER_USER", TestUsers.REPORTER.id(),
				"REPORTER_PASSWORD", TestUsers.REPORTER.password(), "ENGINEER_USER", TestUsers.ENGINEER.id(),
				"ENGINEER_PASSWORD", TestUsers.ENGINEER.password(), "MANAGER_USER", TestUsers.MANAGER.id(),
				"MANAGER_PASSWORD", TestUsers.MANAGER.password(), "SCREENSHOT_DIR", screenshots.toString(), "DESK_ZONE",
				this.desk.zone().getId());
	}

}
