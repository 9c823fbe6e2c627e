package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * The mail that replacements and staff change notices send, in Chinese, through the
 * notification queue.
 */
@Component
class ReplacementMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationService notifications;

	private final DeskProperties properties;

	ReplacementMail(NotificationService notifications, DeskProperties properties) {
		this.notifications = notifications;
		this.properties = properties;
	}

	void requested(Replacement replacement) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT),
				subject(replacement, "驻点工程师更换申请"),
				"已提出更换驻点工程师 " + replacement.getReplacedEngineer() + "。维保部门请在任务列表中提出候选人；在新工程师经培训并获院方批准上岗之前，"
						+ replacement.getReplacedEngineer() + " 继续在岗。\n\n" + summary(replacement),
				reference(replacement));
	}

	void candidateProposed(Replacement replacement, Candidate candidate) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(replacement, "候选人待审核"),
				"维保部门提出第 " + candidate.getProposalNumber() + " 位候选人 " + candidate.getFullName() + "，请在任务列表中审核。\n\n"
						+ summary(replacement) + profile(candidate),
				reference(replacement));
	}

	void candidateDecided(Replacement replacement, Candidate candidate, boolean accepted, String reason) {
		String text = accepted ? "院方接受候选人 " + candidate.getFullName() + " 参加上岗培训，请安排现场培训并登记培训开始日期和培训计划。"
				: "院方不接受候选人 " + candidate.getFullName() + "，请另行提出候选人。";
		this.notifications.notifyGroups(List.of(DeskGroups.VENDOR_SUPPORT),
				subject(replacement, accepted ? "候选人已接受" : "候选人未被接受"),
				text + ((reason != null) ? "\n理由：" + reason : "") + "\n\n" + summary(replacement),
				reference(replacement));
	}

	void trainingStarted(Replacement replacement, Candidate candidate) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(replacement, "上岗培训已开始"),
				candidate.getFullName() + " 于 " + candidate.getTrainingStart() + " 开始现场培训，带教人 " + candidate.getTrainer()
						+ "。培训满一个月，最早可于 " + candidate.getTrainingEnd() + " 批准上岗。\n\n" + summary(replacement),
				reference(replacement));
	}

	void trainingMonthOver(Replacement replacement, Candidate candidate, int entries) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(replacement, "培训期满，待审批上岗"),
				candidate.getFullName() + " 的现场培训于 " + candidate.getTrainingEnd() + " 期满，培训记录 " + entries
						+ " 条。请在任务列表中批准上岗、延长培训或不予上岗。\n\n" + summary(replacement),
				reference(replacement));
	}

	void trainingExtended(Replacement replacement, Candidate candidate, String reason) {
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT), List.of(candidate.getTrainer()),
				subject(replacement, "上岗培训已延长"), "院方将 " + candidate.getFullName() + " 的培训延长至 "
						+ candidate.getTrainingEnd() + "，此前不能批准上岗。\n理由：" + reason + "\n\n" + summary(replacement),
				reference(replacement));
	}

	void rejectedAfterTraining(Replacement replacement, Candidate candidate, String reason) {
		this.notifications.notifyGroups(List.of(DeskGroups.VENDOR_SUPPORT), subject(replacement, "培训后不予上岗"),
				"院方不批准 " + candidate.getFullName() + " 上岗，请另行提出候选人。\n理由：" + reason + "\n\n" + summary(replacement),
				reference(replacement));
	}

	/**
	 * Tells the new and the old engineer and the vendor that the post changed hands. The
	 * managers get the staff change notice.
	 */
	void onPost(Replacement replacement, Candidate candidate, List<String> handedOver) {
		List<String> users = new ArrayList<>(List.of(candidate.getLoginId(), replacement.getReplacedEngineer()));
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT), users, subject(replacement, "新驻点工程师已上岗"),
				candidate.getFullName() + "（" + candidate.getLoginId() + "）经院方批准上岗，接替 "
						+ replacement.getReplacedEngineer() + "。转交的任务："
						+ (handedOver.isEmpty() ? "无" : "\n" + String.join("\n", handedOver))
						+ "\n新账号的初始口令由系统管理员从口令文件中取得后告知本人。\n\n" + summary(replacement),
				reference(replacement));
	}

	/**
	 * Tells the managers of a staff change, which one of them acknowledges in Tasklist.
	 */
	void staffChange(StaffChangeNotice notice, Instant acknowledgementDue) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS),
				"[" + notice.getNumber() + "] 人员变更告知：" + notice.getKind().label(),
				notice(notice) + "\n请在 " + format(acknowledgementDue) + " 前在任务列表中确认人员变更。",
				"staff-change:" + notice.getNumber());
	}

	String summary(Replacement replacement) {
		return "编号：" + replacement.getNumber() + "\n被更换的工程师：" + replacement.getReplacedEngineer() + "\n原因："
				+ replacement.getCause().label() + "，" + replacement.getReason() + "\n状态："
				+ replacement.getStatus().label() + "\n";
	}

	static String profile(Candidate candidate) {
		return "候选人：" + candidate.getFullName() + "（账号 " + candidate.getLoginId() + "）\n邮箱：" + candidate.getEmail()
				+ "\n电话：" + candidate.getPhone() + "\n资质：" + candidate.getQualifications() + "\n工作经历："
				+ candidate.getExperience() + "\n";
	}

	static String notice(StaffChangeNotice notice) {
		return "变更：" + notice.getKind().label() + "\n原人员：" + notice.getPreviousPerson() + "\n新人员："
				+ notice.getNewPerson() + "\n联系方式：" + notice.getNewContact() + "\n生效日期：" + notice.getEffectiveDate()
				+ "\n告知人：" + notice.getReportedBy() + ((notice.getNote() != null) ? "\n说明：" + notice.getNote() : "")
				+ "\n";
	}

	String format(Instant instant) {
		return TIME.format(instant.atZone(this.properties.zone()));
	}

	private static String subject(Replacement replacement, String headline) {
		return "[" + replacement.getNumber() + "] " + headline;
	}

	private static String reference(Replacement replacement) {
		return "replacement:" + replacement.getNumber();
	}

}
