package com.limsdesk.fault;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that fault tickets send, in Chinese, through the notification queue. */
@Component
class FaultMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationService notifications;

	private final DeskProperties properties;

	private final DutyRoster roster;

	FaultMail(NotificationService notifications, DeskProperties properties, DutyRoster roster) {
		this.notifications = notifications;
		this.properties = properties;
		this.roster = roster;
	}

	void acknowledge(FaultTicket ticket) {
		Set<String> users = new LinkedHashSet<>(List.of(ticket.getReporterUser(), ticket.getFiledBy()));
		this.notifications
			.notifyUsers(
					users, "[" + ticket.getNumber() + "] 故障报告已受理", "您的故障报告已登记，工单号 " + ticket.getNumber() + "。\n\n"
							+ summary(ticket) + "\n工程师将于 " + format(ticket.getResponseDue()) + " 前响应。",
					reference(ticket));
	}

	/** Tells the engineers and the duty engineers of a ticket that monitoring opened. */
	void announceAlert(FaultTicket ticket) {
		List<String> users = new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
		this.notifications.queue(
				List.of(DeskGroups.ENGINEERS), users, "[" + ticket.getNumber() + "] 监控发现故障", "监控发现故障，已登记为工单 "
						+ ticket.getNumber() + "，请于 " + format(ticket.getResponseDue()) + " 前响应。\n\n" + summary(ticket),
				reference(ticket));
	}

	/**
	 * Tells the engineer working on a ticket, or all engineers, that its alert has
	 * recovered.
	 */
	void announceRecovery(FaultTicket ticket, String note) {
		String engineer = (ticket.getRespondedBy() != null) ? ticket.getRespondedBy() : null;
		List<String> users = (engineer != null) ? List.of(engineer) : List.of();
		List<String> groups = (engineer != null) ? List.of() : List.of(DeskGroups.ENGINEERS);
		this.notifications.queue(groups, users, "[" + ticket.getNumber() + "] 监控显示已恢复",
				"工单 " + ticket.getNumber() + " 对应的监控项已恢复正常：" + note + "\n修复结果仍须按流程记录和确认。\n\n" + summary(ticket),
				reference(ticket));
	}

	/** Tells the duty engineers, the vendor's maintenance department and the managers. */
	void escalate(FaultTicket ticket, String summary, Instant due) {
		List<String> groups = List.of(DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS);
		List<String> users = new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
		this.notifications.queue(groups, users, "[" + ticket.getNumber() + "] 升级：" + summary,
				"工单 " + ticket.getNumber() + " " + summary + "，时限为 " + format(due) + "。\n\n" + summary(ticket),
				reference(ticket));
	}

	void warnRepair(FaultTicket ticket, String engineer) {
		List<String> users = (engineer != null) ? List.of(engineer) : List.of();
		List<String> groups = (engineer != null) ? List.of() : List.of(DeskGroups.ENGINEERS);
		this.notifications.queue(groups, users, "[" + ticket.getNumber() + "] 修复时限即将到期", "工单 " + ticket.getNumber()
				+ " 须在 " + format(ticket.getRepairDue()) + " 前修复，已用去 80% 的时间。\n\n" + summary(ticket),
				reference(ticket));
	}

	void closedUnconfirmed(FaultTicket ticket) {
		this.notifications.notifyUsers(List.of(ticket.getReporterUser()), "[" + ticket.getNumber() + "] 工单已自动关闭",
				"工单 " + ticket.getNumber() + " 的修复结果在 " + format(ticket.getConfirmationDue())
						+ " 前未得到确认，已自动关闭。如故障仍然存在，请重新报告。\n\n" + summary(ticket),
				reference(ticket));
	}

	private String summary(FaultTicket ticket) {
		StringBuilder text = new StringBuilder();
		text.append("报告时间：").append(format(ticket.getReportedAt())).append('\n');
		text.append("联系人：").append(ticket.getContactName()).append(' ').append(ticket.getContactPhone()).append('\n');
		text.append("模块：").append(ticket.getModule()).append('\n');
		text.append("影响人数：").append(ticket.getAffectedUsers()).append('\n');
		if (ticket.getSeverity() != null) {
			text.append("分类：")
				.append(ticket.getCategory().label())
				.append("，")
				.append(ticket.getSeverity().label())
				.append('\n');
		}
		text.append("描述：").append(ticket.getDescription()).append('\n');
		return text.toString();
	}

	String format(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.properties.zone())) : "-";
	}

	private static String reference(FaultTicket ticket) {
		return "fault:" + ticket.getNumber();
	}

}
