package com.limsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Mail through a real SMTP server, and mail kept while the server is down. */
@DeskIntegrationTest
class NotificationDeliveryIntegrationTests {

	private static GreenMail smtp;

	@LocalServerPort
	private int port;

	@Autowired
	private NotificationService notificationService;

	@Autowired
	private NotificationSender sender;

	@Autowired
	private NotificationRepository notifications;

	/**
	 * Starts GreenMail on a free port before the application context, so that other test
	 * runs on the same machine never deliver into this mailbox.
	 */
	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		if (smtp == null) {
			// A fixed port once chosen, because the SMTP-down test stops and starts the
			// server.
			try (ServerSocket socket = new ServerSocket(0)) {
				smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			smtp.start();
		}
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void reporterReceivesAcknowledgementWithTicketNumber() throws Exception {
		DeskHttpClient reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
		String number = reporter
			.post("/engine-rest/process-definition/key/fault-handling/submit-form", Map.of("variables",
					DeskHttpClient.variables(Map.of("contactName", "张伟", "contactPhone", "13800138000", "module",
							"报告管理", "description", "报告预览页面个别图谱图片无法显示", "affectedUsers", 1, "channel", "tasklist"))))
			.json()
			.get("businessKey")
			.asText();

		MimeMessage mail = awaitMail(TestUsers.REPORTER.email(), "[" + number + "] 故障报告已受理");

		assertThat(GreenMailUtil.getBody(mail)).isNotEmpty();
		assertThat(mail.getContent().toString()).contains(number).contains("报告预览页面个别图谱图片无法显示");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("servicedesk@example.org");
	}

	@Test
	void escalationReachesDutyEngineerVendorSupportAndManagers() throws Exception {
		String number = new DeskHttpClient(this.port, TestUsers.REPORTER)
			.post("/engine-rest/process-definition/key/fault-handling/submit-form", Map.of("variables",
					DeskHttpClient.variables(Map.of("contactName", "赵磊", "contactPhone", "010-6401 2399", "module",
							"数据接口", "description", "与省级抽检平台的数据接口停止推送", "affectedUsers", 0, "channel", "phone"))))
			.json()
			.get("businessKey")
			.asText();

		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(16).toMillis()));
		try {
			String subject = "[" + number + "] 升级：响应时限已到，尚未分诊";
			for (TestUsers user : List.of(TestUsers.OTHER_ENGINEER, TestUsers.SUPPORT, TestUsers.MANAGER)) {
				MimeMessage mail = awaitMail(user.email(), subject);

				assertThat(mail.getContent().toString()).as("mail to %s", user).contains("与省级抽检平台的数据接口停止推送");
			}
			assertThat(find(TestUsers.REPORTER.email(), subject)).isNull();
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void waitsWhileSmtpIsDown() throws MessagingException {
		smtp.stop();
		try {
			this.notificationService.notifyGroups(List.of("managers"), "SMTP 恢复测试", "正文", "test:smtp-down");
			this.sender.sendDue();

			Notification waiting = this.notifications.findByReferenceOrderByIdAsc("test:smtp-down").get(0);
			assertThat(waiting.getStatus()).isEqualTo(Notification.Status.PENDING);
			assertThat(waiting.getAttempts()).isPositive();
			assertThat(waiting.getLastError()).isNotBlank();
		}
		finally {
			smtp.start();
		}

		MimeMessage mail = awaitMail(TestUsers.MANAGER.email(), "SMTP 恢复测试");

		assertThat(mail.getSubject()).isEqualTo("SMTP 恢复测试");
		Notification sent = this.notifications.findByReferenceOrderByIdAsc("test:smtp-down").get(0);
		assertThat(sent.getStatus()).isEqualTo(Notification.Status.SENT);
		assertThat(sent.getSentTo()).isEqualTo(TestUsers.MANAGER.email());
	}

	@Test
	void retryDelayDoublesUpToMaximum() {
		assertThat(this.sender.retryDelay(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.sender.retryDelay(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.sender.retryDelay(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.sender.retryDelay(10)).isEqualTo(Duration.ofSeconds(5));
	}

	private static MimeMessage awaitMail(String recipient, String subject) throws MessagingException {
		await(() -> find(recipient, subject) != null, Duration.ofSeconds(30));
		return find(recipient, subject);
	}

	private static MimeMessage find(String recipient, String subject) {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				boolean addressed = List.of(message.getRecipients(Message.RecipientType.TO))
					.stream()
					.anyMatch((address) -> address.toString().equals(recipient));
				if (addressed && subject.equals(message.getSubject())) {
					return message;
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return null;
	}

	private static void await(BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("condition not met within " + timeout);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
