package com.limsdesk.report;

import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that reports send, in Chinese, through the notification queue. */
@Component
class ReportMail {

	private final NotificationService notifications;

	private final DutyRoster roster;

	private final DeskProperties properties;

	ReportMail(NotificationService notifications, DutyRoster roster, DeskProperties properties) {
		this.notifications = notifications;
		this.roster = roster;
		this.properties = properties;
	}

	void opened(Report report) {
		this.notifications.notifyGroups(List.of(DeskGroups.ENGINEERS), subject(report, "已起草，请编写并提交"),
				report.getKind().label() + "（" + report.period().label() + "）已根据记录起草，请在任务列表中补充技术问题分析、解决方案和反馈，并于 "
						+ time(report) + " 前提交。\n\n" + link(report),
				reference(report));
	}

	void submitted(Report report, ReportVersion version) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(report, "待审核"),
				version.getCreatedBy() + " 提交了第 " + version.getVersionNumber() + " 版，请在任务列表中审核。\n\n" + link(report),
				reference(report));
	}

	void returned(Report report, ReportVersion version, ReportComment decision) {
		this.notifications
			.notifyUsers(List.of(version.getCreatedBy()), subject(report, "被退回修改"),
					"第 " + version.getVersionNumber() + " 版被院方管理员 " + decision.getAuthor() + " 退回，意见：\n"
							+ decision.getBody() + "\n\n各版本、意见和上传文档均已保留，修改后请重新提交。\n\n" + link(report),
					reference(report));
	}

	void approved(Report report, ReportVersion version, ReportComment decision) {
		this.notifications.notifyUsers(List.of(version.getCreatedBy()), subject(report, "已审核通过"),
				"第 " + version.getVersionNumber() + " 版已由院方管理员 " + decision.getAuthor() + " 审核通过。\n\n" + link(report),
				reference(report));
	}

	/**
	 * Tells the maintenance department, the managers and the engineers on duty that a
	 * report is still unsubmitted at its due time.
	 */
	void overdue(Report report) {
		List<String> onDuty = new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS), onDuty,
				subject(report, "逾期未提交"), report.getKind().label() + "（" + report.period().label() + "）应于 "
						+ time(report) + " 前提交，至今未提交。逾期情况将记入下一期报告。\n\n" + link(report),
				reference(report));
	}

	private String time(Report report) {
		return Labels.time(report.getDueAt(), this.properties.zone());
	}

	private static String link(Report report) {
		return "报告及各版本：/desk/reports.html#" + report.getNumber();
	}

	private static String subject(Report report, String headline) {
		return "[" + report.getNumber() + "] " + report.getKind().label() + headline;
	}

	private static String reference(Report report) {
		return "report:" + report.getNumber();
	}

}
