package com.limsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Monitoring systems reporting faults over {@code POST /api/faults}. */
@DeskIntegrationTest
class FaultIntakeIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RuntimeService runtimeService;

	private DeskHttpClient monitoring;

	private DeskHttpClient engineer;

	@BeforeEach
	void setUp() {
		this.monitoring = new DeskHttpClient(this.port, TestUsers.MONITORING);
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
	}

	@Test
	void problemOpensTicketAndRepeatCounts() {
		Instant firstSeen = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		Response opened = this.monitoring.post("/api/faults", alert("zabbix", "lims-web-http", "problem", firstSeen));
		Response repeated = this.monitoring.post("/api/faults",
				alert("zabbix", "lims-web-http", "problem", firstSeen.plusSeconds(60)));

		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String number = opened.json().get("ticketNumber").asText();
		assertThat(number).startsWith("GZ-");
		assertThat(opened.json().get("effect").asText()).isEqualTo("OPENED");
		assertThat(opened.headers().get("location")).containsExactly("/api/faults/" + number);
		assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
		assertThat(repeated.json().get("ticketNumber").asText()).isEqualTo(number);
		assertThat(repeated.json().get("effect").asText()).isEqualTo("OCCURRENCE");
		assertThat(repeated.json().get("occurrences").asInt()).isEqualTo(2);

		JsonNode detail = this.engineer.get("/api/faults/" + number).json();
		assertThat(detail.at("/summary/category").asText()).isEqualTo("main");
		assertThat(detail.at("/summary/severity").asText()).isEqualTo("major");
		assertThat(detail.get("channel").asText()).isEqualTo("monitoring");
		assertThat(detail.get("reporterUser").asText()).isEqualTo("manager");
		assertThat(detail.get("description").asText()).contains("LIMS 网页无法访问").contains("HTTP 502");
		assertThat(detail.at("/alert/key").asText()).isEqualTo("zabbix/lims-web-http");
		assertThat(detail.at("/alert/occurrences").asInt()).isEqualTo(2);
		assertThat(Instant.parse(detail.at("/alert/firstSeen").asText())).isEqualTo(firstSeen);
		assertThat(Instant.parse(detail.at("/alert/lastSeen").asText())).isEqualTo(firstSeen.plusSeconds(60));
		assertThat(detail.get("journal").toString()).contains("OCCURRENCE").contains("第 2 次");
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(FaultProcess.KEY)
			.processInstanceBusinessKey(number)
			.count()).isEqualTo(1);
	}

	@Test
	void sameKeyFromOtherSourceOpensOwnTicket() {
		Instant seen = Instant.now().minus(5, ChronoUnit.MINUTES);

		Response zabbix = this.monitoring.post("/api/faults", alert("zabbix", "disk-full", "problem", seen));
		Response prometheus = this.monitoring.post("/api/faults", alert("prometheus", "disk-full", "problem", seen));

		assertThat(zabbix.status()).isEqualTo(201);
		assertThat(prometheus.status()).isEqualTo(201);
		assertThat(prometheus.json().get("ticketNumber").asText())
			.isNotEqualTo(zabbix.json().get("ticketNumber").asText());
	}

	@Test
	void sameReportTwiceTakesEffectOnce() {
		Instant seen = Instant.now().minus(3, ChronoUnit.MINUTES);
		Map<String, Object> report = alert("zabbix", "his-interface", "problem", seen);
		this.monitoring.post("/api/faults", report);
		Map<String, Object> repeat = alert("zabbix", "his-interface", "problem", seen.plusSeconds(30));
		this.monitoring.post("/api/faults", repeat);

		Response again = this.monitoring.post("/api/faults", repeat);
		Response recovered = this.monitoring.post("/api/faults",
				alert("zabbix", "his-interface", "recovered", seen.plusSeconds(90)));
		Response recoveredAgain = this.monitoring.post("/api/faults",
				alert("zabbix", "his-interface", "recovered", seen.plusSeconds(90)));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(again.json().get("effect").asText()).isEqualTo("OCCURRENCE");
		assertThat(again.json().get("occurrences").asInt()).isEqualTo(2);
		assertThat(recovered.json().get("effect").asText()).isEqualTo("RECOVERED");
		assertThat(recoveredAgain.json().get("duplicate").asBoolean()).isTrue();
		String number = recovered.json().get("ticketNumber").asText();
		JsonNode detail = this.engineer.get("/api/faults/" + number).json();
		assertThat(detail.at("/alert/occurrences").asInt()).isEqualTo(2);
		assertThat(kinds(detail)).filteredOn("RECOVERED"::equals).hasSize(1);
		assertThat(signals("zabbix/his-interface")).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from desk_notification where subject = ? and recipient_groups like '%engineers%'",
				Integer.class, "[" + number + "] 监控显示已恢复"))
			.isEqualTo(1);
	}

	@Test
	void recoveryNeedsConfirmationByPerson() {
		Instant seen = Instant.now().minus(20, ChronoUnit.MINUTES);
		String number = this.monitoring.post("/api/faults", alert("zabbix", "sample-queue", "problem", seen))
			.json()
			.get("ticketNumber")
			.asText();

		Response stale = this.monitoring.post("/api/faults",
				alert("zabbix", "sample-queue", "recovered", seen.minusSeconds(60)));
		Response recovered = this.monitoring.post("/api/faults",
				alert("zabbix", "sample-queue", "recovered", seen.plusSeconds(60)));
		Response recurred = this.monitoring.post("/api/faults",
				alert("zabbix", "sample-queue", "problem", seen.plusSeconds(120)));
		Response nothingOpen = this.monitoring.post("/api/faults",
				alert("zabbix", "never-failed", "recovered", seen.plusSeconds(60)));

		assertThat(stale.json().get("effect").asText()).isEqualTo("STALE_RECOVERY");
		assertThat(recovered.json().get("effect").asText()).isEqualTo("RECOVERED");
		assertThat(recurred.json().get("effect").asText()).isEqualTo("OCCURRENCE");
		assertThat(nothingOpen.status()).isEqualTo(200);
		assertThat(nothingOpen.json().get("effect").asText()).isEqualTo("NO_OPEN_TICKET");
		assertThat(nothingOpen.json().get("ticketNumber").isNull()).isTrue();
		JsonNode detail = this.engineer.get("/api/faults/" + number).json();
		assertThat(detail.at("/summary/status").asText()).isEqualTo("AWAITING_TRIAGE");
		assertThat(detail.at("/alert/recoveredAt").isNull()).isTrue();
		assertThat(detail.get("journal").toString()).contains("恢复后再次出现");
	}

	@Test
	void invalidReportsAreRejectedByField() {
		Instant seen = Instant.now().minus(1, ChronoUnit.MINUTES);
		List<Object[]> cases = List.of(
				new Object[] { without(alert("zabbix", "k1", "problem", seen), "source"), "source" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "source", "zab bix"), "source" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "source", "s".repeat(65)), "source" },
				new Object[] { without(alert("zabbix", "k1", "problem", seen), "key"), "key" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "key", "k".repeat(201)), "key" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "key", "\uD83D\uDE00".repeat(101)), "key" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "module", "\uD83D\uDE00".repeat(51)),
						"module" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "state", "firing"), "state" },
				new Object[] { without(alert("zabbix", "k1", "problem", seen), "eventTime"), "eventTime" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "eventTime", "2026-12-05 08:00"),
						"eventTime" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "eventTime", "2026-12-05T08:00:00"),
						"eventTime" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "eventTime",
						Instant.now().plus(1, ChronoUnit.HOURS).toString()), "eventTime" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "eventTime",
						Instant.now().minus(40, ChronoUnit.DAYS).toString()), "eventTime" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "summary", "  "), "summary" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "summary", "两行\n摘要"), "summary" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "summary", "长".repeat(201)), "summary" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "details", "x".repeat(3501)), "details" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "severity", "huge"), "severity" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "severity", 3), "severity" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "category", "urgent"), "category" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "module", "m".repeat(101)), "module" },
				new Object[] { with(alert("zabbix", "k1", "problem", seen), "priority", "P1"), "priority" },
				new Object[] { "[1, 2]", "body" });
		int tickets = count("desk_fault_ticket");
		int alerts = count("desk_fault_alert");
		int signals = count("desk_fault_alert_signal");

		for (Object[] testCase : cases) {
			Response rejected = this.monitoring.post("/api/faults", testCase[0]);

			assertThat(rejected.status()).as("%s", testCase[0]).isEqualTo(400);
			assertThat(rejected.json().get("field").asText()).as(rejected.body()).isEqualTo(testCase[1]);
		}
		Response malformed = this.monitoring.post("/api/faults", "{\"source\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("message").asText()).contains("invalid JSON");
		assertThat(count("desk_fault_ticket")).isEqualTo(tickets);
		assertThat(count("desk_fault_alert")).isEqualTo(alerts);
		assertThat(count("desk_fault_alert_signal")).isEqualTo(signals);
	}

	@Test
	void chineseSeverityAndCategoryAreAccepted() {
		Map<String, Object> report = alert("zabbix", "report-printer", "problem",
				Instant.now().minus(1, ChronoUnit.MINUTES));
		report.put("severity", "普通");
		report.put("category", "一般故障");
		report.remove("module");

		Response opened = this.monitoring.post("/api/faults", report);

		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		JsonNode detail = this.engineer.get("/api/faults/" + opened.json().get("ticketNumber").asText()).json();
		assertThat(detail.at("/summary/severity").asText()).isEqualTo("ordinary");
		assertThat(detail.at("/summary/category").asText()).isEqualTo("general");
		assertThat(detail.at("/summary/module").asText()).isEqualTo("系统监控");
	}

	@Test
	void onlyServiceAccountsMayReport() {
		Map<String, Object> report = alert("zabbix", "access", "problem", Instant.now().minus(1, ChronoUnit.MINUTES));
		int tickets = count("desk_fault_ticket");

		assertThat(DeskHttpClient.anonymous(this.port).post("/api/faults", report).status()).isEqualTo(401);
		for (TestUsers person : List.of(TestUsers.REPORTER, TestUsers.ENGINEER, TestUsers.SUPPORT, TestUsers.MANAGER,
				TestUsers.ADMIN)) {
			Response rejected = new DeskHttpClient(this.port, person).post("/api/faults", report);
			assertThat(rejected.status()).as("%s reports over the machine endpoint", person).isEqualTo(403);
		}
		assertThat(count("desk_fault_ticket")).isEqualTo(tickets);
	}

	@Test
	void serviceAccountReachesNothingElse() {
		assertThat(this.monitoring.get("/api/faults").status()).isEqualTo(403);
		assertThat(this.monitoring.get("/api/interface-checks").status()).isEqualTo(403);
		assertThat(this.monitoring.get("/engine-rest/task").status()).isEqualTo(403);
		assertThat(this.monitoring.get("/engine-rest/user/monitoring/profile").status()).isEqualTo(403);
		assertThat(this.monitoring.get("/desk/faults.html").status()).isEqualTo(403);
		assertThat(new DeskHttpClient(this.port, TestUsers.MONITORING).loginToWebapp("tasklist").status()).isIn(401,
				403);
		assertThat(new DeskHttpClient(this.port, TestUsers.MONITORING).loginToWebapp("cockpit").status()).isIn(401,
				403);
		DeskHttpClient welcome = new DeskHttpClient(this.port, TestUsers.MONITORING);
		welcome.loginToWebapp("welcome");
		assertThat(welcome.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(403);
		assertThat(welcome.get("/camunda/api/engine/engine/default/user/monitoring/profile").status()).isEqualTo(403);
	}

	@Test
	void burstFromSeveralThreadsLeavesOneTicket() throws Exception {
		int threads = 8;
		int perThread = 40;
		Instant base = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<List<JsonNode>>> senders = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			senders.add(() -> {
				DeskHttpClient client = new DeskHttpClient(this.port, TestUsers.MONITORING);
				start.await();
				List<JsonNode> receipts = new ArrayList<>();
				for (int i = 0; i < perThread; i++) {
					Instant seen = base.plusMillis(thread * 1000L + i);
					Response response = client.post("/api/faults", alert("zabbix", "burst", "problem", seen));
					assertThat(response.status()).as(response.body()).isIn(200, 201);
					receipts.add(response.json());
					if (i % 10 == 0) {
						Response repeated = client.post("/api/faults", alert("zabbix", "burst", "problem", seen));
						assertThat(repeated.json().get("duplicate").asBoolean()).isTrue();
					}
				}
				return receipts;
			});
		}

		List<JsonNode> receipts = new ArrayList<>();
		for (List<JsonNode> batch : runTogether(senders, start)) {
			receipts.addAll(batch);
		}

		assertThat(receipts).hasSize(threads * perThread);
		assertThat(receipts).filteredOn((receipt) -> "OPENED".equals(receipt.get("effect").asText())).hasSize(1);
		assertThat(receipts.stream().map((receipt) -> receipt.get("ticketNumber").asText()).distinct()).hasSize(1);
		assertThat(receipts.stream().map((receipt) -> receipt.get("occurrences").asInt()).distinct())
			.hasSize(threads * perThread);
		String number = receipts.get(0).get("ticketNumber").asText();
		assertThat(this.jdbc.queryForObject("select count(*) from desk_fault_ticket where description like ?",
				Integer.class, "突发%"))
			.isEqualTo(1);
		JsonNode detail = this.engineer.get("/api/faults/" + number).json();
		assertThat(detail.at("/alert/occurrences").asInt()).isEqualTo(threads * perThread);
		assertThat(kinds(detail)).filteredOn("OCCURRENCE"::equals).hasSizeBetween(1, 2);
		assertThat(signals("zabbix/burst")).isEqualTo(threads * perThread);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
			.isEqualTo(1);
	}

	private int signals(String key) {
		return this.jdbc.queryForObject("select count(*) from desk_fault_alert_signal where alert_key = ?",
				Integer.class, key);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static List<String> kinds(JsonNode detail) {
		List<String> kinds = new ArrayList<>();
		detail.get("journal").forEach((entry) -> kinds.add(entry.get("kind").asText()));
		return kinds;
	}

	static Map<String, Object> alert(String source, String key, String state, Instant eventTime) {
		Map<String, Object> report = new HashMap<>();
		report.put("source", source);
		report.put("key", key);
		report.put("state", state);
		report.put("eventTime", eventTime.toString());
		report.put("summary", "burst".equals(key) ? "突发告警" : "LIMS 网页无法访问");
		report.put("details", "lims-web01 返回 HTTP 502，持续 3 次检查");
		report.put("severity", "major");
		report.put("category", "main");
		report.put("module", "系统平台");
		return report;
	}

	private static Map<String, Object> with(Map<String, Object> report, String field, Object value) {
		report.put(field, value);
		return report;
	}

	private static Map<String, Object> without(Map<String, Object> report, String field) {
		report.remove(field);
		return report;
	}

	private static <T> List<T> runTogether(List<Callable<T>> work, CountDownLatch start) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(work.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : work) {
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(300, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
