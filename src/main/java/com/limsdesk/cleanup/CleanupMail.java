package com.limsdesk.cleanup;

import java.util.List;

import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that cleanup runs send, in Chinese, through the notification queue. */
@Component
class CleanupMail {

	/** Maximum length of a mail body, set by the column of the notification queue. */
	private static final int MAX_BODY_LENGTH = 8000;

	private final NotificationService notifications;

	CleanupMail(NotificationService notifications) {
		this.notifications = notifications;
	}

	/** Tells managers and engineers what the drop step did. */
	void result(Cleanup cleanup, List<CleanupTable> approved, String summary) {
		this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS, DeskGroups.ENGINEERS),
				CleanupTexts.resultSubject(cleanup, approved), fit(summary), reference(cleanup));
	}

	/** Tells the engineers that the manager rejected the selection. */
	void rejected(Cleanup cleanup, String manager, String reason) {
		this.notifications.notifyGroups(List.of(DeskGroups.ENGINEERS), "[" + cleanup.number() + "] 临时表清理被拒绝",
				fit("院方管理员 " + manager + " 拒绝了临时表清理 " + cleanup.number() + "，没有删除任何表。\n\n拒绝原因：" + reason),
				reference(cleanup));
	}

	/** Tells the engineers which targets could not be listed. */
	void listingFailed(Cleanup cleanup, List<String> failures) {
		this.notifications.notifyGroups(List.of(DeskGroups.ENGINEERS), "[" + cleanup.number() + "] 临时表清理未能检查部分数据库",
				fit("临时表清理 " + cleanup.number() + " 未能列出以下数据库的临时表，这些数据库本次不会清理：\n\n- " + String.join("\n- ", failures)),
				reference(cleanup));
	}

	private static String reference(Cleanup cleanup) {
		return "cleanup:" + cleanup.number();
	}

	private static String fit(String body) {
		return (body.length() <= MAX_BODY_LENGTH) ? body : body.substring(0, MAX_BODY_LENGTH - 1) + "…";
	}

}
