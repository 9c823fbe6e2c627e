package com.limsdesk.fault;

import java.time.Duration;
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
 * person's report. A repetition while that ticket is open adds an occurrence: the count
 * and the first and last time seen are kept on the alert, and the ticket's journal gets
 * the first repetition and then at most one entry per
 * {@link #OCCURRENCE_JOURNAL_INTERVAL}. A recovery adds a note and mails the engineer,
 * but a person still records and confirms the fix.
 */
@Service
public class FaultAlerts {

	/** The shortest time between two journal entries for repetitions of one alert. */
	static final Duration OCCURRENCE_JOURNAL_INTERVAL = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(FaultAlerts.class);

	private final FaultAlertRepository alerts;

	private final AlertSignalRecordRepository signals;

	private final FaultTicketRepository ticketRepository;

	private final FaultTicketService tickets;

	private final FaultMail mail;

	private final RuntimeService runtimeService;

	private final SystemContext systemContext;

	private final TransactionTemplate newTransaction;

	FaultAlerts(FaultAlertRepository alerts, AlertSignalRecordRepository signals,
			FaultTicketRepository ticketRepository, FaultTicketService tickets, FaultMail mail,
			RuntimeService runtimeService, SystemContext systemContext, TransactionTemplate transactionTemplate) {
		this.alerts = alerts;
		this.signals = signals;
		this.ticketRepository = ticketRepository;
		this.tickets = tickets;
		this.mail = mail;
		this.runtimeService = runtimeService;
		this.systemContext = systemContext;
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
		return problem(lock(report.key(), report.source()), report, now, report.source(), now);
	}

	/**
	 * Applies an alert that a monitoring system sent, and records it. A report with the
	 * source, key, state and event time of one received before changes nothing and
	 * returns the earlier outcome, marked as a duplicate.
	 * <p>
	 * A problem report locks the alert's row, as {@link #raise} does, so concurrent
	 * reports of one key are applied one after the other. No lock serializes concurrent
	 * recoveries of a key that has no row yet. The unique constraint on the recorded
	 * signals then fails all but one with {@link DataIntegrityViolationException}, and
	 * the caller may repeat them to get their duplicate outcome.
	 */
	@Transactional
	public AlertOutcome receive(AlertSignal signal) {
		AlertReport report = signal.report();
		Instant now = SystemContext.now();
		Optional<FaultAlert> alert = (signal.state() == AlertState.PROBLEM)
				? Optional.of(lock(report.key(), report.source())) : this.alerts.lock(report.key());
		Optional<AlertSignalRecord> earlier = this.signals.findBySourceAndKeyAndStateAndEventTime(report.source(),
				report.key(), signal.state(), signal.eventTime());
		if (earlier.isPresent()) {
			logger.info("Alert {} in state {} at {} was received before; ignored", report.key(), signal.state().code(),
					signal.eventTime());
			return earlier.get().repeatedOutcome();
		}
		AlertOutcome outcome;
		if (signal.state() == AlertState.PROBLEM) {
			outcome = problem(alert.get(), report, signal.eventTime(), signal.receivedBy(), now);
		}
		else {
			outcome = alert.map((found) -> recovery(found, signal, now))
				.orElseGet(() -> AlertOutcome.of(null, AlertEffect.NO_OPEN_TICKET, 0));
		}
		this.signals.saveAndFlush(new AlertSignalRecord(signal, now, outcome));
		return outcome;
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
		noteRecovery(alert, open, SystemContext.now(), note);
		return Optional.of(open.getNumber());
	}

	/** Returns the occurrences of the alert open on the ticket, or zero. */
	@Transactional(readOnly = true)
	public int occurrencesOf(FaultTicket ticket) {
		return this.alerts.findByTicketId(ticket.getId()).map(FaultAlert::getOccurrences).orElse(0);
	}

	/** Returns the alert that opened the ticket, with its counts, when one did. */
	@Transactional(readOnly = true)
	public Optional<AlertSummary> alertOf(FaultTicket ticket) {
		return this.alerts.findByTicketId(ticket.getId())
			.map((alert) -> new AlertSummary(alert.getKey(), alert.getSource(), alert.getOccurrences(),
					alert.getFirstSeen(), alert.getLastSeen(), alert.getRecoveredAt()));
	}

	private AlertOutcome problem(FaultAlert alert, AlertReport report, Instant seenAt, String filedBy, Instant now) {
		FaultTicket open = openTicket(alert);
		if (open != null) {
			boolean wasRecovered = alert.getRecoveredAt() != null;
			alert.occur(seenAt);
			boolean recurred = wasRecovered && alert.getRecoveredAt() == null;
			if (recurred || alert.journalDue(now, OCCURRENCE_JOURNAL_INTERVAL)) {
				journalOccurrence(alert, open, report, recurred, now);
			}
			logger.debug("Alert {} occurred again on fault ticket {}", report.key(), open.getNumber());
			return AlertOutcome.of(open.getNumber(), AlertEffect.OCCURRENCE, alert.getOccurrences());
		}
		FaultTicket ticket = this.tickets.registerAlert(report, seenAt, filedBy, now);
		alert.openTicket(ticket.getId(), seenAt, now);
		// The desk opens the ticket, so the reporting account needs no right to start the
		// fault process.
		this.systemContext.withoutAuthorization(
				() -> this.runtimeService.startProcessInstanceByKey(FaultProcess.KEY, ticket.getNumber(), Map.of()));
		return AlertOutcome.of(ticket.getNumber(), AlertEffect.OPENED, 1);
	}

	private void journalOccurrence(FaultAlert alert, FaultTicket open, AlertReport report, boolean recurred,
			Instant now) {
		int unjournaled = alert.markJournaled(now);
		String count = "第 " + alert.getOccurrences() + " 次"
				+ ((unjournaled > 1) ? "（上次记录后共 " + unjournaled + " 次）" : "");
		String detail = (recurred ? "恢复后再次出现，" : "") + count + "：" + report.summary();
		this.tickets.journal(open, now, report.source(), "OCCURRENCE", detail);
		logger.info("Alert {} occurred again on fault ticket {}, {} times in all", report.key(), open.getNumber(),
				alert.getOccurrences());
	}

	private AlertOutcome recovery(FaultAlert alert, AlertSignal signal, Instant now) {
		FaultTicket open = openTicket(alert);
		if (open == null) {
			return AlertOutcome.of(null, AlertEffect.NO_OPEN_TICKET, 0);
		}
		if (alert.getLastProblemAt() != null && signal.eventTime().isBefore(alert.getLastProblemAt())) {
			logger.info("Recovery of alert {} at {} is older than its last problem at {}; ignored", alert.getKey(),
					signal.eventTime(), alert.getLastProblemAt());
			return AlertOutcome.of(open.getNumber(), AlertEffect.STALE_RECOVERY, alert.getOccurrences());
		}
		if (alert.getRecoveredAt() != null) {
			return AlertOutcome.of(open.getNumber(), AlertEffect.ALREADY_RECOVERED, alert.getOccurrences());
		}
		AlertReport report = signal.report();
		String note = report.source() + " 报告已恢复：" + report.summary()
				+ ((report.details() != null && !report.details().isBlank()) ? "\n" + report.details() : "");
		noteRecovery(alert, open, signal.eventTime(), note);
		return AlertOutcome.of(open.getNumber(), AlertEffect.RECOVERED, alert.getOccurrences());
	}

	private void noteRecovery(FaultAlert alert, FaultTicket open, Instant recoveredAt, String note) {
		alert.recover(recoveredAt);
		this.tickets.journal(open, SystemContext.now(), null, "RECOVERED", note);
		this.mail.announceRecovery(open, note);
		logger.info("Alert {} recovered; noted on fault ticket {}", alert.getKey(), open.getNumber());
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

	/**
	 * The alert behind a ticket, for the ticket's page.
	 *
	 * @param key the alert key
	 * @param source the system that reported it first
	 * @param occurrences reports while the ticket is open, the first included
	 * @param firstSeen when the problem was first seen
	 * @param lastSeen when it was last seen
	 * @param recoveredAt when the recovery was seen, or null while it fails
	 */
	public record AlertSummary(String key, String source, int occurrences, Instant firstSeen, Instant lastSeen,
			Instant recoveredAt) {
	}

}
