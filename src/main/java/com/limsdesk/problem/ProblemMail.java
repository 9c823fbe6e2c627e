package com.limsdesk.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that problems send, in Chinese, through the notification queue. */
@Component
class ProblemMail {

	private final NotificationService notifications;

	private final DeskProperties properties;

	private final DutyRoster roster;

	ProblemMail(NotificationService notifications, DeskProperties properties, DutyRoster roster) {
		this.notifications = notifications;
		this.properties = properties;
		this.roster = roster;
	}

	/**
	 * Tells the managers and the maintenance department, with the engineers on duty at
	 * that moment, that a problem went to the maintenance department.
	 */
	void escalated(Problem problem) {
		this.notifications.queue(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT), dutyEngineers(),
				subject(problem, "升级：问题两周未解决，转维保部门"),
				"问题 " + problem.getNumber() + " 自 " + format(problem.getOpenedAt()) + " 建立以来驻点工程师未能解决，已转维保部门。"
						+ "维保部门须在 " + format(problem.getPlanDue()) + " 前提交解决方案和预防措施。\n\n" + summary(problem),
				reference(problem));
	}

	void planOverdue(Problem problem) {
		this.notifications.queue(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT), List.of(),
				subject(problem, "逾期：维保部门未按期提交问题解决方案"), "问题 " + problem.getNumber() + " 的解决方案和预防措施应在 "
						+ format(problem.getPlanDue()) + " 前提交，至今未提交。\n\n" + summary(problem),
				reference(problem));
	}

	void solutionProposed(Problem problem, ProblemSolution solution) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(problem, "问题解决方案待验收"),
				DeskGroups.nameOf(solution.getProposerGroup()) + " " + solution.getProposedBy() + " 提交了第 "
						+ solution.getRound() + " 轮解决方案，请在任务列表中验收。\n\n" + summary(problem),
				reference(problem));
	}

	void returned(Problem problem, ProblemSolution solution) {
		this.notifications.notifyUsers(List.of(solution.getProposedBy()), subject(problem, "问题解决方案被退回"),
				"第 " + solution.getRound() + " 轮解决方案被院方管理员 " + solution.getDecidedBy() + " 退回：\n"
						+ solution.getDecisionComment()
						+ (problem.isEscalated() ? "\n请在 " + format(problem.getPlanDue()) + " 前重新提交。" : "") + "\n\n"
						+ summary(problem),
				reference(problem));
	}

	String summary(Problem problem) {
		return "编号：" + problem.getNumber() + "\n标题：" + problem.getTitle() + "\n模块：" + problem.getModule() + "\n状态："
				+ problem.getStatus().label() + "\n";
	}

	private List<String> dutyEngineers() {
		return new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
	}

	private String format(Instant instant) {
		return ProblemText.format(instant, this.properties.zone());
	}

	private static String subject(Problem problem, String headline) {
		return "[" + problem.getNumber() + "] " + headline;
	}

	private static String reference(Problem problem) {
		return "problem:" + problem.getNumber();
	}

}
