package com.limsdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Writes a report as a Word document in Chinese. It has a cover block, a summary of the
 * main figures, one chapter per section with its tables and charts, and the engineer's
 * part. The charts are native charts with their data in an embedded workbook, so Word and
 * WPS can edit them.
 */
@Component
class ReportDocument {

	static final String FONT = "宋体";

	static final String HEADING_FONT = "黑体";

	/** Figures of the summary table at the top, when the report has them. */
	static final List<String> SUMMARY_FIGURES = List.of("faults.total", "faults.openAtEnd", "sla.response.percent",
			"sla.repair.percent", "sla.breaches", "requests.total", "changes.raised", "changes.emergency",
			"problems.opened", "database.inspections", "database.findings", "database.backups.percent", "reports.late");

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
			"十五" };

	private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

	/** Series colours: blue, orange, grey, gold, then more, as Office charts use them. */
	private static final byte[][] PALETTE = { rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5),
			rgb(0xFF, 0xC0, 0x00), rgb(0x5B, 0x9B, 0xD5), rgb(0x70, 0xAD, 0x47), rgb(0x26, 0x44, 0x78),
			rgb(0x9E, 0x48, 0x0E) };

	private static final int CHART_WIDTH = 15 * Units.EMU_PER_CENTIMETER;

	private static final int CHART_HEIGHT = 8 * Units.EMU_PER_CENTIMETER;

	byte[] write(ReportContent report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			addHeadingStyles(document);
			cover(document, report);
			int chapter = 0;
			heading(document, 1, NUMERALS[chapter++] + "、主要指标");
			summary(document, report);
			for (SectionContent section : report.sections()) {
				heading(document, 1, NUMERALS[chapter++] + "、" + section.title());
				for (Object block : section.blocks()) {
					block(document, block);
				}
			}
			heading(document, 1, NUMERALS[chapter] + "、工程师分析与反馈");
			engineerPart(document, report.engineerPart());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the Word document of report " + report.number(), ex);
		}
	}

	private static void cover(XWPFDocument document, ReportContent report) {
		XWPFParagraph title = document.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		run(title, report.title(), 22, true, HEADING_FONT);
		XWPFParagraph period = document.createParagraph();
		period.setAlignment(ParagraphAlignment.CENTER);
		run(period, report.period().label(), 14, false, FONT);
		XWPFParagraph facts = document.createParagraph();
		facts.setAlignment(ParagraphAlignment.CENTER);
		run(facts, "报告编号：" + report.number() + "　版本：第 " + report.version() + " 版　编写：" + report.author() + "　生成时间："
				+ Labels.time(report.createdAt(), report.zone()), 10.5, false, FONT);
		XWPFParagraph due = document.createParagraph();
		due.setAlignment(ParagraphAlignment.CENTER);
		run(due, "提交截止时间：" + Labels.time(report.dueAt(), report.zone()), 10.5, false, FONT);
	}

	private static void summary(XWPFDocument document, ReportContent report) {
		List<SectionContent.Figure> figures = report.sections()
			.stream()
			.flatMap((section) -> section.figures().stream())
			.filter((figure) -> SUMMARY_FIGURES.contains(figure.key()))
			.toList();
		table(document, new SectionContent.Table("表 主要指标", List.of("指标", "本期"),
				figures.stream().map((figure) -> List.of(figure.label(), value(figure.value()))).toList()));
	}

	static String value(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Double number) {
			return String.format("%.1f", number);
		}
		return value.toString();
	}

	private static void block(XWPFDocument document, Object block) {
		if (block instanceof SectionContent.Paragraph paragraph) {
			text(document, paragraph.text());
		}
		else if (block instanceof SectionContent.Table table) {
			table(document, table);
		}
		else if (block instanceof SectionContent.Chart chart) {
			chart(document, chart);
		}
	}

	private static void table(XWPFDocument document, SectionContent.Table table) {
		XWPFParagraph caption = document.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setKeepNext(true);
		run(caption, table.title(), 10.5, true, FONT);
		if (table.rows().isEmpty()) {
			XWPFParagraph none = document.createParagraph();
			none.setAlignment(ParagraphAlignment.CENTER);
			run(none, "（本期无记录）", 10.5, false, FONT);
			return;
		}
		XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
		grid.setWidth("100%");
		fill(grid.getRow(0), table.header(), true);
		grid.getRow(0).setRepeatHeader(true);
		for (int i = 0; i < table.rows().size(); i++) {
			fill(grid.getRow(i + 1), table.rows().get(i), false);
		}
		document.createParagraph();
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
			run(paragraph, (cells.get(i) != null) ? cells.get(i) : "", 9, header, FONT);
			if (header) {
				row.getCell(i).setColor("D9E2F3");
			}
		}
	}

	private static void chart(XWPFDocument document, SectionContent.Chart spec) {
		try {
			XWPFChart chart = document.createChart(CHART_WIDTH, CHART_HEIGHT);
			chart.setTitleText(spec.title());
			chart.setTitleOverlay(false);
			XDDFRunProperties titleFont = chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties();
			titleFont.setFontSize(12.0);
			titleFont.setBold(true);
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
			XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
			categoryAxis.setTitle(spec.categoryTitle());
			XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
			valueAxis.setTitle(spec.valueTitle());
			valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
			int count = spec.categories().size();
			XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
					spec.categories().toArray(new String[0]), chart.formatRange(new CellRangeAddress(1, count, 0, 0)),
					0);
			ChartTypes type = (spec.type() == SectionContent.Chart.Type.LINE) ? ChartTypes.LINE : ChartTypes.BAR;
			XDDFChartData data = chart.createData(type, categoryAxis, valueAxis);
			for (int i = 0; i < spec.series().size(); i++) {
				SectionContent.Series series = spec.series().get(i);
				XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
						series.values().toArray(new Double[0]),
						chart.formatRange(new CellRangeAddress(1, count, i + 1, i + 1)), i + 1);
				XDDFChartData.Series added = data.addSeries(categories, values);
				added.setTitle(series.name(), chart.setSheetTitle(series.name(), i + 1));
				XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
				if (added instanceof XDDFLineChartData.Series line) {
					line.setMarkerStyle(MarkerStyle.CIRCLE);
					line.setSmooth(false);
					XDDFLineProperties stroke = new XDDFLineProperties(fill);
					stroke.setWidth(2.0);
					line.setLineProperties(stroke);
				}
				else {
					added.setFillProperties(fill);
				}
			}
			if (data instanceof XDDFBarChartData bars) {
				bars.setBarDirection(BarDirection.COL);
				if (spec.type() == SectionContent.Chart.Type.STACKED_BAR) {
					bars.setBarGrouping(BarGrouping.STACKED);
				}
				else {
					bars.setBarGrouping(BarGrouping.CLUSTERED);
				}
			}
			data.setVaryColors(false);
			chart.plot(data);
			if (spec.type() == SectionContent.Chart.Type.STACKED_BAR) {
				overlapFully(chart);
			}
			document.createParagraph();
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new UncheckedIOException(new IOException("could not add the chart '" + spec.title() + "'", ex));
		}
	}

	/**
	 * Makes the stacked columns overlap fully, as Word needs to draw one column per
	 * category. The element is written untyped because poi-ooxml-lite does not contain
	 * the schema type that {@code XDDFBarChartData.setOverlap} loads.
	 */
	private static void overlapFully(XWPFChart chart) {
		try (XmlCursor cursor = chart.getCTChart().getPlotArea().getBarChartArray(0).newCursor()) {
			if (cursor.toChild(new QName(CHART_NAMESPACE, "axId"))) {
				cursor.beginElement(new QName(CHART_NAMESPACE, "overlap", "c"));
				cursor.insertAttributeWithValue("val", "100");
			}
		}
	}

	private static byte[] rgb(int red, int green, int blue) {
		return new byte[] { (byte) red, (byte) green, (byte) blue };
	}

	private static void engineerPart(XWPFDocument document, ReportContent.EngineerPart part) {
		heading(document, 2, "（一）技术问题分析");
		text(document, orBlank(part.analysis()));
		heading(document, 2, "（二）解决方案");
		text(document, orBlank(part.solutions()));
		heading(document, 2, "（三）反馈意见");
		text(document, orBlank(part.feedback()));
	}

	private static String orBlank(String text) {
		return (text != null && !text.isBlank()) ? text : "（待工程师填写）";
	}

	private static void text(XWPFDocument document, String text) {
		for (String line : text.split("\\R")) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setFirstLineIndent(420);
			paragraph.setSpacingAfter(60);
			run(paragraph, line, 10.5, false, FONT);
		}
	}

	private static void heading(XWPFDocument document, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.setKeepNext(true);
		run(paragraph, text, (level == 1) ? 16 : 14, true, HEADING_FONT);
	}

	private static void run(XWPFParagraph paragraph, String text, double size, boolean bold, String font) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
	}

	/**
	 * Adds the heading styles, so that Word's navigation pane and table of contents see
	 * the chapters.
	 */
	private static void addHeadingStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		for (int level = 1; level <= 2; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
			style.addNewQFormat();
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
			CTRPr properties = style.addNewRPr();
			CTFonts fonts = properties.addNewRFonts();
			fonts.setEastAsia(HEADING_FONT);
			properties.addNewB();
			styles.addStyle(new XWPFStyle(style));
		}
	}

}
