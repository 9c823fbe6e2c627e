package com.limsdesk.mailintake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.limsdesk.fault.EmailFaults;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails that mail intake read and their outcome, for staff, and the attachments of a
 * ticket, for staff and for the ticket's reporter.
 */
@RestController
@RequestMapping("/api/mail-intake")
class MailIntakeController {

	private static final String[] STAFF = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private static final int MAX_LISTED = 500;

	private final IntakeMailRepository mails;

	private final MailAttachmentRepository attachments;

	private final EmailFaults faults;

	private final MailboxPoller poller;

	private final MailIntakeProperties properties;

	private final CurrentUser currentUser;

	MailIntakeController(IntakeMailRepository mails, MailAttachmentRepository attachments, EmailFaults faults,
			MailboxPoller poller, MailIntakeProperties properties, CurrentUser currentUser) {
		this.mails = mails;
		this.attachments = attachments;
		this.faults = faults;
		this.poller = poller;
		this.properties = properties;
		this.currentUser = currentUser;
	}

	/** Lists the latest mails, optionally of one status, with the state of the polls. */
	@GetMapping
	@Transactional(readOnly = true)
	Listing list(@RequestParam(required = false) String status) {
		requireStaff();
		List<IntakeMail> found = (status == null) ? this.mails.findAllByOrderByIdDesc(Limit.of(MAX_LISTED))
				: this.mails.findByStatusOrderByIdDesc(status(status), Limit.of(MAX_LISTED));
		MailboxPoller.PollState state = this.poller.state();
		return new Listing(this.properties.enabled(), this.properties.toString(), state.lastPoll(), state.lastSuccess(),
				state.lastError(), state.failures(), found.stream().map(this::summary).toList());
	}

	/** Returns one mail with its text and attachments. */
	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	MailDetail get(@PathVariable long id) {
		requireStaff();
		IntakeMail mail = this.mails.findById(id)
			.orElseThrow(() -> new NotFoundException("intake mail " + id + " not found"));
		return new MailDetail(summary(mail), mail.getMessageId(), mail.getBodyKind(), mail.getBodyText(),
				mail.getReviewedBy(), mail.getReviewReason(),
				this.attachments.findByMailIdOrderByIdAsc(id).stream().map(AttachmentView::of).toList());
	}

	/** Reads the mailbox now instead of waiting for the next poll. */
	@PostMapping("/poll")
	PollResult pollNow() {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.ADMINISTRATORS)) {
			throw new AuthorizationException("only engineers and administrators may start a poll of the mailbox");
		}
		if (!this.properties.enabled()) {
			throw new InvalidFieldException("desk.mail-intake.enabled", "mail intake is disabled");
		}
		int finished = this.poller.poll();
		MailboxPoller.PollState state = this.poller.state();
		return new PollResult(finished, state.lastError());
	}

	/** Lists the mail attachments of a ticket, for staff and the ticket's reporter. */
	@GetMapping("/tickets/{number}/attachments")
	@Transactional(readOnly = true)
	List<AttachmentView> ticketAttachments(@PathVariable String number) {
		requireTicketReader(number);
		return this.attachments.findByTicketNumberOrderByIdAsc(number).stream().map(AttachmentView::of).toList();
	}

	/** Sends an attachment as a download, never to be shown inline. */
	@GetMapping("/attachments/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> download(@PathVariable long id) {
		MailAttachment attachment = this.attachments.findById(id)
			.orElseThrow(() -> new NotFoundException("attachment " + id + " not found"));
		if (attachment.getTicketNumber() != null) {
			requireTicketReader(attachment.getTicketNumber());
		}
		else {
			requireStaff();
		}
		if (!attachment.isStored()) {
			throw new NotFoundException("attachment " + id + " (" + attachment.getFileName() + ", "
					+ attachment.getSizeBytes() + " bytes) exceeded the size limit and was not stored");
		}
		return ResponseEntity.ok()
			.contentType(mediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.getContent());
	}

	private void requireStaff() {
		if (!this.currentUser.isInAny(STAFF)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read " + "the mail intake");
		}
	}

	/**
	 * Lets staff and the reporter of the ticket through; hides the ticket from others.
	 */
	private void requireTicketReader(String number) {
		if (this.currentUser.isInAny(STAFF)) {
			return;
		}
		String user = this.currentUser.id();
		boolean own = this.faults.find(number)
			.filter((ticket) -> user != null && (user.equals(ticket.reporterUser()) || user.equals(ticket.filedBy())))
			.isPresent();
		if (!own) {
			throw new NotFoundException("fault ticket " + number + " not found");
		}
	}

	private static MailStatus status(String code) {
		try {
			return MailStatus.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("status", "unknown mail status '" + code + "', expected one of "
					+ String.join(", ", java.util.Arrays.stream(MailStatus.values()).map(Enum::name).toList()));
		}
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private MailSummary summary(IntakeMail mail) {
		return new MailSummary(mail.getId(), mail.getStatus().name(), mail.getStatus().label(), mail.getSenderAddress(),
				mail.getSenderName(), mail.getSenderUser(), mail.getSubject(), mail.getSentAt(), mail.getFirstSeenAt(),
				mail.getProcessedAt(), mail.getSizeBytes(), mail.getTicketNumber(), mail.getNotes(), mail.getAttempts(),
				mail.getLastError(), this.attachments.countByMail(mail.getId()));
	}

	record Listing(boolean enabled, String mailbox, Instant lastPoll, Instant lastSuccessfulPoll, String lastPollError,
			int failedPollsInARow, List<MailSummary> mails) {
	}

	record MailSummary(long id, String status, String statusLabel, String senderAddress, String senderName,
			String senderUser, String subject, Instant sentAt, Instant firstSeenAt, Instant processedAt, Long sizeBytes,
			String ticketNumber, String notes, int attempts, String lastError, long attachments) {
	}

	record MailDetail(MailSummary summary, String messageId, BodyKind bodyKind, String text, String reviewedBy,
			String reviewReason, List<AttachmentView> attachments) {
	}

	record AttachmentView(long id, String fileName, String contentType, long sizeBytes, boolean stored,
			String ticketNumber) {

		static AttachmentView of(MailAttachmentRepository.AttachmentInfo attachment) {
			return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
					attachment.getSizeBytes(), attachment.isStored(), attachment.getTicketNumber());
		}

	}

	record PollResult(int finished, String error) {
	}

}
