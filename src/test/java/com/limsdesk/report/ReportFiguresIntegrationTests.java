package com.limsdesk.report;

import static com.limsdesk.support.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.limsdesk.support.ProcessIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of a weekly report against known records of the week of 7 to 13 December
 * 2026 and the weeks around it. The records include a ticket reported on Sunday night and
 * fixed on Monday, and one reclassified after it missed its repair deadline.
 */
@ProcessIntegrationTest
class ReportFiguresIntegrationTests {

	private static final ReportPeriod WEEK = ReportPeriod.containing(ReportKind.WEEKLY, LocalDate.of(2026, 12, 7));

	@Autowired
	private ReportService reports;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void seed() {
		if (this.jdbc.queryForObject("select count(*) from desk_fault_ticket where number like 'GZ-T-%'",
				Integer.class) > 0) {
			return;
		}
		ReportSeed seed = new ReportSeed(this.jdbc);
		// Reported the week before and still open: open at the end, its breach judged
		// before.
		seed.fault("GZ-T-000", "2026-12-04T10:00:00", "GENERAL", "ORDINARY", "样品登记", "IN_REPAIR", "2026-12-04T17:30:00",
				"2026-12-04T10:30:00", "2026-12-04T11:00:00", null, null);
		seed.breach("GZ-T-000", "REPAIR", "2026-12-04T11:00:00");
		// Both deadlines met.
		seed.fault("GZ-T-001", "2026-12-07T10:00:00", "MAIN", "ORDINARY", "样品登记", "CLOSED", "2026-12-07T10:15:00",
				"2026-12-07T10:05:00", "2026-12-07T11:00:00", "2026-12-07T10:40:00", "2026-12-07T15:00:00");
		// Repair deadline missed.
		seed.fault("GZ-T-002", "2026-12-08T09:00:00", "GENERAL", "SIGNIFICANT", "报告签发", "CLOSED", "2026-12-08T17:30:00",
				"2026-12-08T11:00:00", "2026-12-08T11:00:00", "2026-12-08T13:00:00", "2026-12-08T16:00:00");
		seed.breach("GZ-T-002", "REPAIR", "2026-12-08T11:00:00");
		// Ordinary, missed 15:00, then reclassified as major (due 18:00) and fixed at
		// 17:00.
		seed.fault("GZ-T-003", "2026-12-09T14:00:00", "MAIN", "MAJOR", "结果录入", "CLOSED", "2026-12-09T14:15:00",
				"2026-12-09T14:10:00", "2026-12-09T18:00:00", "2026-12-09T17:00:00", "2026-12-09T18:00:00");
		seed.breach("GZ-T-003", "REPAIR", "2026-12-09T15:00:00");
		seed.reclassified("GZ-T-003", "2026-12-09T15:30:00", "主要系统流程或相关服务/普通 → 主要系统流程或相关服务/重大：影响全部结果录入");
		// Sunday night: reported and responded to this week, repair due and fixed next
		// week.
		seed.fault("GZ-T-004", "2026-12-13T23:30:00", "MAIN", "ORDINARY", "样品登记", "CLOSED", "2026-12-13T23:45:00",
				"2026-12-13T23:40:00", "2026-12-14T01:30:00", "2026-12-14T01:00:00", "2026-12-14T09:00:00");
		// Next week only.
		seed.fault("GZ-T-005", "2026-12-14T10:00:00", "GENERAL", "ORDINARY", "报告签发", "CLOSED", "2026-12-14T17:30:00",
				"2026-12-14T10:20:00", "2026-12-14T11:00:00", "2026-12-14T10:50:00", "2026-12-14T12:00:00");

		seed.request("FW-T-001", "GUIDANCE", "COMPLETED", "2026-12-07T09:00:00", false);
		seed.request("FW-T-002", "TEMPLATE", "IN_CHANGE", "2026-12-10T09:00:00", true);
		seed.request("FW-T-003", "GUIDANCE", "COMPLETED", "2026-12-15T09:00:00", false);

		seed.change("BG-T-001", "DEFECT_FIX", "CLOSED", true, "2026-12-08T12:00:00", "2026-12-09T10:00:00");
		seed.change("BG-T-002", "TEMPLATE", "AWAITING_APPROVAL", false, "2026-12-10T12:00:00", null);
		seed.change("BG-T-003", "CONFIGURATION", "ROLLED_BACK", false, "2026-12-01T12:00:00", "2026-12-11T10:00:00");

		seed.problem("WT-T-001", "ANALYSING", "2026-12-07T16:00:00", null, null);
		seed.problem("WT-T-002", "ESCALATED", "2026-11-20T10:00:00", "2026-12-08T10:00:00", null);
		seed.problem("WT-T-003", "CLOSED", "2026-11-25T10:00:00", null, "2026-12-11T10:00:00");

		seed.leave("QJ-T-001", "engineer", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), "engineer2",
				"ENDED");
		seed.duty("engineer", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), "WORKING_TIME");

		inspection(seed, "XJ-T-000", "2026-12-06T07:30:00", "OK", 90, "OK", 1, 1);
		inspection(seed, "XJ-T-001", "2026-12-07T07:30:00", "OK", 100, "OK", 2, 2);
		inspection(seed, "XJ-T-002", "2026-12-10T07:30:00", "WARNING", 130, "CRITICAL", 1, 0);
		inspection(seed, "XJ-T-003", "2026-12-13T07:30:00", "OK", 150, "OK", 1, 1);

		seed.earlierReport("ZB-2026-W49", "WEEKLY", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6),
				"2026-12-08T17:30:00", "2026-12-09T10:00:00", "2026-12-08T17:30:00");
	}

	private static void inspection(ReportSeed seed, String number, String at, String tablespaceStatus,
			long usedMebibytes, String backupStatus, long finished, long completed) {
		long inspection = seed.inspection(number, at);
		long tablespaces = seed.result(inspection, "tablespaces", tablespaceStatus, at);
		seed.figure(tablespaces, "USERS", "used_bytes", usedMebibytes * 1024 * 1024, "bytes");
		seed.figure(tablespaces, "USERS", "used_percent", usedMebibytes / 10.0, "percent");
		long backups = seed.result(inspection, "backups", backupStatus, at);
		seed.figure(backups, "", "jobs_finished", finished, "count");
		seed.figure(backups, "", "jobs_completed", completed, "count");
	}

	@Test
	void weeklyFiguresMatchTheRecords() {
		ReportContent content = compose(WEEK);

		assertThat(content.figure("faults.total")).contains(4);
		assertThat(content.figure("faults.severity.ordinary")).contains(2L);
		assertThat(content.figure("faults.severity.significant")).contains(1L);
		assertThat(content.figure("faults.severity.major")).contains(1L);
		assertThat(content.figure("faults.severity.critical")).contains(0L);
		assertThat(content.figure("faults.category.main")).contains(3L);
		assertThat(content.figure("faults.category.general")).contains(1L);
		assertThat(content.figure("faults.openAtEnd")).contains(2);
		assertThat(content.figure("faults.carriedOverClosed")).contains(0);

		assertThat(content.figure("sla.response.judged")).contains(4);
		assertThat(content.figure("sla.response.met")).contains(4L);
		assertThat(content.figure("sla.response.percent")).contains(100.0);
		assertThat(content.figure("sla.repair.judged")).contains(3);
		assertThat(content.figure("sla.repair.met")).contains(1L);
		assertThat(content.figure("sla.repair.percent")).contains(33.3);
		assertThat(content.figure("sla.breaches")).contains(2);
		assertThat(content.figure("sla.reclassified")).contains(1);
		assertThat(content.figure("sla.response.count")).contains(4);
		assertThat(content.figure("sla.response.meanMinutes")).contains(36L);
		assertThat(content.figure("sla.response.maxMinutes")).contains(120L);
		assertThat(content.figure("sla.response.maxTicket")).contains("GZ-T-002");
		assertThat(content.figure("sla.repair.count")).contains(3);
		assertThat(content.figure("sla.repair.meanMinutes")).contains(153L);
		assertThat(content.figure("sla.repair.maxMinutes")).contains(240L);

		assertThat(content.figure("requests.total")).contains(2);
		assertThat(content.figure("requests.responseBreached")).contains(1L);
		assertThat(content.figure("changes.raised")).contains(2);
		assertThat(content.figure("changes.emergency")).contains(1);
		assertThat(content.figure("changes.ended")).contains(2);
		assertThat(content.figure("changes.rolledBack")).contains(1L);
		assertThat(content.figure("problems.opened")).contains(1L);
		assertThat(content.figure("problems.escalated")).contains(1L);
		assertThat(content.figure("problems.solved")).contains(1L);
		assertThat(content.figure("problems.openAtEnd")).contains(2L);
		assertThat(content.figure("staffing.leaves")).contains(1);
		assertThat(content.figure("staffing.dutyEntries")).contains(1);
		assertThat(content.figure("staffing.replacements")).contains(0);

		assertThat(content.figure("database.inspections")).contains(3L);
		assertThat(content.figure("database.results")).contains(6);
		assertThat(content.figure("database.findings")).contains(2L);
		assertThat(content.figure("database.backups.finished")).contains(4L);
		assertThat(content.figure("database.backups.completed")).contains(3L);
		assertThat(content.figure("database.backups.percent")).contains(75.0);
		assertThat(content.figure("database.tablespaces")).contains(1);

		assertThat(content.figure("reports.due")).contains(1);
		assertThat(content.figure("reports.late")).contains(1L);
	}

	@Test
	void reclassifiedTicketKeepsItsBreach() {
		ReportContent content = compose(WEEK);

		SectionContent serviceLevels = section(content, "serviceLevels");
		SectionContent.Sheet judgements = serviceLevels.sheets().get(0);
		assertThat(judgements.rows()).filteredOn((row) -> row.get(0).equals("GZ-T-003") && row.get(1).equals("修复"))
			.singleElement()
			.satisfies((row) -> assertThat(row.subList(2, 6)).containsExactly("2026-12-09 15:00", "2026-12-09 17:00",
					"未达成", "超时记录"));
		SectionContent.Table breaches = table(serviceLevels, "表 超时记录");
		assertThat(breaches.rows()).extracting((row) -> row.get(0) + " " + row.get(4))
			.containsExactly("GZ-T-002 否", "GZ-T-003 是");
		assertThat(table(serviceLevels, "表 重新分级记录").rows()).singleElement()
			.satisfies((row) -> assertThat(row.get(0)).isEqualTo("GZ-T-003"));
	}

	@Test
	void spanningTicketCountsWhereEachStepHappened() {
		ReportContent thisWeek = compose(WEEK);
		ReportContent nextWeek = compose(WEEK.next());

		assertThat(table(section(thisWeek, "faults"), "表 期末未关闭工单").rows()).extracting((row) -> row.get(0))
			.containsExactly("GZ-T-000", "GZ-T-004");
		assertThat(section(thisWeek, "serviceLevels").sheets().get(0).rows())
			.filteredOn((row) -> row.get(0).equals("GZ-T-004"))
			.extracting((row) -> row.get(1))
			.containsExactly("响应");
		assertThat(nextWeek.figure("faults.total")).contains(1);
		assertThat(nextWeek.figure("faults.carriedOverClosed")).contains(1);
		assertThat(nextWeek.figure("sla.repair.judged")).contains(2);
		assertThat(nextWeek.figure("sla.repair.percent")).contains(100.0);
		assertThat(nextWeek.figure("sla.repair.count")).contains(2);
		assertThat(nextWeek.figure("sla.repair.maxMinutes")).contains(90L);
		assertThat(nextWeek.figure("sla.repair.maxTicket")).contains("GZ-T-004");
	}

	@Test
	void tablespaceGrowthIsFirstToLastOfThePeriod() {
		SectionContent database = section(compose(WEEK), "database");

		assertThat(table(database, "表 表空间增长").rows())
			.containsExactly(List.of("LIMS", "USERS", "100.0", "150.0", "50.0", "15.0%"));
	}

	@Test
	void documentHoldsTablesAndNativeCharts() throws Exception {
		Report report = this.reports.open(WEEK, at("2026-12-14T00:30:00"));
		ReportVersion draft = this.reports.latest(report);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(draft.getDocx()))) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("LIMS系统运维周报", "2026年第50周（2026年12月7日至2026年12月13日）", "一、主要指标", "二、故障处理情况",
					"三、服务时限达成情况", "表 超时记录", "（一）技术问题分析");
			assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(12);
			XWPFTable severity = tableAfter(document, "表 故障按级别统计");
			assertThat(severity.getRow(0).getCell(0).getText()).isEqualTo("级别");
			assertThat(severity.getRow(1).getCell(0).getText()).isEqualTo("普通");
			assertThat(severity.getRow(1).getCell(1).getText()).isEqualTo("2");
			List<XWPFChart> charts = document.getCharts();
			assertThat(charts).hasSize(3);
			assertThat(charts).extracting((chart) -> chart.getTitle().getBody().getParagraph(0).getText())
				.containsExactly("图 每日故障数（按级别）", "图 每日时限达成率（%）", "图 表空间已用空间（MB，每日最后一次测量）");
			assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(4);
			assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
				.isEqualTo(7);
			assertThat(charts.get(2).getWorkbook().getSheetAt(0).getRow(7).getCell(1).getNumericCellValue())
				.isEqualTo(150.0);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(draft.getXlsx()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo(ReportWorkbook.FIGURES_SHEET);
			assertThat(workbook.getSheet("故障工单").getLastRowNum()).isEqualTo(5);
			assertThat(workbook.getSheet("时限判定").getLastRowNum()).isEqualTo(7);
			assertThat(workbook.getSheet("巡检结果").getLastRowNum()).isEqualTo(6);
		}
	}

	private XWPFTable tableAfter(XWPFDocument document, String caption) {
		int position = -1;
		List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = document.getBodyElements();
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof XWPFParagraph paragraph && paragraph.getText().equals(caption)) {
				position = i;
			}
		}
		assertThat(position).as("caption %s", caption).isNotNegative();
		return (XWPFTable) elements.get(position + 1);
	}

	private ReportContent compose(ReportPeriod period) {
		Report report = this.reports.open(period, at("2026-12-21T00:30:00"));
		return this.reports.compose(report, ReportContent.EngineerPart.EMPTY, 1, "engineer", at("2026-12-21T00:30:00"));
	}

	private static SectionContent section(ReportContent content, String key) {
		return content.sections().stream().filter((s) -> s.key().equals(key)).findFirst().orElseThrow();
	}

	private static SectionContent.Table table(SectionContent section, String title) {
		return section.blocks()
			.stream()
			.filter((b) -> b instanceof SectionContent.Table table && table.title().equals(title))
			.map(SectionContent.Table.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + title + " in section " + section.key()));
	}

}
