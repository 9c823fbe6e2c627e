package com.limsdesk.report;

import com.limsdesk.config.DeskProperties;
import org.springframework.stereotype.Component;

/**
 * The text that a report's tasks show: the period and due time, every version, upload and
 * comment so far, so that a returned report reaches the engineer with all of it.
 */
@Component
class ReportTaskView {

	private final ReportService reports;

	private final DeskProperties properties;

	ReportTaskView(ReportService reports, DeskProperties properties) {
		this.reports = reports;
		this.properties = properties;
	}

	String summary(Report report) {
		StringBuilder text = new StringBuilder();
		text.append("报告：").append(report.getNumber()).append(' ').append(report.getKind().label()).append('\n');
		text.append("周期：").append(report.period().label()).append('\n');
		text.append("提交截止：").append(time(report.getDueAt())).append('\n');
		text.append("状态：").append(report.getStatus().label()).append('\n');
		text.append("\n版本：\n");
		for (ReportVersion version : this.reports.versionsOf(report)) {
			text.append("  第 ")
				.append(version.getVersionNumber())
				.append(" 版 ")
				.append(version.getVersionKind().label())
				.append(' ')
				.append(version.getCreatedBy())
				.append(' ')
				.append(time(version.getCreatedAt()));
			if (version.getUploadId() != null) {
				text.append("（采用上传文档 ").append(version.getUploadId()).append('）');
			}
			text.append('\n');
		}
		text.append("\n上传文档：\n");
		for (ReportUpload upload : this.reports.uploadsOf(report)) {
			text.append("  编号 ")
				.append(upload.getId())
				.append(' ')
				.append(upload.getFileName())
				.append(' ')
				.append(upload.getUploadedBy())
				.append(' ')
				.append(time(upload.getUploadedAt()))
				.append('\n');
		}
		text.append("\n审核意见：\n");
		for (ReportComment comment : this.reports.commentsOf(report)) {
			text.append("  第 ")
				.append(comment.getVersionNumber())
				.append(" 版 ")
				.append(comment.getCommentKind().label())
				.append(' ')
				.append(comment.getAuthor())
				.append(' ')
				.append(time(comment.getCreatedAt()))
				.append("：")
				.append(comment.getBody())
				.append('\n');
		}
		text.append("\n下载各版本文档：/desk/reports.html#").append(report.getNumber());
		return text.toString();
	}

	private String time(java.time.Instant instant) {
		return Labels.time(instant, this.properties.zone());
	}

}
