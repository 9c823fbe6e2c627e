package com.limsdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The FAQ and consultations over the desk's REST API, as each kind of user. */
@DeskIntegrationTest
class FaqRestIntegrationTests {

	@LocalServerPort
	private int port;

	private DeskHttpClient engineer;

	private DeskHttpClient support;

	private DeskHttpClient manager;

	private DeskHttpClient reporter;

	private DeskHttpClient otherReporter;

	/** A keyword of this test only, so that searches see only its articles. */
	private String marker;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
		this.otherReporter = new DeskHttpClient(this.port, TestUsers.OTHER_REPORTER);
		this.marker = "标记" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void engineerEditsAndReporterReads() {
		Response created = this.engineer.post("/api/faq", article("样品登记时条码打印不出来", "检查条码打印机驱动。"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String code = created.json().get("code").asText();
		assertThat(code).matches("FAQ-\\d{4,}");

		Map<String, Object> edit = article("样品登记时条码打印不出来", "检查条码打印机驱动和纸张规格。");
		edit.put("basedOn", 1);
		Response withoutReason = this.support.put("/api/faq/" + code, edit);
		edit.put("reason", "补充纸张规格");
		Response revised = this.support.put("/api/faq/" + code, edit);
		Response stale = this.engineer.put("/api/faq/" + code, edit);

		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.json().get("field").asText()).isEqualTo("reason");
		assertThat(withoutReason.json().get("message").asText()).contains("修改原因", "必填");
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(revised.json().get("version").asInt()).isEqualTo(2);
		assertThat(stale.status()).isEqualTo(409);
		JsonNode versions = this.manager.get("/api/faq/" + code + "/versions").json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(1).get("reason").asText()).isEqualTo("补充纸张规格");
		assertThat(versions.get(1).get("changedBy").asText()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(this.engineer.get("/api/faq/" + code + "/versions/1").json().get("answer").asText())
			.isEqualTo("检查条码打印机驱动。");

		JsonNode read = this.reporter.get("/api/faq/" + code).json();
		assertThat(read.get("answer").asText()).isEqualTo("检查条码打印机驱动和纸张规格。");
		assertThat(read.get("sources").isNull()).isTrue();
		JsonNode hits = this.reporter.get("/api/faq?q=" + encode("条码 " + this.marker)).json();
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).get("code").asText()).isEqualTo(code);
		assertThat(this.reporter.get("/api/faq?q=" + encode("扫码枪 " + this.marker)).json()).isEmpty();
	}

	@Test
	void reporterCannotEditOrSeeWithdrawn() {
		String code = this.engineer.post("/api/faq", article("旧版登录地址", "使用旧地址登录。")).json().get("code").asText();
		Response noReason = this.engineer.post("/api/faq/" + code + "/withdraw", Map.of());
		Response withdrawn = this.engineer.post("/api/faq/" + code + "/withdraw", Map.of("reason", "地址已停用"));

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(this.reporter.get("/api/faq/" + code).status()).isEqualTo(404);
		assertThat(this.reporter.get("/api/faq?q=" + encode(this.marker)).json()).isEmpty();
		assertThat(this.reporter.get("/api/faq?status=all").status()).isEqualTo(403);
		assertThat(this.reporter.get("/api/faq/" + code + "/versions").status()).isEqualTo(403);
		assertThat(this.reporter.post("/api/faq", article("我的文章", "我的答复")).status()).isEqualTo(403);
		assertThat(this.manager.post("/api/faq", article("管理员文章", "答复")).status()).isEqualTo(403);
		assertThat(this.reporter.post("/api/faq/" + code + "/publish", Map.of("reason", "恢复")).status()).isEqualTo(403);
		assertThat(this.engineer.delete("/api/faq/" + code).status()).isIn(404, 405);
		JsonNode all = this.manager.get("/api/faq?status=withdrawn&q=" + encode(this.marker)).json();
		assertThat(all).hasSize(1);
		assertThat(all.get(0).get("code").asText()).isEqualTo(code);
		assertThat(this.reporter.get("/api/faq/permissions").json().get("editor").asBoolean()).isFalse();
		assertThat(this.engineer.get("/api/faq/permissions").json().get("editor").asBoolean()).isTrue();
		assertThat(this.reporter.get("/desk/faq.html").status()).isEqualTo(200);
	}

	@Test
	void badArticleIsRejectedNamingField() {
		Map<String, Object> noAnswer = article("没有答复的文章", " ");
		Map<String, Object> badSource = article("来源不对", "答复");
		badSource.put("sources", "GZ-2026-99999");
		Map<String, Object> notANumber = article("来源格式不对", "答复");
		notANumber.put("sources", "工单123");
		String tooLong = "问".repeat(101);

		Response missing = this.engineer.post("/api/faq", noAnswer);
		Response unknown = this.engineer.post("/api/faq", badSource);
		Response malformed = this.engineer.post("/api/faq", notANumber);
		Response longQuery = this.reporter.get("/api/faq?q=" + encode(tooLong));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("field").asText()).isEqualTo("answer");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("field").asText()).isEqualTo("sources");
		assertThat(unknown.json().get("message").asText()).contains("GZ-2026-99999 不存在");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("message").asText()).contains("工单123");
		assertThat(longQuery.status()).isEqualTo(400);
		assertThat(longQuery.json().get("field").asText()).isEqualTo("q");
		assertThat(this.engineer.get("/api/faq?status=all&q=" + encode(this.marker)).json()).isEmpty();
	}

	@Test
	void everyUserExportsPublishedFaq() throws Exception {
		String code = this.engineer.post("/api/faq", article("如何修改密码", "在个人设置中修改。")).json().get("code").asText();

		DeskHttpClient.Download download = this.reporter.download("/api/faq/export");

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type").get(0))
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(code + " 如何修改密码", "答复：在个人设置中修改。");
		}
	}

	@Test
	void reporterReadsOnlyOwnConsultations() {
		Response asked = this.reporter.post("/api/consultations", Map.of("category", "technical", "module", "客户端",
				"title", "客户端启动很慢" + this.marker, "question", "每天第一次打开客户端要等两分钟。"));
		Response empty = this.reporter.post("/api/consultations",
				Map.of("category", "technical", "module", "客户端", "title", "空问题", "question", ""));

		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		String number = asked.json().get("summary").get("number").asText();
		assertThat(number).matches("ZX-\\d{4}-\\d{5}");
		assertThat(asked.json().get("thread").get(0).get("kindLabel").asText()).isEqualTo("提问");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("field").asText()).isEqualTo("question");
		assertThat(this.reporter.get("/api/consultations").body()).contains(number);
		assertThat(this.otherReporter.get("/api/consultations").body()).doesNotContain(number);
		assertThat(this.otherReporter.get("/api/consultations/" + number).status()).isEqualTo(404);
		assertThat(this.engineer.get("/api/consultations/" + number).status()).isEqualTo(200);
		JsonNode tasks = this.engineer.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("name").asText()).isEqualTo(number + " 答复咨询");
	}

	private Map<String, Object> article(String title, String answer) {
		Map<String, Object> article = new HashMap<>();
		article.put("title", title);
		article.put("question", title + "？");
		article.put("answer", answer);
		article.put("module", "样品登记");
		article.put("keywords", "条码，" + this.marker);
		return article;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
