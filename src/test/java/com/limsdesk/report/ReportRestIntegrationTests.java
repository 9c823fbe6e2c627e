package com.limsdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Download;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report and meeting API over HTTP: who may open, read, upload and download, and the
 * checks on uploads.
 */
@DeskIntegrationTest
class ReportRestIntegrationTests {

	private static final String BOUNDARY = "deskTestBoundary7a1c";

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	private DeskHttpClient engineer;

	private DeskHttpClient manager;

	private DeskHttpClient support;

	private DeskHttpClient reporter;

	@BeforeEach
	void setUp() {
		this.engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		this.manager = new DeskHttpClient(this.port, TestUsers.MANAGER);
		this.support = new DeskHttpClient(this.port, TestUsers.SUPPORT);
		this.reporter = new DeskHttpClient(this.port, TestUsers.REPORTER);
	}

	@Test
	void staffReadAndDownloadReportersDoNot() throws Exception {
		Response opened = this.manager.post("/api/reports", Map.of("kind", "weekly", "day", "2026-11-04"));

		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("report").get("number").asText()).isEqualTo("ZB-2026-W45");
		assertThat(opened.json().get("report").get("dueAt").asText()).isEqualTo("2026-11-10T09:30:00Z");
		String docxUrl = opened.json().get("versions").get(0).get("docxUrl").asText();

		Download docx = this.support.download(docxUrl);
		assertThat(docx.status()).isEqualTo(200);
		assertThat(docx.headers().get("content-disposition").get(0)).contains("attachment")
			.contains("ZB-2026-W45-v1.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			assertThat(document.getCharts()).isNotEmpty();
		}
		assertThat(this.manager.download(docxUrl.replace("/docx", "/xlsx")).status()).isEqualTo(200);
		assertThat(this.engineer.get("/api/reports").status()).isEqualTo(200);

		assertThat(this.reporter.get("/api/reports").status()).isEqualTo(403);
		assertThat(this.reporter.get("/api/reports/ZB-2026-W45").status()).isEqualTo(403);
		assertThat(this.reporter.download(docxUrl).status()).isEqualTo(403);
		assertThat(DeskHttpClient.anonymous(this.port).download(docxUrl).status()).isEqualTo(401);
		assertThat(this.reporter.get("/api/meetings").status()).isEqualTo(403);
		assertThat(this.support.get("/api/meetings/actions/open").status()).isEqualTo(200);
		assertThat(this.engineer.post("/api/reports", Map.of("kind", "weekly", "day", "2026-11-04")).status())
			.isEqualTo(403);

		Response uploaded = upload(this.engineer, "ZB-2026-W45", "周报-修订.docx", docx.body());

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		Download kept = this.manager.download(uploaded.json().get("url").asText());
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.body()).isEqualTo(docx.body());
		assertThat(this.reporter.download(uploaded.json().get("url").asText()).status()).isEqualTo(403);
		assertThat(this.manager.get("/api/reports/ZB-2026-W45").json().get("uploads")).hasSize(1);
	}

	@Test
	void badUploadsAndPeriodsAreRejected() {
		assertThat(this.manager.post("/api/reports", Map.of("kind", "weekly", "day", "2026-10-14")).status())
			.isEqualTo(201);

		Response exe = upload(this.engineer, "ZB-2026-W42", "tool.exe", "MZ".getBytes(StandardCharsets.UTF_8));
		Response fake = upload(this.engineer, "ZB-2026-W42", "周报.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
		Response byManager = upload(this.manager, "ZB-2026-W42", "周报.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
		Response future = this.manager.post("/api/reports", Map.of("kind", "annual", "day", "2099-01-01"));
		Response unknownKind = this.manager.post("/api/reports", Map.of("kind", "monthly", "day", "2026-10-14"));
		Response ancient = this.manager.post("/api/reports", Map.of("kind", "weekly", "day", "1900-01-01"));

		assertThat(exe.status()).isEqualTo(400);
		assertThat(exe.json().get("field").asText()).isEqualTo("file");
		assertThat(fake.status()).isEqualTo(400);
		assertThat(fake.body()).contains("not a valid Office document");
		assertThat(byManager.status()).isEqualTo(403);
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("field").asText()).isEqualTo("day");
		assertThat(unknownKind.status()).isEqualTo(400);
		assertThat(unknownKind.json().get("field").asText()).isEqualTo("kind");
		assertThat(ancient.status()).isEqualTo(400);
		assertThat(ancient.json().get("field").asText()).isEqualTo("day");
		assertThat(this.manager.get("/api/reports").status()).as("the list still loads").isEqualTo(200);
		assertThat(this.manager.get("/api/reports/ZB-2026-W42").json().get("uploads")).isEmpty();
	}

	@Test
	void concurrentOpeningsReturnOneReport() throws Exception {
		int requests = 4;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Response>> responses = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				responses.add(pool.submit(() -> {
					start.await();
					return new DeskHttpClient(this.port, TestUsers.MANAGER).post("/api/reports",
							Map.of("kind", "weekly", "day", "2026-09-09"));
				}));
			}
			start.countDown();
			for (Future<Response> response : responses) {
				Response opened = response.get(2, TimeUnit.MINUTES);
				assertThat(opened.status()).as(opened.body()).isEqualTo(201);
				assertThat(opened.json().get("report").get("number").asText()).isEqualTo("ZB-2026-W37");
			}
		}
		finally {
			pool.shutdownNow();
		}
		long instances = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey("ZB-2026-W37")
			.count();
		assertThat(instances).isOne();
	}

	private static Response upload(DeskHttpClient client, String number, String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.postRaw("/api/reports/" + number + "/uploads", "multipart/form-data; boundary=" + BOUNDARY,
				body.toByteArray());
	}

}
