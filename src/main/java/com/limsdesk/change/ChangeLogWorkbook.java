package com.limsdesk.change;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.DeskGroups;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the change log as a spreadsheet, with times in the institute's zone: a sheet of
 * changes with every step's record, and sheets of every approval decision, remote
 * session, version of the request and journal entry, corrections included.
 */
@Component
class ChangeLogWorkbook {

	static final List<String> CHANGE_COLUMNS = List.of("变更编号", "标题", "类型", "风险", "紧急变更", "状态", "影响模块", "版本", "提出人",
			"提出时间", "验证人", "关联", "更正的变更", "评估人", "评估时间", "评估意见", "审批时限", "实施人", "实施时间", "修改的文件", "版本库修订号", "配置项", "模板",
			"实施说明", "代码注释已确认", "远程操作次数", "验证人（实际）", "验证时间", "验证说明", "发布人", "发布时间", "发布说明", "回退人", "回退时间", "回退记录", "评审人",
			"评审时间", "评审意见", "结束时间");

	static final List<String> VERSION_COLUMNS = List.of("变更编号", "版本", "提交人", "提交时间", "标题", "类型", "变更原因", "影响模块", "变更内容",
			"风险", "对用户的影响", "测试方案", "回退方案", "计划窗口开始", "计划窗口结束", "关联故障工单", "关联服务请求", "修改说明");

	static final List<String> JOURNAL_COLUMNS = List.of("变更编号", "时间", "人员", "事项", "内容");

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
			Sheet versionSheet = sheet(workbook, "申请版本", VERSION_COLUMNS, styles);
			Sheet journalSheet = sheet(workbook, "全部记录", JOURNAL_COLUMNS, styles);
			for (Change change : found) {
				List<RemoteSession> sessions = this.changes.sessionsOf(change);
				row(changeSheet, styles, change.getNumber(), change.getTitle(), change.getChangeType().label(),
						change.getRisk().label(), change.isEmergency() ? "是" : "否", change.getStatus().label(),
						change.getModules(), change.getCurrentVersion(), change.getRaisedBy(), change.getRaisedAt(),
						change.getRequesterUser(), String.join("、", this.changes.linksOf(change)),
						change.getCorrectsChange(), change.getAssessedBy(), change.getAssessedAt(),
						change.getAssessment(), change.getApprovalDue(), change.getImplementedBy(),
						change.getImplementedAt(), change.getChangedFiles(), change.getRevisions(),
						change.getConfigurationItems(), change.getTemplates(), change.getImplementationNote(),
						yesNo(change.getCommentsConfirmed()), sessions.size(), change.getVerifiedBy(),
						change.getVerifiedAt(), change.getVerificationNote(), change.getReleasedBy(),
						change.getReleasedAt(), change.getReleaseNote(), change.getRolledBackBy(),
						change.getRolledBackAt(), change.getRollbackNote(), change.getReviewedBy(),
						change.getReviewedAt(), change.getReviewNote(), change.getEndedAt());
				for (ChangeVersion version : this.changes.versionsOf(change)) {
					row(versionSheet, styles, change.getNumber(), version.getVersion(), version.getSubmittedBy(),
							version.getSubmittedAt(), version.getTitle(), version.getChangeType().label(),
							version.getReason(), version.getModules(), version.getDescription(),
							version.getRisk().label(), version.getUserImpact(), version.getTestPlan(),
							version.getRollbackPlan(), version.getWindowStart(), version.getWindowEnd(),
							version.getLinkedTickets(), version.getLinkedRequests(), version.getRevisionNote());
				}
				for (ChangeEvent event : this.changes.journalOf(change)) {
					row(journalSheet, styles, change.getNumber(), event.getOccurredAt(), event.getActor(),
							event.getKind(), event.getDetail());
				}
				for (ChangeApproval approval : this.changes.approvalsOf(change)) {
					row(approvalSheet, styles, change.getNumber(), approval.getVersion(),
							DeskGroups.nameOf(approval.getApproverGroup()), approval.getDecision().label(),
							approval.getDecidedBy(), approval.getDecidedAt(), approval.getDecisionComment());
				}
				for (RemoteSession session : sessions) {
					row(sessionSheet, styles, change.getNumber(), session.getOperator(), session.getSourceAddress(),
							session.getStartedAt(), session.getEndedAt(), session.getActions(),
							session.getRecordedBy());
				}
			}
			for (Sheet sheet : List.of(changeSheet, approvalSheet, sessionSheet, versionSheet, journalSheet)) {
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
		}
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? null : (value ? "是" : "否");
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
