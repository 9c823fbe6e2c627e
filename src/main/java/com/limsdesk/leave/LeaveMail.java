package com.limsdesk.leave;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that leaves send, in Chinese, through the notification queue. */
@Component
class LeaveMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationService notifications;

	private final DeskProperties properties;

	LeaveMail(NotificationService notifications, DeskProperties properties) {
		this.notifications = notifications;
		this.properties = properties;
	}

	/** Tells the managers of the leave, and vendor-support that it waits for approval. */
	void requested(Leave leave) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT),
				subject(leave, "工程师请假待审批"), "工程师 " + leave.getEngineer() + " 申请请假，须由维保部门在请假开始前审批。\n\n" + summary(leave),
				reference(leave));
	}

	void askCover(Leave leave) {
		this.notifications.notifyUsers(List.of(leave.getCoverUser()), subject(leave, "请确认替班"),
				"工程师 " + leave.getEngineer() + " 请假，请您替班。请在任务列表中接受或拒绝。\n接受后，请假期间分配或提供给 " + leave.getEngineer()
						+ " 的所有任务都会转给您。\n\n" + summary(leave),
				reference(leave));
	}

	void tellEngineer(Leave leave, String headline, String text) {
		this.notifications.notifyUsers(List.of(leave.getEngineer()), subject(leave, headline),
				text + "\n\n" + summary(leave), reference(leave));
	}

	void tellCover(Leave leave, String headline, String text) {
		this.notifications.notifyUsers(List.of(leave.getCoverUser()), subject(leave, headline),
				text + "\n\n" + summary(leave), reference(leave));
	}

	/** Tells the managers, the cover and the engineer that the leave has started. */
	void started(Leave leave, int moved) {
		this.notifications.queue(List.of(DeskGroups.MANAGERS), List.of(leave.getCoverUser(), leave.getEngineer()),
				subject(leave, "请假开始"), "工程师 " + leave.getEngineer() + " 的请假已开始，由 " + leave.getCoverUser()
						+ " 替班。已转给替班的任务：" + moved + " 项；请假期间新到的任务也会转给替班。\n\n" + summary(leave),
				reference(leave));
	}

	/**
	 * Tells vendor-support, the managers and the engineer that the leave did not start.
	 */
	void lapsed(Leave leave) {
		this.notifications
			.queue(List.of(DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS), List.of(leave.getEngineer()),
					subject(leave, "请假未生效"), "请假开始时" + ((leave.getDecidedAt() == null) ? "尚未审批" : "还没有工程师接受替班")
							+ "，请假未生效，" + leave.getEngineer() + " 的任务仍由其本人处理。请尽快安排人员。\n\n" + summary(leave),
					reference(leave));
	}

	void ended(Leave leave, long returned, long kept) {
		this.notifications.notifyUsers(
				List.of(leave.getEngineer(), leave.getCoverUser()), subject(leave, "请假结束"), "请假已结束。交还 "
						+ leave.getEngineer() + " 的任务：" + returned + " 项；替班保留的任务：" + kept + " 项。\n\n" + summary(leave),
				reference(leave));
	}

	String summary(Leave leave) {
		return "编号：" + leave.getNumber() + "\n请假人：" + leave.getEngineer() + "\n时间：" + format(leave.getStartsAt())
				+ " 至 " + format(leave.getEndsAt()) + "（" + leave.getFirstDay() + " 至 " + leave.getLastDay()
				+ "，整日）\n替班：" + leave.getCoverUser() + "\n事由：" + leave.getReason() + "\n状态：" + leave.getStatus().label()
				+ "\n";
	}

	String format(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.properties.zone())) : "-";
	}

	private static String subject(Leave leave, String headline) {
		return "[" + leave.getNumber() + "] " + headline;
	}

	private static String reference(Leave leave) {
		return "leave:" + leave.getNumber();
	}

}
