package com.limsdesk.fault;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import com.limsdesk.servicelevel.Severity;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a fault ticket: every change of the record, its deadlines from the
 * service-level calculator, its journal and its breaches. The fault process calls it from
 * its delegates and task listeners, inside the engine's transaction.
 *
 * <p>
 * Until triage the category is unknown, so the response deadline is the strictest one, 15
 * minutes for a main-process fault. Triage sets the category and the deadline it implies.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class FaultTicketService {

	private static final Logger logger = LoggerFactory.getLogger(FaultTicketService.class);

	private final FaultTicketRepository tickets;

	private final FaultBreachRepository breaches;

	private final FaultEventRepository events;

	private final TicketNumbers numbers;

	private final ServiceLevelCalculator serviceLevels;

	private final DeskProperties properties;

	private final BreachMarker breachMarker;

	private final ApplicationEventPublisher publisher;

	FaultTicketService(FaultTicketRepository tickets, FaultBreachRepository breaches, FaultEventRepository events,
			TicketNumbers numbers, ServiceLevelCalculator serviceLevels, DeskProperties properties,
			BreachMarker breachMarker, ApplicationEventPublisher publisher) {
		this.breachMarker = breachMarker;
		this.publisher = publisher;
		this.tickets = tickets;
		this.breaches = breaches;
		this.events = events;
		this.numbers = numbers;
		this.serviceLevels = serviceLevels;
		this.properties = properties;
	}

	FaultTicket register(FaultReport report, String filedBy, String processInstanceId, Instant now) {
		String number = this.numbers.next(FaultProcess.TICKET_PREFIX, now, this.properties.zone());
		Instant responseDue = this.serviceLevels.responseDue(now, FaultCategory.MAIN);
		FaultTicket ticket = new FaultTicket(number, report, filedBy, now, responseDue);
		ticket.attachProcess(processInstanceId);
		this.tickets.save(ticket);
		journal(ticket, now, filedBy, "REGISTERED",
				"渠道 " + report.channel().label() + "，模块 " + report.module() + "，影响 " + report.affectedUsers() + " 人");
		logger.info("Registered fault ticket {} in process instance {}", number, processInstanceId);
		this.publisher.publishEvent(new FaultRecorded(number, report.module(), now));
		return ticket;
	}

	/**
	 * Registers a ticket for a machine's alert, classified as the alert suggests. The
	 * process instance is attached when the fault process starts for it.
	 * @param seenAt when the machine saw the problem, the ticket's start of the fault
	 * @param filedBy the system or desk account that reported it
	 */
	FaultTicket registerAlert(AlertReport alert, Instant seenAt, String filedBy, Instant now) {
		String number = this.numbers.next(FaultProcess.TICKET_PREFIX, now, this.properties.zone());
		String description = alert.summary()
				+ ((alert.details() != null && !alert.details().isBlank()) ? "\n\n" + alert.details() : "");
		FaultReport report = new FaultReport(alert.contactName(), "无", alert.module(),
				(description.length() > 4000) ? description.substring(0, 4000) : description, 0, seenAt,
				ReportChannel.MONITORING, alert.reporterUser());
		FaultTicket ticket = new FaultTicket(number, report, filedBy, now,
				this.serviceLevels.responseDue(now, alert.category()));
		ticket.classify(alert.category(), alert.severity(), this.serviceLevels.responseDue(now, alert.category()));
		this.tickets.save(ticket);
		journal(ticket, now, alert.source(), "REGISTERED", "监控告警 " + alert.key() + "：" + alert.summary());
		logger.info("Registered fault ticket {} for alert {}", number, alert.key());
		this.publisher.publishEvent(new FaultRecorded(number, alert.module(), now));
		return ticket;
	}

	/**
	 * Returns the ticket with the given number that no process instance has yet, or null.
	 * Monitoring and mail intake register such a ticket before they start its process,
	 * and it exists only inside the transaction that registered it.
	 */
	FaultTicket pendingTicket(String number) {
		return this.tickets.findByNumber(number).filter((ticket) -> ticket.getProcessInstanceId() == null).orElse(null);
	}

	/**
	 * Records triage, which is the response: classification, response time and the repair
	 * clock from the report. Returns whether the response came after its deadline.
	 */
	boolean triage(long ticketId, FaultCategory category, Severity severity, String note, String user, Instant now) {
		FaultTicket ticket = get(ticketId);
		Instant responseDue = this.serviceLevels.responseDue(ticket.getReportedAt(), category);
		ticket.classify(category, severity, responseDue);
		ticket.respond(now, user);
		startRepairClock(ticket, ticket.getReportedAt());
		journal(ticket, now, user, "TRIAGED",
				category.label() + "，" + severity.label() + ((note != null) ? "：" + note : ""));
		boolean late = now.isAfter(responseDue);
		if (late) {
			recordBreach(ticket, FaultBreach.Kind.RESPONSE, responseDue, now);
		}
		this.publisher.publishEvent(new FaultRecorded(ticket.getNumber(), ticket.getModule(), now));
		return late;
	}

	/**
	 * Changes category and severity and computes every deadline again from the original
	 * report time, or from the arrival on site when there was one. Earlier breaches stay.
	 */
	FaultTicket reclassify(long ticketId, FaultCategory category, Severity severity, String reason, String user,
			Instant now) {
		FaultTicket ticket = get(ticketId);
		if (ticket.getCategory() == null) {
			throw new IllegalStateException("ticket " + ticket.getNumber() + " is not triaged yet");
		}
		String before = ticket.getCategory().label() + "/" + ticket.getSeverity().label();
		Instant responseDue = this.serviceLevels.responseDue(ticket.getReportedAt(), category);
		ticket.classify(category, severity, responseDue);
		Instant clockStart = (ticket.getOnSiteArrivedAt() != null) ? ticket.getOnSiteArrivedAt()
				: ticket.getReportedAt();
		startRepairClock(ticket, clockStart);
		journal(ticket, now, user, "RECLASSIFIED",
				before + " → " + category.label() + "/" + severity.label() + "：" + reason);
		if (ticket.getRespondedAt() != null && ticket.getRespondedAt().isAfter(responseDue)) {
			recordBreach(ticket, FaultBreach.Kind.RESPONSE, responseDue, now);
		}
		logger.info("Reclassified fault ticket {} to {}/{}", ticket.getNumber(), category.code(), severity.code());
		return ticket;
	}

	void dispatchOnSite(long ticketId, String reason, String user, Instant now) {
		FaultTicket ticket = get(ticketId);
		ticket.dispatchOnSite(now, this.serviceLevels.onSiteDue(now));
		journal(ticket, now, user, "DISPATCHED", reason);
	}

	/** Records the arrival on site; the repair clock starts again from it. */
	void arriveOnSite(long ticketId, Instant arrivedAt, String note, String user, Instant now) {
		FaultTicket ticket = get(ticketId);
		if (arrivedAt.isBefore(ticket.getOnSiteDispatchedAt())) {
			throw new IllegalArgumentException("arrival before dispatch");
		}
		ticket.arriveOnSite(arrivedAt, user);
		startRepairClock(ticket, arrivedAt);
		journal(ticket, now, user, "ARRIVED", note);
		if (arrivedAt.isAfter(ticket.getOnSiteDue())) {
			recordBreach(ticket, FaultBreach.Kind.ONSITE, ticket.getOnSiteDue(), now);
		}
	}

	void recordFix(long ticketId, FixRecord fix, String user, Instant now) {
		FaultTicket ticket = get(ticketId);
		Instant confirmationDue = this.serviceLevels.closingOfWorkingDayAfter(now, 3);
		ticket.recordFix(now, user, fix.cause(), fix.actions(), fix.dataAffected(), fix.dataCorrection(),
				confirmationDue);
		journal(ticket, now, user, "FIXED", "原因：" + fix.cause() + "；措施：" + fix.actions());
	}

	void reopen(long ticketId, String reason, String user, Instant now) {
		FaultTicket ticket = get(ticketId);
		ticket.reopen();
		journal(ticket, now, user, "REOPENED", reason);
		logger.info("Reopened fault ticket {}", ticket.getNumber());
	}

	void close(long ticketId, String user, boolean confirmed, Instant now) {
		FaultTicket ticket = get(ticketId);
		ticket.close(now, user, confirmed ? FaultStatus.CLOSED : FaultStatus.CLOSED_UNCONFIRMED);
		journal(ticket, now, user, confirmed ? "CONFIRMED" : "AUTO_CLOSED", null);
	}

	/** Records that a deadline was missed; returns false when it was recorded before. */
	boolean recordBreach(FaultTicket ticket, FaultBreach.Kind kind, Instant dueAt, Instant now) {
		if (this.breaches.existsByTicketIdAndKind(ticket.getId(), kind)) {
			return false;
		}
		this.breaches.save(new FaultBreach(ticket.getId(), kind, dueAt, now));
		journal(ticket, now, null, "BREACH", kind.label());
		if (ticket.getProcessInstanceId() != null) {
			this.breachMarker.mark(ticket.getProcessInstanceId(), kind, ticket.getNumber() + " " + kind.label() + "：时限 "
					+ dueAt.atZone(this.properties.zone()).toLocalDateTime());
		}
		logger.warn("Fault ticket {} missed its {} deadline {}", ticket.getNumber(), kind, dueAt);
		return true;
	}

	/**
	 * Records in a ticket's journal that a change or a service request now refers to it,
	 * so that the link reads both ways.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void noteLink(String number, String linkedNumber, String detail, String actor, Instant at) {
		journal(findByNumber(number), at, actor, "LINKED", linkedNumber + "：" + detail);
	}

	void journal(FaultTicket ticket, Instant at, String actor, String kind, String detail) {
		this.events.save(new FaultEvent(ticket.getId(), at, actor, kind, detail));
	}

	private void startRepairClock(FaultTicket ticket, Instant start) {
		ticket.startRepairClock(start, this.serviceLevels.repairWarningAt(start, ticket.getSeverity()),
				this.serviceLevels.repairDue(start, ticket.getSeverity()));
	}

	/**
	 * Returns the ticket of a fault process instance. The ticket is found by the instance
	 * and not by a process variable, because users with a task may change its variables.
	 */
	FaultTicket forProcessInstance(String processInstanceId) {
		return this.tickets.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException(
					"no fault ticket belongs to process instance " + processInstanceId));
	}

	FaultTicket get(long ticketId) {
		return this.tickets.findById(ticketId)
			.orElseThrow(() -> new NotFoundException("fault ticket " + ticketId + " not found"));
	}

	/** Returns the open tickets that the engineer triaged or went on site for. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FaultTicket> openTicketsHeldBy(String engineer) {
		return this.tickets.findHeldBy(engineer, List.of(FaultStatus.AWAITING_TRIAGE, FaultStatus.IN_REPAIR,
				FaultStatus.AWAITING_ARRIVAL, FaultStatus.AWAITING_CONFIRMATION));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FaultTicket findByNumber(String number) {
		return this.tickets.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("fault ticket " + number + " not found"));
	}

	/**
	 * Returns the numbers of the tickets in the module reported at or after the moment.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> numbersInModuleSince(String module, Instant since) {
		return this.tickets.numbersInModuleSince(module, since);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FaultBreach> breachesOf(FaultTicket ticket) {
		return this.breaches.findByTicketIdOrderByIdAsc(ticket.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FaultEvent> journalOf(FaultTicket ticket) {
		return this.events.findByTicketIdOrderByIdAsc(ticket.getId());
	}

	/** Fix record entered by the engineer. */
	record FixRecord(String cause, String actions, boolean dataAffected, String dataCorrection) {
	}

}
