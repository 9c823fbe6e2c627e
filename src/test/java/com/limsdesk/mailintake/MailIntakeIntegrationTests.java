package com.limsdesk.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.limsdesk.ServiceDeskApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail intake against GreenMail's IMAP server, with the acknowledgements delivered to its
 * SMTP server. Both listen on free loopback ports, so other test runs on the machine
 * never share the mailbox.
 */
@DeskIntegrationTest
class MailIntakeIntegrationTests {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String ACCOUNT = "intake";

	private static final String PASSWORD = "intake-secret";

	private static GreenMail greenMail;

	private static GreenMailUser mailbox;

	/** The desk's way to the IMAP server, cut to take the server down for the desk. */
	private static PortForwarder imapLink;

	@LocalServerPort
	private int port;

	@Autowired
	private MailboxPoller poller;

	@Autowired
	private IntakeMailRepository mails;

	@Autowired
	private MailAttachmentRepository attachments;

	@Autowired
	private FaultTicketService tickets;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		if (greenMail == null) {
			greenMail = new GreenMail(
					new ServerSetup[] { new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
							new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
			greenMail.start();
			mailbox = greenMail.setUser("intake@example.org", ACCOUNT, PASSWORD);
			imapLink = new PortForwarder(freePort(), greenMail.getImap().getPort());
		}
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("desk.mail-intake.enabled", () -> "true");
		registry.add("desk.mail-intake.host", () -> "127.0.0.1");
		registry.add("desk.mail-intake.port", () -> imapLink.port());
		registry.add("desk.mail-intake.protocol", () -> "imap");
		registry.add("desk.mail-intake.account", () -> ACCOUNT);
		registry.add("desk.mail-intake.password", () -> PASSWORD);
		registry.add("desk.mail-intake.poll-interval", () -> "PT1H");
		registry.add("desk.mail-intake.max-mail-size", () -> "200KB");
		registry.add("desk.mail-intake.max-attachment-size", () -> "50KB");
		registry.add("desk.mail-intake.max-attempts", () -> "3");
	}

	@AfterAll
	static void stopMailServers() {
		imapLink.close();
		greenMail.stop();
	}

	@BeforeEach
	void emptyMailbox() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void knownSenderOpensTicketAndGetsAcknowledgement() throws Exception {
		TestMails mail = TestMails.from("\"Reporter\" <REPORTER@example.org>")
			.subject("样品登记页面无法保存", StandardCharsets.UTF_8, "UTF-8")
			.text("今天上午起，样品登记页面点击保存后提示失败，科室三人都无法登记。", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);

		assertThat(this.poller.poll()).isEqualTo(1);

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.TICKET_OPENED);
		assertThat(record.getSenderUser()).isEqualTo(TestUsers.REPORTER.id());
		FaultTicket ticket = this.tickets.findByNumber(record.getTicketNumber());
		assertThat(ticket.getChannel().code()).isEqualTo("email");
		assertThat(ticket.getReporterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(ticket.getContactName()).isEqualTo("Reporter");
		assertThat(ticket.getDescription()).startsWith("样品登记页面无法保存\n\n今天上午起");
		assertThat(ticket.getProcessInstanceId()).isNotNull();
		assertThat(faultInstance(ticket.getNumber())).isNotNull();
		assertThat(processed(mail)).isTrue();

		MimeMessage acknowledgement = awaitMail(TestUsers.REPORTER.email(), "[" + ticket.getNumber() + "] 故障报告已受理");
		assertThat(acknowledgement.getContent().toString()).contains(ticket.getNumber());

		assertThat(this.poller.poll()).isZero();
		assertThat(ticketsWith("科室三人都无法登记")).isEqualTo(1);
	}

	@Test
	void chineseEncodingsReachTheTicket() throws Exception {
		TestMails gb2312 = TestMails.from("reporter@example.org")
			.subject("王堃：检测报告无法签发", GBK, "GB2312")
			.text("王喆说：报告签发按钮灰色，昇华实验室同样。", GBK, "gb2312");
		TestMails mislabelled = TestMails.from("reporter@example.org")
			.subject("仪器数据采集中断", StandardCharsets.UTF_8, "UTF-8")
			.text("色谱仪数据不再进入系统", GBK, "UTF-8");
		TestMails gb18030 = TestMails.from("reporter@example.org")
			.subject("审核流程卡住", Charset.forName("GB18030"), "GB18030")
			.text("审核流程在第二步卡住", Charset.forName("GB18030"), "GB18030");
		deliver(gb2312);
		deliver(mislabelled);
		deliver(gb18030);

		assertThat(this.poller.poll()).isEqualTo(3);

		FaultTicket first = this.tickets.findByNumber(record(gb2312).getTicketNumber());
		assertThat(first.getDescription()).isEqualTo("王堃：检测报告无法签发\n\n王喆说：报告签发按钮灰色，昇华实验室同样。");
		FaultTicket second = this.tickets.findByNumber(record(mislabelled).getTicketNumber());
		assertThat(second.getDescription()).isEqualTo("仪器数据采集中断\n\n色谱仪数据不再进入系统");
		assertThat(record(mislabelled).getNotes()).contains("声明为 UTF-8");
		FaultTicket third = this.tickets.findByNumber(record(gb18030).getTicketNumber());
		assertThat(third.getDescription()).isEqualTo("审核流程卡住\n\n审核流程在第二步卡住");
	}

	@Test
	void attachmentsAreKeptAndDownloadable() throws Exception {
		byte[] pdf = "%PDF-1.4 检测报告".getBytes(StandardCharsets.UTF_8);
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("报告模板错位")
			.multipart(TestMails.textPart("打印出的报告表头错位，见附件。"),
					TestMails.attachmentPart("application/pdf",
							TestMails.encodedWord("检测报告.pdf".getBytes(GBK), "GB2312"), pdf),
					TestMails.attachmentPart("application/zip", "logs.zip", new byte[60 * 1024]));
		deliver(mail);

		this.poller.poll();

		IntakeMail record = record(mail);
		String number = record.getTicketNumber();
		List<MailAttachmentRepository.AttachmentInfo> kept = this.attachments.findByTicketNumberOrderByIdAsc(number);
		assertThat(kept).extracting(MailAttachmentRepository.AttachmentInfo::getFileName)
			.containsExactly("检测报告.pdf", "logs.zip");
		assertThat(kept.get(1).isStored()).isFalse();
		assertThat(kept.get(1).getSizeBytes()).isEqualTo(60 * 1024);
		assertThat(journal(number)).anyMatch((entry) -> entry.contains("logs.zip（61440 字节，超过上限未保存）"));

		DeskHttpClient.Download asReporter = new DeskHttpClient(this.port, TestUsers.REPORTER)
			.download("/api/mail-intake/attachments/" + kept.get(0).getId());
		assertThat(asReporter.status()).isEqualTo(200);
		assertThat(asReporter.body()).isEqualTo(pdf);
		assertThat(asReporter.headers().get("content-disposition").get(0)).startsWith("attachment;");
		DeskHttpClient.Download asEngineer = new DeskHttpClient(this.port, TestUsers.ENGINEER)
			.download("/api/mail-intake/attachments/" + kept.get(0).getId());
		assertThat(asEngineer.status()).isEqualTo(200);
		DeskHttpClient.Download asOtherReporter = new DeskHttpClient(this.port, TestUsers.OTHER_REPORTER)
			.download("/api/mail-intake/attachments/" + kept.get(0).getId());
		assertThat(asOtherReporter.status()).isEqualTo(404);
		DeskHttpClient.Download tooLarge = new DeskHttpClient(this.port, TestUsers.ENGINEER)
			.download("/api/mail-intake/attachments/" + kept.get(1).getId());
		assertThat(tooLarge.status()).isEqualTo(404);
	}

	@Test
	void replyWithTicketNumberGoesToJournal() throws Exception {
		TestMails report = TestMails.from("reporter@example.org")
			.subject("质控图不显示")
			.text("质控图页面空白", StandardCharsets.UTF_8, "UTF-8");
		deliver(report);
		this.poller.poll();
		String number = record(report).getTicketNumber();
		TestMails reply = TestMails.from("reporter@example.org")
			.subject("回复：[" + number + "] 故障报告已受理", StandardCharsets.UTF_8, "UTF-8")
			.multipart(TestMails.textPart("补充：只有 Chrome 下空白。"),
					TestMails.attachmentPart("image/png", "screen.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
		deliver(reply);

		assertThat(this.poller.poll()).isEqualTo(1);

		IntakeMail replyRecord = record(reply);
		assertThat(replyRecord.getStatus()).isEqualTo(MailStatus.REPLY_ADDED);
		assertThat(replyRecord.getTicketNumber()).isEqualTo(number);
		assertThat(journal(number)).anyMatch((entry) -> entry.startsWith("MAIL_REPLY")
				&& entry.contains("补充：只有 Chrome 下空白。") && entry.contains("screen.png"));
		assertThat(this.attachments.findByTicketNumberOrderByIdAsc(number))
			.extracting(MailAttachmentRepository.AttachmentInfo::getFileName)
			.containsExactly("screen.png");
		assertThat(ticketsWith("质控图")).isEqualTo(1);
		awaitMail(TestUsers.REPORTER.email(), "[" + number + "] 您的邮件已加入工单");

		TestMails intruder = TestMails.from("reporter2@example.org")
			.subject("回复：[" + number + "] 我也有这个问题", StandardCharsets.UTF_8, "UTF-8")
			.text("质控图在我这里也空白", StandardCharsets.UTF_8, "UTF-8");
		deliver(intruder);

		assertThat(this.poller.poll()).isEqualTo(1);

		IntakeMail intruderRecord = record(intruder);
		assertThat(intruderRecord.getStatus()).as("another reporter's mail opens its own ticket")
			.isEqualTo(MailStatus.TICKET_OPENED);
		assertThat(intruderRecord.getTicketNumber()).isNotEqualTo(number);
		assertThat(journal(number)).noneMatch((entry) -> entry.contains("质控图在我这里也空白"));
	}

	@Test
	void unknownSenderIsAcceptedAfterReview() throws Exception {
		TestMails mail = TestMails.from("lab.head@hospital.example.net")
			.subject("微生物室无法登录 LIMS", StandardCharsets.UTF_8, "UTF-8")
			.text("微生物室全部电脑登录提示账号锁定。", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);

		this.poller.poll();

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.AWAITING_REVIEW);
		assertThat(record.getTicketNumber()).isNull();
		assertThat(processed(mail)).isTrue();
		ProcessScenario scenario = new ProcessScenario(this.engine, MailReviewProcess.KEY);
		ProcessInstance review = reviewOf(record);
		Task task = scenario.task(review, MailReviewProcess.REVIEW);
		assertThat(task).isNotNull();
		assertThat(this.engine.getTaskService().getVariable(task.getId(), "mailSummary").toString())
			.contains("lab.head@hospital.example.net")
			.contains("微生物室全部电脑登录提示账号锁定。");

		assertThatThrownBy(
				() -> scenario.complete(review, MailReviewProcess.REVIEW, TestUsers.ENGINEER,
						Map.of("reviewDecision", "accept", "contactName", "李主任", "contactPhone", "电话未知", "module", "登录",
								"affectedUsers", 6)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("联系电话");

		scenario.complete(review, MailReviewProcess.REVIEW, TestUsers.ENGINEER,
				Map.of("reviewDecision", "accept", "contactName", "李主任", "contactPhone", "010-6401 2388", "module",
						"登录", "affectedUsers", 6, "reporterUser", TestUsers.REPORTER.id()));

		IntakeMail accepted = record(mail);
		assertThat(accepted.getStatus()).isEqualTo(MailStatus.ACCEPTED);
		assertThat(accepted.getReviewedBy()).isEqualTo(TestUsers.ENGINEER.id());
		FaultTicket ticket = this.tickets.findByNumber(accepted.getTicketNumber());
		assertThat(ticket.getFiledBy()).isEqualTo(TestUsers.ENGINEER.id());
		assertThat(ticket.getReporterUser()).isEqualTo(TestUsers.REPORTER.id());
		assertThat(ticket.getContactName()).isEqualTo("李主任");
		assertThat(ticket.getDescription()).contains("微生物室全部电脑登录提示账号锁定。");
		assertThat(historicEnd(review)).isEqualTo(MailReviewProcess.ACCEPTED);
	}

	@Test
	void unknownSenderIsRejectedWithReason() throws Exception {
		TestMails mail = TestMails.from("sales@vendor.example.com")
			.subject("最新仪器优惠")
			.text("欢迎选购", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		this.poller.poll();
		ProcessScenario scenario = new ProcessScenario(this.engine, MailReviewProcess.KEY);
		ProcessInstance review = reviewOf(record(mail));

		assertThatThrownBy(() -> scenario.complete(review, MailReviewProcess.REVIEW, TestUsers.ENGINEER,
				Map.of("reviewDecision", "reject")))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("拒收原因");

		scenario.complete(review, MailReviewProcess.REVIEW, TestUsers.ENGINEER,
				Map.of("reviewDecision", "reject", "rejectReason", "广告邮件"));

		IntakeMail rejected = record(mail);
		assertThat(rejected.getStatus()).isEqualTo(MailStatus.REJECTED);
		assertThat(rejected.getReviewReason()).isEqualTo("广告邮件");
		assertThat(rejected.getTicketNumber()).isNull();
		assertThat(historicEnd(review)).isEqualTo(MailReviewProcess.REJECTED);
	}

	@Test
	void oversizedMailIsRecordedAndSenderTold() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("big")
			.multipart(TestMails.textPart("日志见附件"),
					TestMails.attachmentPart("application/octet-stream", "dump.bin", new byte[300 * 1024]));
		deliver(mail);

		assertThat(this.poller.poll()).isEqualTo(1);

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.OVERSIZED);
		assertThat(record.getTicketNumber()).isNull();
		assertThat(record.getSizeBytes()).isGreaterThan(200 * 1024);
		assertThat(processed(mail)).isTrue();
		awaitMail(TestUsers.REPORTER.email(), "您的邮件过大，未能受理");
	}

	@Test
	void mailWithoutTextOpensTicketWithAttachment() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("截图", StandardCharsets.UTF_8, "UTF-8")
			.multipart(TestMails.attachmentPart("image/png", "error.png", new byte[] { 1, 2, 3, 4 }));
		deliver(mail);

		this.poller.poll();

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.TICKET_OPENED);
		assertThat(record.getBodyKind()).isEqualTo(BodyKind.NONE);
		assertThat(record.getNotes()).contains("邮件没有正文");
		assertThat(this.tickets.findByNumber(record.getTicketNumber()).getDescription())
			.isEqualTo("截图\n\n（邮件没有正文，请查看附件）");
		assertThat(this.attachments.findByTicketNumberOrderByIdAsc(record.getTicketNumber())).hasSize(1);
	}

	@Test
	void htmlOnlyMailBecomesText() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("html")
			.html("<html><body><p>报告&lt;打印&gt;失败</p><script>alert(1)</script></body></html>");
		deliver(mail);

		this.poller.poll();

		IntakeMail record = record(mail);
		assertThat(record.getBodyKind()).isEqualTo(BodyKind.HTML);
		assertThat(this.tickets.findByNumber(record.getTicketNumber()).getDescription()).isEqualTo("html\n\n报告<打印>失败");
	}

