package com.limsdesk.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** Decoding of mails as Chinese clients send them, from raw bytes. */
class MailParserTests {

	private static final Charset GBK = Charset.forName("GBK");

	private final MailParser parser = new MailParser(1024);

	@Test
	void gb2312LabelWithGbkOnlyCharacters() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("王堃：样品登记无法保存", GBK, "GB2312")
			.text("王喆反映：检测报告无法打印，昇华实验室也一样。", GBK, "gb2312");

		ParsedMail parsed = parse(mail);

		assertThat(parsed.subject()).isEqualTo("王堃：样品登记无法保存");
		assertThat(parsed.text()).isEqualTo("王喆反映：检测报告无法打印，昇华实验室也一样。");
		assertThat(parsed.bodyKind()).isEqualTo(BodyKind.PLAIN);
		assertThat(parsed.notes()).isEmpty();
	}

	@Test
	void utf8SubjectSplitInsideCharacter() throws Exception {
		byte[] subject = "仪器数据采集中断".getBytes(StandardCharsets.UTF_8);
		byte[] first = java.util.Arrays.copyOfRange(subject, 0, 4);
		byte[] second = java.util.Arrays.copyOfRange(subject, 4, subject.length);
		TestMails mail = TestMails.from("reporter@example.org")
			.header("Subject: " + TestMails.encodedWord(first, "UTF-8") + "\r\n "
					+ TestMails.encodedWord(second, "utf-8"))
			.text("色谱仪数据不再进入 LIMS。", StandardCharsets.UTF_8, "UTF-8");

		ParsedMail parsed = parse(mail);

		assertThat(parsed.subject()).isEqualTo("仪器数据采集中断");
		assertThat(parsed.text()).isEqualTo("色谱仪数据不再进入 LIMS。");
	}

	@Test
	void gb18030AndQuotedPrintableSubjects() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.header("Subject: =?GB18030?B?" + java.util.Base64.getEncoder().encodeToString("报告".getBytes(GBK))
					+ "?= =?UTF-8?Q?_=E6=97=A0=E6=B3=95=E7=AD=BE=E5=8F=91?=")
			.text("ok", StandardCharsets.UTF_8, "UTF-8");

		assertThat(parse(mail).subject()).isEqualTo("报告 无法签发");
	}

	@Test
	void bodyLabelledUtf8ButWrittenInGbk() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org").subject("ascii subject").text("样品接收界面卡死", GBK, "UTF-8");

		ParsedMail parsed = parse(mail);

		assertThat(parsed.text()).isEqualTo("样品接收界面卡死");
		assertThat(parsed.notes()).singleElement().asString().contains("声明为 UTF-8").contains("GB18030");
	}

	@Test
	void unlabelledBodyAndRawGbkSubject() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.rawHeader("Subject", "审核流程卡住", GBK)
			.text("审核流程卡住了", GBK, "\"\"");

		ParsedMail parsed = parse(mail);

		assertThat(parsed.subject()).isEqualTo("审核流程卡住");
		assertThat(parsed.text()).isEqualTo("审核流程卡住了");
	}

	@Test
	void htmlOnlyBecomesText() throws Exception {
		TestMails mail = TestMails
			.from(TestMails.encodedWord("张伟".getBytes(StandardCharsets.UTF_8), "UTF-8") + " <Zhang.Wei@Example.org>")
			.subject("html")
			.html("<html><head><style>p{color:red}</style></head><body><p>第一行&nbsp;&amp;</p>"
					+ "<div>第二行<br>第三行</div><script>alert(1)</script></body></html>");

		ParsedMail parsed = parse(mail);

		assertThat(parsed.bodyKind()).isEqualTo(BodyKind.HTML);
		assertThat(parsed.text()).isEqualTo("第一行 &\n\n第二行\n第三行");
		assertThat(parsed.senderAddress()).isEqualTo("zhang.wei@example.org");
		assertThat(parsed.senderName()).isEqualTo("张伟");
	}

	@Test
	void attachmentsWithEncodedNamesAndSizeLimit() throws Exception {
		String name = TestMails.encodedWord("检测报告.pdf".getBytes(GBK), "GB2312");
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("attachments")
			.multipart(TestMails.textPart("见附件"),
					TestMails.attachmentPart("application/pdf", name,
							"%PDF-1.4 small".getBytes(StandardCharsets.US_ASCII)),
					TestMails.attachmentPart("application/zip", "../../logs.zip", new byte[2048]));

		ParsedMail parsed = parse(mail);

		assertThat(parsed.text()).isEqualTo("见附件");
		assertThat(parsed.attachments()).hasSize(2);
		assertThat(parsed.attachments().get(0).fileName()).isEqualTo("检测报告.pdf");
		assertThat(parsed.attachments().get(0).content()).asString().isEqualTo("%PDF-1.4 small");
		assertThat(parsed.attachments().get(1).fileName()).isEqualTo("logs.zip");
		assertThat(parsed.attachments().get(1).size()).isEqualTo(2048);
		assertThat(parsed.attachments().get(1).content()).isNull();
	}

	@Test
	void noTextPartIsNoted() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.subject("only a picture")
			.multipart(TestMails.attachmentPart("image/png", "screen.png", new byte[] { 1, 2, 3 }));

		ParsedMail parsed = parse(mail);

		assertThat(parsed.bodyKind()).isEqualTo(BodyKind.NONE);
		assertThat(parsed.text()).isEmpty();
		assertThat(parsed.notes()).contains("邮件没有正文");
		assertThat(parsed.attachments()).singleElement()
			.extracting(ParsedMail.Attachment::fileName)
			.isEqualTo("screen.png");
	}

	@Test
	void autoReplyIsAutomatic() throws Exception {
		TestMails mail = TestMails.from("reporter@example.org")
			.header("Auto-Submitted: auto-replied")
			.subject("Out of office")
			.text("away", StandardCharsets.UTF_8, "UTF-8");

		assertThat(parse(mail).automatic()).isTrue();
	}

	private ParsedMail parse(TestMails mail) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(mail.bytes()));
		return this.parser.parse(message);
	}

}
