package com.limsdesk.mailintake;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.fault.EmailFaults;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a parsed mail becomes and records it, all in the caller's transaction: a
 * fault ticket for a known sender, a journal entry for a known sender's reply that names
 * a ticket, or a review task for an unknown address. The intake record with its unique
 * message key is part of the same transaction, so the mail and its outcome commit
 * together or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class MailIntakeService {

	/** A ticket number in a subject, such as {@code GZ-2026-00001}. */
	static final Pattern TICKET_NUMBER = Pattern.compile("GZ-\\d{4}-\\d{5}");

	/** Module of a ticket opened from mail, which the mail does not name. */
	static final String UNKNOWN_MODULE = "待确认（邮件报告）";

	private static final int MAX_DESCRIPTION = 4000;

	private static final Logger logger = LoggerFactory.getLogger(MailIntakeService.class);

	private final IntakeMailRepository mails;

	private final MailAttachmentRepository attachments;

	private final MailSenders senders;

	private final EmailFaults faults;

	private final MailIntakeMail mail;

	private final RuntimeService runtimeService;

	private final String deskAddress;

	private final UserDirectory users;

	MailIntakeService(IntakeMailRepository mails, MailAttachmentRepository attachments, MailSenders senders,
			EmailFaults faults, MailIntakeMail mail, RuntimeService runtimeService, DeskProperties properties,
			UserDirectory users) {
		this.mails = mails;
		this.users = users;
		this.attachments = attachments;
		this.senders = senders;
		this.faults = faults;
		this.mail = mail;
		this.runtimeService = runtimeService;
		this.deskAddress = properties.notification().from().strip().toLowerCase(Locale.ROOT);
	}

	/** Returns the intake record of the mail, or a new unsaved one. */
	IntakeMail recordFor(MailboxPosition position, Instant now) {
		return this.mails.findByMessageKey(position.key()).orElseGet(() -> new IntakeMail(position, now));
	}

	/** Records and routes a mail that was read. */
	MailStatus accept(MailboxPosition position, ParsedMail parsed, long size) {
		Instant now = SystemContext.now();
		IntakeMail record = recordFor(position, now);
		if (record.getStatus().finished()) {
			return record.getStatus();
		}
		record.describe(parsed, size);
		this.mails.saveAndFlush(record);
		List<MailAttachmentRepository.AttachmentInfo> stored = parsed.attachments()
			.stream().<MailAttachmentRepository
					.AttachmentInfo>map(
							(attachment) -> this.attachments.save(new MailAttachment(record.getId(), attachment)))
			.toList();
		if (parsed.automatic() || this.deskAddress.equals(parsed.senderAddress())) {
			record.finish(MailStatus.AUTOMATIC, null, null, now);
			logger.info("Recorded automatic mail {} from {} without answering it", record.getId(),
					parsed.senderAddress());
			return record.getStatus();
		}
		Optional<UserDirectory.Person> sender = this.senders.find(parsed.senderAddress());
		if (sender.isEmpty()) {
			startReview(record, parsed, now);
			return record.getStatus();
		}
		String user = sender.get().id();
		Optional<EmailFaults.MailedTicket> replied = referencedTicket(parsed.subject(), user);
		String number;
		if (replied.isPresent()) {
			number = replied.get().number();
			this.faults.addReply(number, user, replyDetail(parsed, stored), now);
			this.mail.replyAdded(user, replied.get(), parsed.subject());
			this.mail.replyReceived(replied.get(), sender.get().displayName(), parsed.text());
			record.finish(MailStatus.REPLY_ADDED, user, number, now);
			logger.info("Added mail {} from {} to fault ticket {}", record.getId(), user, number);
		}
		else {
			String contact = (parsed.senderName() != null) ? parsed.senderName() : sender.get().displayName();
			number = this.faults.open(new EmailFaults.MailedFault(Texts.cut(contact, 100), "无", UNKNOWN_MODULE,
					description(parsed), 0, user, null, journalDetail(parsed, stored)), now);
			record.finish(MailStatus.TICKET_OPENED, user, number, now);
		}
		this.attachments.flush();
		this.attachments.assignTicket(record.getId(), number);
		return record.getStatus();
	}

	/**
	 * Records a mail over the size limit, which is not read, and mails a known sender.
	 */
	MailStatus acceptOversized(MailboxPosition position, String senderAddress, String subject, long size, long limit) {
		Instant now = SystemContext.now();
		IntakeMail record = recordFor(position, now);
		if (record.getStatus().finished()) {
			return record.getStatus();
		}
		record.describeOversized(senderAddress, subject, size, "邮件大小 " + size + " 字节，超过上限 " + limit + " 字节，未读取内容");
		Optional<UserDirectory.Person> sender = this.senders.find(senderAddress);
		sender.ifPresent((person) -> this.mail.oversized(person.id(), subject, size, limit));
		record.finish(MailStatus.OVERSIZED, sender.map(UserDirectory.Person::id).orElse(null), null, now);
		this.mails.save(record);
		logger.warn("Mail {} from {} has {} bytes, over the limit of {}; recorded without reading it", position.key(),
				senderAddress, size, limit);
		return record.getStatus();
	}

	/**
	 * Counts a failed attempt at the mail. The last allowed attempt gives it up and tells
	 * the engineers. Returns the status after the failure.
	 */
	MailStatus recordFailure(MailboxPosition position, String senderAddress, String subject, String error,
			int maxAttempts) {
		Instant now = SystemContext.now();
		IntakeMail record = recordFor(position, now);
		if (record.getStatus().finished()) {
			return record.getStatus();
		}
		if (record.getSenderAddress() == null) {
			record.describeOversized(senderAddress, subject, 0, null);
		}
		record.fail(error, maxAttempts, now);
		this.mails.save(record);
		if (record.getStatus() == MailStatus.FAILED) {
			this.mail.failed(position.key(), String.valueOf(senderAddress), String.valueOf(subject), error);
			logger.error("Gave up mail {} from {} after {} attempts: {}", position.key(), senderAddress,
					record.getAttempts(), error);
		}
		return record.getStatus();
	}

	private void startReview(IntakeMail record, ParsedMail parsed, Instant now) {
		ProcessInstance review = this.runtimeService.startProcessInstanceByKey(MailReviewProcess.KEY,
				MailReviewProcess.businessKey(record.getId()), Map.of());
		record.awaitReview(review.getId(), now);
		this.mail.reviewWaiting(String.valueOf(parsed.senderAddress()), parsed.subject());
		logger.info("Mail {} from unknown address {} waits for review in process instance {}", record.getId(),
				parsed.senderAddress(), review.getId());
	}

	/**
	 * Returns the first ticket named in the subject that the sender may add to: staff add
	 * to any ticket, others only to a ticket they reported or filed. A mail naming
	 * another user's ticket opens a ticket of its own, so nobody writes into a ticket
	 * they cannot read.
	 */
	private Optional<EmailFaults.MailedTicket> referencedTicket(String subject, String user) {
		boolean staff = this.users.isMemberOfAny(user, DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT,
				DeskGroups.MANAGERS, DeskGroups.ADMINISTRATORS);
		Matcher matcher = TICKET_NUMBER.matcher(subject);
		while (matcher.find()) {
			Optional<EmailFaults.MailedTicket> ticket = this.faults.find(matcher.group())
				.filter((found) -> staff || user.equals(found.reporterUser()) || user.equals(found.filedBy()));
			if (ticket.isPresent()) {
				return ticket;
			}
		}
		return Optional.empty();
	}

	/** Returns the ticket description: the subject, then as much of the text as fits. */
	static String description(ParsedMail parsed) {
		String subject = parsed.subject().isBlank() ? "（无主题）" : parsed.subject();
		String body = switch (parsed.bodyKind()) {
			case NONE -> "（邮件没有正文" + (parsed.attachments().isEmpty() ? "" : "，请查看附件") + "）";
			case HTML, PLAIN -> parsed.text();
		};
		String text = subject + "\n\n" + body;
		if (text.length() <= MAX_DESCRIPTION) {
			return text;
		}
		String more = "\n……（正文过长，全文见邮件受理记录）";
		return Texts.cut(text, MAX_DESCRIPTION - more.length()) + more;
	}

	static String journalDetail(ParsedMail parsed, List<MailAttachmentRepository.AttachmentInfo> attachments) {
		StringBuilder detail = new StringBuilder("发件人 ");
		if (parsed.senderName() != null) {
			detail.append(parsed.senderName()).append(' ');
		}
		detail.append('<').append(parsed.senderAddress()).append(">，主题：").append(parsed.subject());
		appendAttachments(detail, attachments);
		if (!parsed.notes().isEmpty()) {
			detail.append("；").append(String.join("；", parsed.notes()));
		}
		return Texts.cut(detail.toString(), 4000);
	}

	private static String replyDetail(ParsedMail parsed, List<MailAttachmentRepository.AttachmentInfo> attachments) {
		StringBuilder detail = new StringBuilder("邮件「").append(parsed.subject()).append("」");
		appendAttachments(detail, attachments);
		detail.append("：\n").append(parsed.text());
		return Texts.cut(detail.toString(), 4000);
	}

	private static void appendAttachments(StringBuilder detail,
			List<MailAttachmentRepository.AttachmentInfo> attachments) {
		if (attachments.isEmpty()) {
			return;
		}
		detail.append("，附件：");
		for (int i = 0; i < attachments.size(); i++) {
			MailAttachmentRepository.AttachmentInfo attachment = attachments.get(i);
			detail.append((i > 0) ? "、" : "").append(attachment.getFileName());
			if (!attachment.isStored()) {
				detail.append("（").append(attachment.getSizeBytes()).append(" 字节，超过上限未保存）");
			}
		}
	}

}
