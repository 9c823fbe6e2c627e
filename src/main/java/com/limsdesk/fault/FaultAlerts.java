package com.limsdesk.fault;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Faults that machines report: one open ticket per alert key. The first report opens a
 * ticket through the fault process, so it gets the same deadlines and escalations as a
 * person's report. A repetition while that ticket is open adds an occurrence to its
 * journal. A recovery adds a note and mails the engineer, but a person still records and
 * confirms the fix.
 */
@Service
public class FaultAlerts {

	private static final Logger logger = LoggerFactory.getLogger(FaultAlerts.class);

	private final FaultAlertRepository alerts;

	private final FaultTicketRepository ticketRepository;

	private final FaultTicketService tickets;

	private final FaultMail mail;

	private final RuntimeService runtimeService;

	private final TransactionTemplate newTransaction;

	FaultAlerts(FaultAlertRepository alerts, FaultTicketRepository ticketRepository, FaultTicketService tickets,
			FaultMail mail, RuntimeService runtimeService, TransactionTemplate transactionTemplate) {
		this.alerts = alerts;
		this.ticketRepository = ticketRepository;
		this.tickets = tickets;
		this.mail = mail;
		this.runtimeService = runtimeService;
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Opens a ticket for the alert, or adds an occurrence to the one open for its key.
	 * The alert's row stays locked until the caller's transaction ends, so concurrent
	 * reports of one key never open two tickets.
	 */
	@Transactional
	public AlertOutcome raise(AlertReport report) {
		Instant now = SystemContext.now();
		FaultAlert alert = lock(report.key(), report.source());
		FaultTicket open = openTicket(alert);
		if (open != null) {
			alert.occur(now);
			this.tickets.journal(open, now, report.source(), "OCCURRENCE",
					"第 " + alert.getOccurrences() + " 次：" + report.summary());
			logger.info("Alert {} occurred again on fault ticket {}", report.key(), open.getNumber());
			return new AlertOutcome(open.getNumber(), false, alert.getOccurrences());
		}
		FaultTicket ticket = this.tickets.registerAlert(report, now);
		alert.openTicket(ticket.getId(), now);
		this.runtimeService.startProcessInstanceByKey(FaultProcess.KEY, ticket.getNumber(), Map.of());
		return new AlertOutcome(ticket.getNumber(), true, 1);
	}

	/**
	 * Adds a recovery note to the ticket open for the alert key and mails its engineer.
	 * Returns the ticket number, or empty when no ticket is open for the key or the
	 * recovery was noted already.
	 */
	@Transactional
	public Optional<String> recover(String key, String note) {
		Optional<FaultAlert> found = this.alerts.lock(key);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		FaultAlert alert = found.get();
		FaultTicket open = openTicket(alert);
		if (open == null || alert.getRecoveredAt() != null) {
			return Optional.empty();
		}
		Instant now = SystemContext.now();
		alert.recover(now);
		this.tickets.journal(open, now, null, "RECOVERED", note);
		this.mail.announceRecovery(open, note);
		logger.info("Alert {} recovered; noted on fault ticket {}", key, open.getNumber());
		return Optional.of(open.getNumber());
	}

	/** Returns the occurrences of the alert open on the ticket, or zero. */
	@Transactional(readOnly = true)
	public int occurrencesOf(FaultTicket ticket) {
		return this.alerts.findByTicketId(ticket.getId()).map(FaultAlert::getOccurrences).orElse(0);
	}

	private FaultTicket openTicket(FaultAlert alert) {
		if (alert.getTicketId() == null) {
			return null;
		}
		return this.ticketRepository.findById(alert.getTicketId())
			.filter((ticket) -> ticket.getStatus() != FaultStatus.CLOSED
					&& ticket.getStatus() != FaultStatus.CLOSED_UNCONFIRMED)
			.orElse(null);
	}

	private FaultAlert lock(String key, String source) {
		Optional<FaultAlert> existing = this.alerts.lock(key);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			this.newTransaction.executeWithoutResult((status) -> {
				if (!this.alerts.existsById(key)) {
					this.alerts.saveAndFlush(new FaultAlert(key, source));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Another report of the key created the row at the same moment.
		}
		return this.alerts.lock(key).orElseThrow();
	}

}
