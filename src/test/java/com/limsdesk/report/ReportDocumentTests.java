package com.limsdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The Word document and the spreadsheet of a report, written and parsed back. */
class ReportDocumentTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final ReportPeriod WEEK = ReportPeriod.containing(ReportKind.WEEKLY, LocalDate.of(2026, 12, 7));

	@Test
	void documentHasChaptersTablesAndCharts() throws Exception {
		byte[] docx = new ReportDocument().write(content());

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).containsSubsequence("LIMS系统运维周报", "一、主要指标", "二、测试章节", "表 计数", "三、工程师分析与反馈", "（一）技术问题分析",
					"连接池耗尽", "（二）解决方案", "（三）反馈意见", "（待工程师填写）");
			assertThat(document.getTables()).hasSize(2);
			assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("本期报告故障数");
			assertThat(document.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("3");
			assertThat(document.getTables().get(1).getRow(2).getCell(1).getText()).isEqualTo("2");
			List<XWPFChart> charts = document.getCharts();
			assertThat(charts).hasSize(2);
			XWPFChart stacked = charts.get(0);
			assertThat(stacked.getCTChart().getPlotArea().getBarChartArray(0).xmlText()).contains("overlap");
			assertThat(stacked.getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
			assertThat(stacked.getWorkbook().getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("普通");
			assertThat(stacked.getWorkbook().getSheetAt(0).getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1.0);
			XWPFChart rates = charts.get(1);
			assertThat(rates.getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
		}
	}

	@Test
	void workbookHasFiguresAndRows() throws Exception {
		byte[] xlsx = new ReportWorkbook().write(content());

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetName(0)).isEqualTo(ReportWorkbook.FIGURES_SHEET);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("faults.total");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(workbook.getSheet("明细").getRow(1).getCell(0).getStringCellValue()).isEqualTo("GZ-2026-00001");
			assertThat(workbook.getSheet("明细2")).isNotNull();
		}
	}

	private static ReportContent content() {
		SectionContent section = new SectionContent("test", "测试章节").figure("faults.total", "本期报告故障数", 3)
			.figure("sla.repair.percent", "修复时限达成率（%）", null)
			.paragraph("本期共报告故障 3 起。")
			.table("表 计数", List.of("级别", "故障数"), List.of(List.of("普通", "1"), List.of("较大", "2")))
			.table("表 空表", List.of("工单号"), List.of())
			.chart(new SectionContent.Chart("图 每日故障数", SectionContent.Chart.Type.STACKED_BAR, "日", "故障数",
					List.of("12-07", "12-08", "12-09"),
					List.of(new SectionContent.Series("普通", List.of(1.0, 0.0, 0.0)),
							new SectionContent.Series("较大", List.of(0.0, 1.0, 1.0)))))
			.chart(new SectionContent.Chart("图 已用空间", SectionContent.Chart.Type.LINE, "日", "MB",
					List.of("12-07", "12-08", "12-09"),
					List.of(new SectionContent.Series("LIMS USERS", Arrays.asList(100.0, null, 150.0)))))
			.sheet("明细", List.of("工单号", "分钟"), List.of(List.of("GZ-2026-00001", "15")))
			.sheet("明细", List.of("工单号"), List.of());
		return new ReportContent("ZB-2026-W50", WEEK, ZONE, Instant.parse("2026-12-15T09:30:00Z"), 2, "engineer",
				Instant.parse("2026-12-15T02:00:00Z"), List.of(section),
				new ReportContent.EngineerPart("连接池耗尽", "扩大连接池", null));
	}

}
