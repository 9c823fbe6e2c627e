package com.limsdesk.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the desk's database, in the transaction of the work that causes it, so
 * that a notification exists exactly when that work commits. {@link NotificationSender}
 * delivers the queue.
 */
@Service
public class NotificationService {

	private static final Logger logger = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notifications;

	NotificationService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/** Queues a mail to every member of the given groups. */
	@Transactional
	public void notifyGroups(Collection<String> groupIds, String subject, String body, String reference) {
		queue(groupIds, List.of(), subject, body, reference);
	}

	/** Queues a mail to the given users. */
	@Transactional
	public void notifyUsers(Collection<String> userIds, String subject, String body, String reference) {
		queue(List.of(), userIds, subject, body, reference);
	}

	/**
	 * Queues one mail to the members of the groups and to the users, each address once.
	 */
	@Transactional
	public void queue(Collection<String> groupIds, Collection<String> userIds, String subject, String body,
			String reference) {
		if (groupIds.isEmpty() && userIds.isEmpty()) {
			throw new IllegalArgumentException("a notification needs at least one group or user");
		}
		// Delivery runs on the system clock, not on the engine clock that process tests
		// move.
		Notification notification = new Notification(String.join(",", groupIds), String.join(",", userIds), subject,
				body, reference, Instant.now());
		this.notifications.save(notification);
		logger.info("Queued notification {} for {}: {}", notification.getId(), reference, subject);
	}

}