	@Test
	void failureBeforeCommitIsRetriedOnce() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("retry")
			.text("数据库连接超时", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		// A suspended fault process makes the ticket step fail after the mail was read
		// and the ticket registered, so the whole transaction rolls back.
		this.engine.getRepositoryService().suspendProcessDefinitionByKey(FaultProcess.KEY);
		try {
			assertThat(this.poller.poll()).isZero();
		}
		finally {
			this.engine.getRepositoryService().activateProcessDefinitionByKey(FaultProcess.KEY);
		}

		IntakeMail failed = record(mail);
		assertThat(failed.getStatus()).isEqualTo(MailStatus.RETRYING);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).contains("suspended");
		assertThat(failed.getTicketNumber()).isNull();
		assertThat(ticketsWith("数据库连接超时")).isZero();
		assertThat(processed(mail)).isFalse();

		assertThat(this.poller.poll()).isEqualTo(1);
		assertThat(this.poller.poll()).isZero();

		IntakeMail done = record(mail);
		assertThat(done.getStatus()).isEqualTo(MailStatus.TICKET_OPENED);
		assertThat(ticketsWith("数据库连接超时")).isEqualTo(1);
		assertThat(processed(mail)).isTrue();
	}

	@Test
	void repeatedFailureIsGivenUpAndEngineersTold() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("give up")
			.text("无法处理", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		this.engine.getRepositoryService().suspendProcessDefinitionByKey(FaultProcess.KEY);
		try {
			assertThat(this.poller.poll()).isZero();
			assertThat(this.poller.poll()).isZero();
			assertThat(this.poller.poll()).isEqualTo(1);
		}
		finally {
			this.engine.getRepositoryService().activateProcessDefinitionByKey(FaultProcess.KEY);
		}

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(record.getAttempts()).isEqualTo(3);
		assertThat(processed(mail)).isTrue();
		assertThat(this.poller.poll()).isZero();
		assertThat(ticketsWith("无法处理")).isZero();
		awaitMail(TestUsers.ENGINEER.email(), "邮件受理失败，请人工处理");
	}

	@Test
	void lostMarkIsNotProcessedAgain() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("mark lost")
			.text("标记丢失", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		this.poller.poll();
		// As if the desk stopped between the commit and the mark on the server.
		setProcessed(mail, false);

		assertThat(this.poller.poll()).isEqualTo(1);

		assertThat(ticketsWith("标记丢失")).isEqualTo(1);
		assertThat(processed(mail)).isTrue();
	}

	@Test
	void secondDeskOverSameDatabaseSkipsProcessedMail() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("restart")
			.text("重启之后不应重复登记", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		this.poller.poll();
		IntakeMail before = record(mail);
		// As if the first desk stopped before it marked the mail on the server.
		setProcessed(mail, false);

		try (ConfigurableApplicationContext second = startSecondDesk()) {
			assertThat(second.getBean(MailboxPoller.class).poll()).isEqualTo(1);
		}

		assertThat(ticketsWith("重启之后不应重复登记")).isEqualTo(1);
		assertThat(this.mails.count())
			.isEqualTo(this.mails.findAll().stream().map(IntakeMail::getMessageKey).distinct().count());
		IntakeMail after = record(mail);
		assertThat(after.getTicketNumber()).isEqualTo(before.getTicketNumber());
		assertThat(after.getProcessedAt()).isEqualTo(before.getProcessedAt());
		assertThat(processed(mail)).isTrue();
	}

	@Test
	void imapServerDownIsRetriedAtNextPoll() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("server down")
			.text("服务器停机期间的来信", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		imapLink.close();
		try {
			assertThat(this.poller.poll()).isZero();
			assertThat(this.poller.poll()).isZero();
			assertThat(this.poller.state().failures()).isEqualTo(2);
			assertThat(this.poller.state().lastError()).contains("Couldn't connect");
			assertThat(this.mails.findByMessageKey(mail.messageId())).isEmpty();
		}
		finally {
			imapLink.open();
		}

		assertThat(this.poller.poll()).isEqualTo(1);

		assertThat(this.poller.state().failures()).isZero();
		assertThat(record(mail).getStatus()).isEqualTo(MailStatus.TICKET_OPENED);
	}

	@Test
	void automaticReplyIsRecordedNotAnswered() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.header("Auto-Submitted: auto-replied")
			.subject("自动回复：[GZ-2026-00001] 故障报告已受理", StandardCharsets.UTF_8, "UTF-8")
			.text("我正在休假", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);

		this.poller.poll();

		IntakeMail record = record(mail);
		assertThat(record.getStatus()).isEqualTo(MailStatus.AUTOMATIC);
		assertThat(record.getTicketNumber()).isNull();
		assertThat(processed(mail)).isTrue();
	}

	@Test
	void listingIsForStaffOnly() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("listing")
			.text("列表", StandardCharsets.UTF_8, "UTF-8");
		deliver(mail);
		this.poller.poll();

		DeskHttpClient.Response asEngineer = new DeskHttpClient(this.port, TestUsers.ENGINEER).get("/api/mail-intake");
		DeskHttpClient.Response asReporter = new DeskHttpClient(this.port, TestUsers.REPORTER).get("/api/mail-intake");
		DeskHttpClient.Response badStatus = new DeskHttpClient(this.port, TestUsers.ENGINEER)
			.get("/api/mail-intake?status=LOST");

		assertThat(asEngineer.status()).isEqualTo(200);
		assertThat(asEngineer.body()).contains(record(mail).getTicketNumber()).contains("已登记故障");
		assertThat(asEngineer.body()).doesNotContain(PASSWORD);
		assertThat(asReporter.status()).isEqualTo(403);
		assertThat(badStatus.status()).isEqualTo(400);
	}

	/**
	 * Starts a second desk on this test's database and mailbox, as a restarted or a
	 * second node would be, without a job executor.
	 */
	private ConfigurableApplicationContext startSecondDesk() {
		Map<String, Object> settings = new HashMap<>();
		for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.datasource.driver-class-name")) {
			settings.put(key, this.environment.getProperty(key, ""));
		}
		settings.put("spring.mail.port", greenMail.getSmtp().getPort());
		settings.put("desk.mail-intake.enabled", "true");
		settings.put("desk.mail-intake.host", "127.0.0.1");
		settings.put("desk.mail-intake.port", imapLink.port());
		settings.put("desk.mail-intake.protocol", "imap");
		settings.put("desk.mail-intake.account", ACCOUNT);
		settings.put("desk.mail-intake.password", PASSWORD);
		settings.put("server.port", "0");
		settings.put("camunda.bpm.job-execution.enabled", "false");
		settings.put("desk.mail-intake.poll-interval", "PT1H");
		settings.put("desk.notification.poll-interval", "PT1H");
		for (TestUsers user : TestUsers.values()) {
			settings.put("DESK_PASSWORD_" + user.id().toUpperCase(), user.password());
		}
		// Command-line arguments, because default properties would lose to
		// application.yaml.
		String[] arguments = settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		String[] profiles = this.environment.getActiveProfiles();
		return new SpringApplicationBuilder(ServiceDeskApplication.class).profiles(profiles).run(arguments);
	}

	private void deliver(TestMails mail) throws MessagingException {
		mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mail.bytes())));
	}

	private IntakeMail record(TestMails mail) {
		return this.mails.findByMessageKey(mail.messageId()).orElseThrow();
	}

	/** Counts the fault tickets whose description contains the text. */
	private int ticketsWith(String text) {
		return this.jdbc.queryForObject("select count(*) from desk_fault_ticket where description like ?",
				Integer.class, "%" + text + "%");
	}

	private List<String> journal(String number) {
		return this.tickets.journalOf(this.tickets.findByNumber(number))
			.stream()
			.map((entry) -> entry.getKind() + " " + entry.getDetail())
			.toList();
	}

	private ProcessInstance faultInstance(String number) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(FaultProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult();
	}

	private ProcessInstance reviewOf(IntakeMail record) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(record.getReviewProcessInstanceId())
			.singleResult();
	}

	private String historicEnd(ProcessInstance instance) {
		return this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityType("noneEndEvent")
			.singleResult()
			.getActivityId();
	}

	private boolean processed(TestMails mail) throws MessagingException {
		try (Store store = imapStore()) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			Message[] found = inbox.search(new MessageIDTerm(mail.messageId()));
			assertThat(found).as("mail %s in the mailbox", mail.messageId()).hasSize(1);
			boolean flagged = found[0].getFlags().contains("LimsDeskProcessed");
			inbox.close(false);
			return flagged;
		}
	}

	private void setProcessed(TestMails mail, boolean processed) throws MessagingException {
		try (Store store = imapStore()) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_WRITE);
			Message[] found = inbox.search(new MessageIDTerm(mail.messageId()));
			inbox.setFlags(found, new Flags("LimsDeskProcessed"), processed);
			inbox.close(false);
		}
	}

	private static Store imapStore() throws MessagingException {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect("127.0.0.1", greenMail.getImap().getPort(), ACCOUNT, PASSWORD);
		return store;
	}

	private static MimeMessage awaitMail(String to, String subject) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				boolean addressed = Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().equals(to));
				if (addressed && subject.equals(message.getSubject())) {
					return message;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no mail '" + subject + "' reached " + to);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
