package com.limsdesk.request;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The mail that service requests send, in Chinese, through the notification queue. */
@Component
class RequestMail {

	/** Maximum length of a mail body, which column desk_notification.body sets. */
	static final int MAX_BODY_LENGTH = 8000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationService notifications;

	private final DeskProperties properties;

	private final DutyRoster roster;

	RequestMail(NotificationService notifications, DeskProperties properties, DutyRoster roster) {
		this.notifications = notifications;
		this.properties = properties;
		this.roster = roster;
	}

	void acknowledge(ServiceRequest request) {
		this.notifications.notifyUsers(new LinkedHashSet<>(List.of(request.getRequesterUser(), request.getFiledBy())),
				subject(request, "服务请求已登记"), "您的服务请求已登记，编号 " + request.getNumber() + "。\n工程师将于 "
						+ format(request.getResponseDue()) + " 前受理。\n\n" + summary(request),
				reference(request));
	}

	/**
	 * Tells the requester how the request ended, or what waits for them. An answer of
	 * 4000 characters and the summary of a long request together can exceed
	 * {@link #MAX_BODY_LENGTH}, so such a body loses the end of its summary. The request
	 * keeps the full text.
	 */
	void tellRequester(ServiceRequest request, String headline, String text) {
		String body = text + "\n\n" + summary(request);
		if (body.length() > MAX_BODY_LENGTH) {
			body = body.substring(0, MAX_BODY_LENGTH - 1) + "…";
		}
		this.notifications.notifyUsers(List.of(request.getRequesterUser()), subject(request, headline), body,
				reference(request));
	}

	/** Tells the duty engineers, the vendor's maintenance department and the managers. */
	void escalate(ServiceRequest request) {
		this.notifications.queue(List.of(DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS),
				new ArrayList<>(this.roster.escalationRecipients(SystemContext.now())), subject(request, "升级：响应超时"),
				"服务请求 " + request.getNumber() + " 在 " + format(request.getResponseDue()) + " 前未受理。\n\n"
						+ summary(request),
				reference(request));
	}

	/** Tells the managers that a data change waits for their approval. */
	void askApproval(ServiceRequest request) {
		this.notifications
			.notifyGroups(
					List.of(DeskGroups.MANAGERS), subject(request, "待审批"), "服务请求 " + request.getNumber() + "（"
							+ request.getRequestType().label() + "）须经您审批后才能处理。\n\n" + summary(request),
					reference(request));
	}

	String summary(ServiceRequest request) {
		StringBuilder text = new StringBuilder();
		text.append("编号：").append(request.getNumber()).append('\n');
		text.append("类型：").append(request.getRequestType().label());
		if (request.getDataOperation() != null) {
			text.append("（").append(request.getDataOperation().label()).append("）");
		}
		text.append('\n');
		text.append("标题：").append(request.getTitle()).append('\n');
		text.append("提交时间：").append(format(request.getRequestedAt())).append('\n');
		text.append("联系人：").append(request.getContactName()).append(' ').append(request.getContactPhone()).append('\n');
		text.append("模块：").append(request.getModule()).append('\n');
		if (request.getFaultNumber() != null) {
			text.append("关联故障：").append(request.getFaultNumber()).append('\n');
		}
		text.append("说明：").append(request.getDescription()).append('\n');
		return text.toString();
	}

	String format(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.properties.zone())) : "-";
	}

	private static String subject(ServiceRequest request, String headline) {
		return "[" + request.getNumber() + "] " + headline;
	}

	private static String reference(ServiceRequest request) {
		return "request:" + request.getNumber();
	}

}
