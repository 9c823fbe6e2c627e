package com.limsdesk.event;

import java.time.Instant;
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

/** The mail that event support sends, in Chinese, through the notification queue. */
@Component
class EventMail {

	private static final List<String> ESCALATION_GROUPS = List.of(DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS);

	private final NotificationService notifications;

	private final EventService events;

	private final DutyRoster roster;

	private final DeskProperties desk;

	EventMail(NotificationService notifications, EventService events, DutyRoster roster, DeskProperties desk) {
		this.notifications = notifications;
		this.events = events;
		this.roster = roster;
		this.desk = desk;
	}

	void planSubmitted(SupportEvent event, EventPlan plan) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(event, "保障方案待审核"),
				"维保部门 " + plan.getSubmittedBy() + " 提交了第 " + plan.getRound() + " 版保障方案，请在任务列表中审核。\n\n现场工程师：\n"
						+ plan.getOnSiteEngineers() + "\n\n" + summary(event),
				reference(event));
	}

	void planRejected(SupportEvent event, EventPlan plan) {
		this.notifications.notifyUsers(List.of(plan.getSubmittedBy()), subject(event, "保障方案被退回"),
				"第 " + plan.getRound() + " 版保障方案被院方管理员 " + plan.getDecidedBy() + " 退回：\n" + plan.getDecisionComment()
						+ "\n\n请修改后重新提交。\n\n" + summary(event),
				reference(event));
	}

	/** Tells each planned engineer their on-site time once the plan is accepted. */
	void planAccepted(SupportEvent event) {
		List<String> team = this.events.engineersOf(event).stream().map(EventEngineer::getEngineer).toList();
		StringBuilder times = new StringBuilder();
		for (EventEngineer engineer : this.events.engineersOf(event)) {
			times.append(engineer.getEngineer())
				.append("：")
				.append(format(engineer.getOnSiteFrom()))
				.append(" 至 ")
				.append(format(engineer.getOnSiteUntil()))
				.append("\n");
		}
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT), team, subject(event, "保障方案已通过"),
				"保障方案已通过。请按时到场，并在任务列表中完成“到场签到”。\n\n" + times + "\n活动前检查须在 " + format(event.getCheckDue()) + " 前完成。\n\n"
						+ summary(event),
				reference(event));
	}

	void checkOverdue(SupportEvent event) {
		this.notifications.queue(ESCALATION_GROUPS, dutyEngineers(), subject(event, "逾期：活动前检查未按期完成"),
				"活动前检查应在 " + format(event.getCheckDue()) + " 前完成，至今未完成。\n\n" + summary(event), reference(event));
	}

	void checkMissed(SupportEvent event) {
		this.notifications.queue(ESCALATION_GROUPS, dutyEngineers(), subject(event, "升级：活动已开始，活动前检查仍未完成"),
				"活动已于 " + format(event.getStartsAt()) + " 开始，活动前检查（期限 " + format(event.getCheckDue()) + "）仍未完成。\n\n"
						+ summary(event),
				reference(event));
	}

	void findingsEscalated(SupportEvent event) {
		this.notifications.queue(ESCALATION_GROUPS, dutyEngineers(), subject(event, "升级：活动前检查发现无法消除的问题"),
				"活动前检查（" + event.getCheckedBy() + "，" + format(event.getCheckedAt()) + "）发现以下问题无法在活动前消除，"
						+ "请维保部门在活动开始 " + format(event.getStartsAt()) + " 前处理或落实应急措施：\n" + event.getCheckFindings()
						+ "\n\n" + summary(event),
				reference(event));
	}

	void late(SupportEvent event, EventEngineer engineer) {
		this.notifications.queue(
				ESCALATION_GROUPS, dutyEngineers(), subject(event, "升级：工程师未按时到场"), "工程师 " + engineer.getEngineer()
						+ " 应在 " + format(engineer.getOnSiteFrom()) + " 到场，至今未签到。\n\n" + summary(event),
				reference(event));
	}

	void absent(SupportEvent event, List<EventEngineer> absent) {
		this.notifications.queue(ESCALATION_GROUPS, dutyEngineers(), subject(event, "活动结束仍有工程师未到场"), "以下工程师直到活动结束仍未签到："
				+ String.join("、", absent.stream().map(EventEngineer::getEngineer).toList()) + "\n\n" + summary(event),
				reference(event));
	}

	/**
	 * Tells the event's on-site engineers, or vendor-support while no plan is accepted,
	 * that a fault was reported during the event.
	 */
	void faultDuringEvent(SupportEvent event, String ticketNumber) {
		List<String> team = (event.getPlanAcceptedAt() != null)
				? this.events.engineersOf(event).stream().map(EventEngineer::getEngineer).toList() : List.of();
		List<String> groups = team.isEmpty() ? List.of(DeskGroups.VENDOR_SUPPORT) : List.of();
		this.notifications.queue(groups, team, subject(event, "活动期间报告故障 " + ticketNumber),
				"重大活动保障期间报告了故障工单 " + ticketNumber + "，请优先处理。\n\n" + summary(event), reference(event));
	}

	void summarySubmitted(SupportEvent event) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(event, "保障总结待审核"),
				event.getSummaryBy() + " 提交了保障总结，请在任务列表中审核并关闭。\n\n" + summary(event), reference(event));
	}

	void summaryReturned(SupportEvent event, String comment, String manager) {
		this.notifications.notifyUsers(List.of(event.getSummaryBy()), subject(event, "保障总结被退回"),
				"保障总结被院方管理员 " + manager + " 退回：\n" + comment + "\n\n请补充后重新提交。\n\n" + summary(event), reference(event));
	}

	private List<String> dutyEngineers() {
		Set<String> users = new LinkedHashSet<>(this.roster.escalationRecipients(SystemContext.now()));
		return new ArrayList<>(users);
	}

	private String summary(SupportEvent event) {
		return "编号：" + event.getNumber() + "\n活动：" + event.getName() + "\n时间：" + format(event.getStartsAt()) + " 至 "
				+ format(event.getEndsAt()) + "\n地点：" + event.getPlace() + "\n关键系统和功能：" + event.getCriticalSystems()
				+ "\n";
	}

	private String format(Instant instant) {
		return EventText.format(instant, this.desk.zone());
	}

	private static String subject(SupportEvent event, String headline) {
		return "[" + event.getNumber() + "] " + headline;
	}

	private static String reference(SupportEvent event) {
		return "event:" + event.getNumber();
	}

}
