package com.limsdesk.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued notifications over SMTP. A notification that cannot be sent (SMTP down,
 * not configured, or no recipient with an address) stays queued and is tried again later,
 * the wait doubling after each failure up to {@code desk.notification.max-retry-delay}.
 */
@Component
public class NotificationSender {

	private static final Logger logger = LoggerFactory.getLogger(NotificationSender.class);

	private final NotificationRepository notifications;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final IdentityService identityService;

	private final SystemContext systemContext;

	private final TransactionTemplate transaction;

	private final DeskProperties.Notification settings;

	private volatile boolean reportedMissingSmtp;

	NotificationSender(NotificationRepository notifications, ObjectProvider<JavaMailSender> mailSender,
			IdentityService identityService, SystemContext systemContext, TransactionTemplate transaction,
			DeskProperties properties) {
		this.notifications = notifications;
		this.mailSender = mailSender;
		this.identityService = identityService;
		this.systemContext = systemContext;
		this.transaction = transaction;
		this.settings = properties.notification();
	}

	/** Sends every queued notification that is due, and returns how many went out. */
	@Scheduled(fixedDelayString = "${desk.notification.poll-interval:PT5S}")
	public synchronized int sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			reportMissingSmtp();
			return 0;
		}
		this.reportedMissingSmtp = false;
		List<Notification> due = this.notifications.findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
				Notification.Status.PENDING, Instant.now(), Limit.of(this.settings.batchSize()));
		int sent = 0;
		for (Notification notification : due) {
			if (send(sender, notification)) {
				sent++;
			}
		}
		return sent;
	}

	private void reportMissingSmtp() {
		if (!this.reportedMissingSmtp) {
			long waiting = this.notifications.countByStatus(Notification.Status.PENDING);
			logger.warn("SMTP is not configured (set SPRING_MAIL_HOST); {} notifications wait in the database",
					waiting);
			this.reportedMissingSmtp = true;
		}
	}

	private boolean send(JavaMailSender sender, Notification notification) {
		Set<String> addresses = resolveAddresses(notification);
		if (addresses.isEmpty()) {
			recordFailure(notification, "no recipient has a mail address");
			return false;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.from());
			helper.setTo(addresses.toArray(String[]::new));
			helper.setSubject(notification.getSubject());
			helper.setText(notification.getBody());
			sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			recordFailure(notification, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return false;
		}
		String sentTo = String.join(",", addresses);
		this.transaction.executeWithoutResult((status) -> this.notifications.findById(notification.getId())
			.ifPresent((stored) -> stored.markSent(Instant.now(), sentTo)));
		logger.info("Sent notification {} for {} to {} recipients", notification.getId(), notification.getReference(),
				addresses.size());
		return true;
	}

	private void recordFailure(Notification notification, String error) {
		int failures = notification.getAttempts() + 1;
		Duration wait = retryDelay(failures);
		Instant nextAttempt = Instant.now().plus(wait);
		this.transaction.executeWithoutResult((status) -> this.notifications.findById(notification.getId())
			.ifPresent((stored) -> stored.markFailed(error, nextAttempt)));
		logger.warn("Sending notification {} failed (attempt {}), next attempt in {}: {}", notification.getId(),
				failures, wait, error);
	}

	Duration retryDelay(int failures) {
		Duration delay = this.settings.firstRetryDelay();
		for (int i = 1; i < failures && delay.compareTo(this.settings.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.settings.maxRetryDelay()) > 0) ? this.settings.maxRetryDelay() : delay;
	}

	private Set<String> resolveAddresses(Notification notification) {
		return this.systemContext.withoutAuthorization(() -> {
			Set<String> addresses = new LinkedHashSet<>();
			for (String groupId : split(notification.getRecipientGroups())) {
				this.identityService.createUserQuery()
					.memberOfGroup(groupId)
					.list()
					.forEach((user) -> addAddress(addresses, user));
			}
			for (String userId : split(notification.getRecipientUsers())) {
				addAddress(addresses, this.identityService.createUserQuery().userId(userId).singleResult());
			}
			return addresses;
		});
	}

	private static void addAddress(Set<String> addresses, User user) {
		if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
			addresses.add(user.getEmail().trim());
		}
	}

	private static List<String> split(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return List.of(ids.split(","));
	}

}
