package com.limsdesk.fault;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fault reports that arrive by mail. A report opens a ticket through the fault process,
 * so it gets the same deadlines, escalations and acknowledgement as a report typed into
 * Tasklist. A reply to a ticket goes into its journal. The caller's transaction also
 * records the mail, so a ticket exists exactly when the mail is marked as processed.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class EmailFaults {

	private static final Logger logger = LoggerFactory.getLogger(EmailFaults.class);

	private final FaultTicketService tickets;

	private final FaultTicketRepository repository;

	private final RuntimeService runtimeService;

	EmailFaults(FaultTicketService tickets, FaultTicketRepository repository, RuntimeService runtimeService) {
		this.tickets = tickets;
		this.repository = repository;
		this.runtimeService = runtimeService;
	}

	/**
	 * Registers the ticket with the channel email and starts the fault process for it.
	 * The process mails the acknowledgement with the number to the reporter and to the
	 * person who filed it.
	 * @return the ticket number
	 */
	public String open(MailedFault mail, Instant now) {
		FaultReport report = new FaultReport(mail.contactName(), mail.contactPhone(), mail.module(), mail.description(),
				mail.affectedUsers(), null, ReportChannel.EMAIL, mail.reporterUser());
		FaultTicket ticket = this.tickets.register(report, mail.filedBy(), null, now);
		this.tickets.journal(ticket, now, mail.filedBy(), "MAIL_RECEIVED", mail.journalDetail());
		this.runtimeService.startProcessInstanceByKey(FaultProcess.KEY, ticket.getNumber(), Map.of());
		logger.info("Opened fault ticket {} from mail of {}", ticket.getNumber(), mail.filedBy());
		return ticket.getNumber();
	}

	/** Adds a mail that refers to an existing ticket to its journal. */
	public void addReply(String number, String actor, String detail, Instant now) {
		this.tickets.journal(this.tickets.findByNumber(number), now, actor, "MAIL_REPLY", detail);
	}

	/** Returns the ticket with the given number, if there is one. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<MailedTicket> find(String number) {
		return this.repository.findByNumber(number).map(MailedTicket::of);
	}

	/**
	 * What a mail report puts into a ticket.
	 *
	 * @param filedBy desk user who filed the report: the sender, or the engineer who
	 * accepted a mail from an unknown address
	 * @param reporterUser desk user who confirms the fix; null when {@code filedBy} does
	 * @param journalDetail sender, subject and attachments, for the ticket's journal
	 */
	public record MailedFault(String contactName, String contactPhone, String module, String description,
			int affectedUsers, String filedBy, String reporterUser, String journalDetail) {
	}

	/**
	 * The parts of a ticket that mail intake needs to route a reply and to decide who may
	 * read its attachments.
	 *
	 * @param engineer the engineer who responded, or null before triage
	 */
	public record MailedTicket(String number, String reporterUser, String filedBy, String engineer, boolean closed) {

		static MailedTicket of(FaultTicket ticket) {
			boolean closed = ticket.getStatus() == FaultStatus.CLOSED
					|| ticket.getStatus() == FaultStatus.CLOSED_UNCONFIRMED;
			return new MailedTicket(ticket.getNumber(), ticket.getReporterUser(), ticket.getFiledBy(),
					ticket.getRespondedBy(), closed);
		}

	}

}
