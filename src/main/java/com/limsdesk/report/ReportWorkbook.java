package com.limsdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the spreadsheet of a report: every figure with its section, then the rows behind
 * the figures, one sheet per kind of record.
 */
@Component
class ReportWorkbook {

	static final String FIGURES_SHEET = "指标汇总";

	/**
	 * Widest column, in characters, so that long descriptions do not make a sheet
	 * unreadable.
	 */
	private static final int MAX_COLUMN_CHARS = 60;

	byte[] write(ReportContent report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(workbook);
			Set<String> names = new HashSet<>();
			Sheet figures = workbook.createSheet(FIGURES_SHEET);
			names.add(FIGURES_SHEET);
			writeRows(figures, header, List.of("章节", "指标代码", "指标", "数值"),
					report.sections()
						.stream()
						.flatMap((section) -> section.figures()
							.stream()
							.map((figure) -> List.of(section.title(), figure.key(), figure.label(),
									ReportDocument.value(figure.value()))))
						.toList());
			for (SectionContent section : report.sections()) {
				for (SectionContent.Sheet sheet : section.sheets()) {
					String name = uniqueName(names, sheet.name());
					writeRows(workbook.createSheet(name), header, sheet.header(), sheet.rows());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the spreadsheet of report " + report.number(), ex);
		}
	}

	private static void writeRows(Sheet sheet, CellStyle headerStyle, List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		Row first = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = first.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(headerStyle);
			widths[i] = width(header.get(i));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> values = rows.get(r);
			for (int i = 0; i < values.size(); i++) {
				String value = (values.get(i) != null) ? values.get(i) : "";
				setValue(row.createCell(i), value);
				widths[i] = Math.max(widths[i], width(value));
			}
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(widths[i] + 2, MAX_COLUMN_CHARS) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Writes a plain number as a number, so that the institute can sum and chart it. */
	private static void setValue(Cell cell, String value) {
		if (value.matches("-?\\d{1,15}(\\.\\d+)?")) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else {
			cell.setCellValue(value);
		}
	}

	/** Returns the display width of the text: a Chinese character takes two columns. */
	private static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) > 0x2E80) ? 2 : 1;
		}
		return width;
	}

	private static String uniqueName(Set<String> names, String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted);
		String name = base;
		for (int i = 2; names.contains(name); i++) {
			name = base + i;
		}
		names.add(name);
		return name;
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}

}
