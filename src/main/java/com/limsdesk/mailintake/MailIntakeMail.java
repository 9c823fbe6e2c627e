package com.limsdesk.mailintake;

import java.util.List;

import com.limsdesk.fault.EmailFaults;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * The mail that mail intake sends through the notification queue, in the transaction that
 * records the intake mail. The acknowledgement of a new ticket is sent by the fault
 * process itself.
 */
@Component
class MailIntakeMail {

	private final NotificationService notifications;

	MailIntakeMail(NotificationService notifications) {
		this.notifications = notifications;
	}

	/** Tells the sender that their mail went into a ticket's journal. */
	void replyAdded(String senderUser, EmailFaults.MailedTicket ticket, String subject) {
		String closedHint = ticket.closed() ? "\n该工单已关闭。如故障再次出现，请发送新邮件报告（主题中不要带工单号）。" : "";
		this.notifications.notifyUsers(List.of(senderUser), "[" + ticket.number() + "] 您的邮件已加入工单",
				"您的邮件「" + subject + "」已加入工单 " + ticket.number() + " 的处理记录。" + closedHint, reference(ticket.number()));
	}

	/** Tells the engineer of a ticket, or all engineers, that the reporter wrote. */
	void replyReceived(EmailFaults.MailedTicket ticket, String sender, String text) {
		List<String> users = (ticket.engineer() != null) ? List.of(ticket.engineer()) : List.of();
		List<String> groups = (ticket.engineer() != null) ? List.of() : List.of(DeskGroups.ENGINEERS);
		this.notifications.queue(groups, users, "[" + ticket.number() + "] 报告人来信",
				sender + " 就工单 " + ticket.number() + " 来信：\n\n" + Texts.cut(text, 3000), reference(ticket.number()));
	}

	/** Tells a known sender that their mail was too large to be read. */
	void oversized(String senderUser, String subject, long size, long limit) {
		this.notifications.notifyUsers(List.of(senderUser), "您的邮件过大，未能受理", "您的邮件「" + subject + "」大小为 " + megabytes(size)
				+ "，超过服务台受理上限 " + megabytes(limit) + "，未登记为故障。\n请删减或压缩附件后重新发送，或致电服务台。", "mail-intake");
	}

	/** Tells the engineers that a mail arrived for review. */
	void reviewWaiting(String sender, String subject) {
		this.notifications.notifyGroups(List.of(DeskGroups.ENGINEERS), "未知发件人来信待审核",
				"未知发件人 " + sender + " 发来邮件「" + subject + "」，请在 Tasklist 中审核是否登记为故障。", "mail-intake");
	}

	/** Tells the engineers that a mail could not be processed and was given up. */
	void failed(String messageKey, String sender, String subject, String error) {
		this.notifications.notifyGroups(List.of(DeskGroups.ENGINEERS), "邮件受理失败，请人工处理",
				"来自 " + sender + " 的邮件「" + subject + "」多次处理失败，已停止重试，邮件仍在邮箱中。\n邮件标识：" + messageKey + "\n最后的错误：" + error
						+ "\n请在 /api/mail-intake 查看记录，并人工登记。",
				"mail-intake");
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f MB", bytes / 1048576.0);
	}

	private static String reference(String number) {
		return "fault:" + number;
	}

}
