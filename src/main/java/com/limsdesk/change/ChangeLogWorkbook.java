package com.limsdesk.change;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the change log as a spreadsheet: one sheet of changes, one of every approval
 * decision and one of every remote session, with times in the institute's zone.
 */
@Component
class ChangeLogWorkbook {

	static final List<String> CHANGE_COLUMNS = List.of("变更编号", "标题", "类型", "风险", "紧急变更", "状态", "影响模块", "版本", "提出人",
			"提出时间", "验证人", "关联", "评估人", "实施人", "实施时间", "远程操作次数", "验证人（实际）", "验证时间", "发布时间", "回退时间", "结束时间", "更正的变更");

	static final List<String> APPROVAL_COLUMNS = List.of("变更编号", "版本", "审批方", "结论", "审批人", "审批时间", "说明");

	static final List<String> SESSION_COLUMNS = List.of("变更编号", "人员", "来源地址", "开始", "结束", "操作内容", "记录人");

	private final ChangeService changes;

	private final DeskProperties properties;

	ChangeLogWorkbook(ChangeService changes, DeskProperties properties) {
		this.changes = changes;
		this.properties = properties;
	}

	void write(List<Change> found, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet changeSheet = sheet(workbook, "变更台账", CHANGE_COLUMNS, styles);
			Sheet approvalSheet = sheet(workbook, "审批记录", APPROVAL_COLUMNS, styles);
			Sheet sessionSheet = sheet(workbook, "远程操作", SESSION_COLUMNS, styles);
			for (Change change : found) {
				List<RemoteSession> sessions = this.changes.sessionsOf(change);
				row(changeSheet, styles, change.getNumber(), change.getTitle(), change.getChangeType().label(),
						change.getRisk().label(), change.isEmergency() ? "是" : "否", change.getStatus().label(),
						change.getModules(), change.getCurrentVersion(), change.getRaisedBy(), change.getRaisedAt(),
						change.getRequesterUser(), String.join("、", this.changes.linksOf(change)),
						change.getAssessedBy(), change.getImplementedBy(), change.getImplementedAt(), sessions.size(),
						change.getVerifiedBy(), change.getVerifiedAt(), change.getReleasedAt(),
						change.getRolledBackAt(), change.getEndedAt(), change.getCorrectsChange());
				for (ChangeApproval approval : this.changes.approvalsOf(change)) {
					row(approvalSheet, styles, change.getNumber(), approval.getVersion(), approval.getApproverGroup(),
							approval.getDecision().label(), approval.getDecidedBy(), approval.getDecidedAt(),
							approval.getDecisionComment());
				}
				for (RemoteSession session : sessions) {
					row(sessionSheet, styles, change.getNumber(), session.getOperator(), session.getSourceAddress(),
							session.getStartedAt(), session.getEndedAt(), session.getActions(),
							session.getRecordedBy());
				}
			}
			for (Sheet sheet : List.of(changeSheet, approvalSheet, sessionSheet)) {
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> columns, Styles styles) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, 18 * 256);
		}
		return sheet;
	}

	private void row(Sheet sheet, Styles styles, Object... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Instant instant) {
				cell.setCellValue(instant.atZone(this.properties.zone()).toLocalDateTime());
				cell.setCellStyle(styles.time);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	private static final class Styles {

		private final CellStyle header;

		private final CellStyle time;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.time = workbook.createCellStyle();
			this.time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		}

	}

}
