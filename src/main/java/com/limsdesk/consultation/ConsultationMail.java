package com.limsdesk.consultation;

import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that consultations send, in Chinese, through the notification queue. */
@Component
class ConsultationMail {

	private final NotificationService notifications;

	private final DeskProperties properties;

	private final DutyRoster roster;

	ConsultationMail(NotificationService notifications, DeskProperties properties, DutyRoster roster) {
		this.notifications = notifications;
		this.properties = properties;
		this.roster = roster;
	}

	void acknowledged(Consultation consultation) {
		this.notifications.notifyUsers(List.of(consultation.getAskedBy()), subject(consultation, "咨询已受理"),
				"您的咨询已登记，编号 " + consultation.getNumber() + "。工程师将在 " + format(consultation)
						+ " 前答复，答复会出现在任务列表中并以邮件通知您。\n\n" + header(consultation),
				reference(consultation));
	}

	void answered(Consultation consultation, ConsultationMessage answer) {
		String faq = (answer.getFaqArticle() != null) ? "\n\n该答复已整理为常见问题 " + answer.getFaqArticle() + "，可在常见问题页面查阅。"
				: "";
		this.notifications.notifyUsers(List.of(consultation.getAskedBy()), subject(consultation, "咨询已答复"),
				"工程师 " + answer.getAuthor() + " 答复了您的咨询：\n\n" + answer.getText() + faq
						+ "\n\n请在任务列表的“查看答复”任务中确认答复，或提出追问。"
						+ ConsultationText.format(consultation.getReplyDue(), this.properties.zone())
						+ " 前未确认也未追问的，咨询将自动关闭。\n\n" + header(consultation),
				reference(consultation));
	}

	void followedUp(Consultation consultation, String text) {
		this.notifications.notifyUsers(
				List.of(consultation.getLastAnsweredBy()), subject(consultation, "提问人追问"), consultation.getAskedBy()
						+ " 追问：\n\n" + text + "\n\n请在 " + format(consultation) + " 前答复。\n\n" + header(consultation),
				reference(consultation));
	}

	/**
	 * Tells the maintenance department and the engineers on duty that a question is not
	 * answered at its due time.
	 */
	void answerOverdue(Consultation consultation) {
		List<String> duty = new ArrayList<>(this.roster.escalationRecipients(SystemContext.now()));
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT), duty, subject(consultation, "逾期：咨询未按时答复"), "咨询 "
				+ consultation.getNumber() + " 的答复期限 " + format(consultation) + " 已到，尚未答复。\n\n" + header(consultation),
				reference(consultation));
	}

	void closedWithoutReply(Consultation consultation) {
		this.notifications.notifyUsers(List.of(consultation.getAskedBy()), subject(consultation, "咨询已关闭"),
				"您在 " + ConsultationService.REPLY_WORKING_DAYS + " 个工作日内未确认答复也未追问，咨询已关闭。" + "如仍有疑问，请提出新的咨询并注明编号 "
						+ consultation.getNumber() + "。\n\n" + header(consultation),
				reference(consultation));
	}

	private String header(Consultation consultation) {
		return ConsultationText.header(consultation, this.properties.zone());
	}

	private String format(Consultation consultation) {
		return ConsultationText.format(consultation.getAnswerDue(), this.properties.zone());
	}

	private static String subject(Consultation consultation, String headline) {
		return "[" + consultation.getNumber() + "] " + headline + "：" + consultation.getTitle();
	}

	private static String reference(Consultation consultation) {
		return "consultation:" + consultation.getNumber();
	}

}
