package com.limsdesk.mailintake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one mail of the mailbox exactly once. The intake record is looked up by the
 * mail's key first, so a mail whose outcome committed but whose mark on the server was
 * lost is only marked again. A failure rolls back everything the mail caused, is counted
 * in a transaction of its own, and leaves the mail unmarked for the next poll until the
 * attempts run out.
 */
@Component
class MailIntake {

	private static final Logger logger = LoggerFactory.getLogger(MailIntake.class);

	private final MailIntakeService service;

	private final IntakeMailRepository mails;

	private final MailIntakeProperties properties;

	private final TransactionTemplate transaction;

	MailIntake(MailIntakeService service, IntakeMailRepository mails, MailIntakeProperties properties,
			PlatformTransactionManager transactionManager) {
		this.service = service;
		this.mails = mails;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Processes the mail unless it was processed before. Returns whether the desk is done
	 * with it, so that the caller marks it on the server.
	 */
	boolean handle(MailboxPosition position, MimeMessage message) {
		MailStatus known = this.mails.findByMessageKey(position.key()).map(IntakeMail::getStatus).orElse(null);
		if (known != null && known.finished()) {
			logger.info("Mail {} was processed before ({}); marking it on the server again", position.key(), known);
			return true;
		}
		String sender = null;
		String subject = null;
		try {
			List<String> notes = new ArrayList<>();
			subject = MailCharsets.decodeHeader(message.getHeader("Subject", null), "主题", notes);
			sender = MailParser.sender(message.getHeader("From", ","), notes).address();
			long size = message.getSize();
			long limit = this.properties.maxMailSize().toBytes();
			if (size > limit) {
				String address = sender;
				String title = subject;
				return this.transaction
					.execute((status) -> this.service.acceptOversized(position, address, title, size, limit))
					.finished();
			}
			ParsedMail parsed = new MailParser(this.properties.maxAttachmentSize().toBytes()).parse(message);
			sender = parsed.senderAddress();
			MailStatus outcome = this.transaction.execute((status) -> this.service.accept(position, parsed, size));
			logger.info("Processed mail {} from {}: {}", position.key(), sender, outcome);
			return outcome.finished();
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return recordFailure(position, sender, subject, ex);
		}
	}

	private boolean recordFailure(MailboxPosition position, String sender, String subject, Exception failure) {
		logger.warn("Processing mail {} from {} failed", position.key(), sender, failure);
		String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		try {
			return this.transaction
				.execute((status) -> this.service.recordFailure(position, sender, subject, error,
						this.properties.maxAttempts()))
				.finished();
		}
		catch (RuntimeException ex) {
			logger.error("Recording the failure of mail {} failed; the next poll reads it again", position.key(), ex);
			return false;
		}
	}

}
