package com.limsdesk.change;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that changes send, in Chinese, through the notification queue. */
@Component
class ChangeMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationService notifications;

	private final DeskProperties properties;

	private final DutyRoster roster;

	ChangeMail(NotificationService notifications, DeskProperties properties, DutyRoster roster) {
		this.notifications = notifications;
		this.properties = properties;
		this.roster = roster;
	}

	/** Tells the approver groups that a version waits for them. */
	void askApproval(Change change, List<String> groups) {
		this.notifications.notifyGroups(groups, subject(change, change.isEmergency() ? "紧急变更待补办审批" : "变更待审批"),
				"变更 " + change.getNumber() + " 第 " + change.getCurrentVersion() + " 版须在 "
						+ format(change.getApprovalDue()) + " 前审批。\n\n" + summary(change),
				reference(change));
	}

	/**
	 * Tells the managers that an emergency change is implemented before its approval,
	 * which opens once the implementation is recorded.
	 */
	void announceEmergency(Change change) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(change, "紧急变更将先行实施"),
				"变更 " + change.getNumber() + " 为处理重大或特大故障的紧急变更，将先行实施。实施后请在下一个工作日下班前补办审批。\n\n" + summary(change),
				reference(change));
	}

	/**
	 * Tells the managers and the vendor's maintenance department that approval is late.
	 */
	void approvalOverdue(Change change) {
		List<String> users = new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
		this.notifications.queue(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT), users,
				subject(change, change.isEmergency() ? "升级：紧急变更补办审批超时" : "升级：变更审批超时"),
				"变更 " + change.getNumber() + " 在 " + format(change.getApprovalDue()) + " 前未完成审批。"
						+ (change.isEmergency() ? "该变更已先行实施，须尽快补办审批。" : "") + "\n\n" + summary(change),
				reference(change));
	}

	/** Tells the engineer who raised the change what happened to it. */
	void tellRaiser(Change change, String headline, String text) {
		this.notifications.notifyUsers(List.of(change.getRaisedBy()), subject(change, headline),
				text + "\n\n" + summary(change), reference(change));
	}

	void tellRequester(Change change, String headline, String text) {
		this.notifications.notifyUsers(List.of(change.getRequesterUser()), subject(change, headline),
				text + "\n\n" + summary(change), reference(change));
	}

	String summary(Change change) {
		return "编号：" + change.getNumber() + "\n标题：" + change.getTitle() + "\n类型：" + change.getChangeType().label()
				+ "\n风险：" + change.getRisk().label() + "\n影响模块：" + change.getModules() + "\n状态："
				+ change.getStatus().label() + "\n";
	}

	String format(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.properties.zone())) : "-";
	}

	private static String subject(Change change, String headline) {
		return "[" + change.getNumber() + "] " + headline;
	}

	private static String reference(Change change) {
		return "change:" + change.getNumber();
	}

}
