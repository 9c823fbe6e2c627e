package com.limsdesk.fault;

import java.time.Instant;
import java.util.List;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fault tickets for people. A reporter gets the tickets they reported or confirm, the
 * vendor's engineers and the managers get all, and engineers may reclassify a ticket.
 */
@RestController
@RequestMapping("/api/faults")
class FaultController {

	private static final String[] STAFF = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final FaultTicketService tickets;

	private final FaultTicketRepository repository;

	private final FaultReclassification reclassification;

	private final CurrentUser currentUser;

	private final FaultAlerts alerts;

	FaultController(FaultTicketService tickets, FaultTicketRepository repository,
			FaultReclassification reclassification, CurrentUser currentUser, FaultAlerts alerts) {
		this.alerts = alerts;
		this.tickets = tickets;
		this.repository = repository;
		this.reclassification = reclassification;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<TicketSummary> list() {
		List<FaultTicket> visible = this.currentUser.isInAny(STAFF) ? this.repository.findAllByOrderByIdDesc()
				: this.repository.findByReporterUserOrderByIdDesc(this.currentUser.id());
		return visible.stream().limit(500).map(TicketSummary::of).toList();
	}

	@GetMapping("/{number}")
	TicketDetail get(@PathVariable String number) {
		FaultTicket ticket = visibleTicket(number);
		return TicketDetail.of(ticket, this.tickets.breachesOf(ticket), this.tickets.journalOf(ticket),
				this.alerts.alertOf(ticket).orElse(null));
	}

	@PutMapping("/{number}/classification")
	TicketSummary reclassify(@PathVariable String number, @RequestBody Reclassification request) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw new org.camunda.bpm.engine.AuthorizationException(
					"only engineers and vendor-support may reclassify a ticket");
		}
		visibleTicket(number);
		return TicketSummary.of(this.reclassification.reclassify(number, request.category(), request.severity(),
				request.reason(), this.currentUser.id()));
	}

	private FaultTicket visibleTicket(String number) {
		FaultTicket ticket = this.tickets.findByNumber(number);
		boolean own = this.currentUser.id().equals(ticket.getReporterUser())
				|| this.currentUser.id().equals(ticket.getFiledBy());
		if (!own && !this.currentUser.isInAny(STAFF)) {
			throw new NotFoundException("fault ticket " + number + " not found");
		}
		return ticket;
	}

	record Reclassification(String category, String severity, String reason) {
	}

	record TicketSummary(String number, String status, String statusLabel, String module, String category,
			String severity, Instant reportedAt, Instant responseDue, Instant repairDue, Instant closedAt) {

		static TicketSummary of(FaultTicket ticket) {
			return new TicketSummary(ticket.getNumber(), ticket.getStatus().name(), ticket.getStatus().label(),
					ticket.getModule(), (ticket.getCategory() != null) ? ticket.getCategory().code() : null,
					(ticket.getSeverity() != null) ? ticket.getSeverity().code() : null, ticket.getReportedAt(),
					ticket.getResponseDue(), ticket.getRepairDue(), ticket.getClosedAt());
		}

	}

	record TicketDetail(TicketSummary summary, String contactName, String contactPhone, String description,
			int affectedUsers, String channel, String reporterUser, Instant respondedAt, Instant onSiteDue,
			Instant onSiteArrivedAt, Instant fixedAt, String fixCause, String fixActions, Boolean dataAffected,
			String dataCorrection, Instant confirmationDue, int reopenCount, int alertOccurrences,
			FaultAlerts.AlertSummary alert, List<Breach> breaches, List<JournalEntry> journal) {

		static TicketDetail of(FaultTicket ticket, List<FaultBreach> breaches, List<FaultEvent> journal,
				FaultAlerts.AlertSummary alert) {
			return new TicketDetail(TicketSummary.of(ticket), ticket.getContactName(), ticket.getContactPhone(),
					ticket.getDescription(), ticket.getAffectedUsers(), ticket.getChannel().code(),
					ticket.getReporterUser(), ticket.getRespondedAt(), ticket.getOnSiteDue(),
					ticket.getOnSiteArrivedAt(), ticket.getFixedAt(), ticket.getFixCause(), ticket.getFixActions(),
					ticket.getDataAffected(), ticket.getDataCorrection(), ticket.getConfirmationDue(),
					ticket.getReopenCount(), (alert != null) ? alert.occurrences() : 0, alert,
					breaches.stream()
						.map((b) -> new Breach(b.getKind().name(), b.getDueAt(), b.getRecordedAt()))
						.toList(),
					journal.stream()
						.map((e) -> new JournalEntry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail()))
						.toList());
		}

	}

	record Breach(String kind, Instant dueAt, Instant recordedAt) {
	}

	record JournalEntry(Instant at, String actor, String kind, String detail) {
	}

}
