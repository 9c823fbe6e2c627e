package com.limsdesk.training;

import java.util.List;

import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that trainings send, in Chinese, through the notification queue. */
@Component
class TrainingMail {

	private final NotificationService notifications;

	private final TrainingTaskView view;

	TrainingMail(NotificationService notifications, TrainingTaskView view) {
		this.notifications = notifications;
		this.view = view;
	}

	void administratorTrainingOpened(Training training) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(training, "请安排本年度管理员培训"),
				"按运维合同，维保方每个合同年度免费提供一次系统管理员培训。请在任务列表中确定培训时间、人数、地点和方式。\n\n" + this.view.summary(training),
				reference(training));
	}

	void scheduled(Training training) {
		this.notifications.notifyGroups(List.of(DeskGroups.VENDOR_SUPPORT), subject(training, "培训已安排，请准备材料"),
				"院方已确定培训安排，请在培训前准备材料并在任务列表中登记。\n\n" + this.view.summary(training), reference(training));
	}

	void materialReady(Training training) {
		this.notifications.queue(List.of(DeskGroups.MANAGERS), List.of(), subject(training, "培训材料已准备"),
				this.view.summary(training), reference(training));
	}

	void notDelivered(Training training) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT),
				subject(training, "培训未实施"),
				"培训登记为未实施：" + training.getDeliveryNote() + "\n如仍需培训，请重新申请。\n\n" + this.view.summary(training),
				reference(training));
	}

	void delivered(Training training) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS), subject(training, "培训已实施，请登记反馈"),
				this.view.summary(training), reference(training));
	}

	private static String subject(Training training, String headline) {
		return "[" + training.getNumber() + "] " + headline;
	}

	private static String reference(Training training) {
		return "training:" + training.getNumber();
	}

}
