package com.limsdesk.event;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of events. */
final class EventViews {

	private EventViews() {
	}

	record Summary(String number, String name, Instant startsAt, Instant endsAt, String place, String status,
			String statusLabel, int engineersRequired, Instant arrivalRequiredAt, Instant checkDue, boolean findingOpen,
			boolean escalated, int lateEngineers, List<String> faults) {

		static Summary of(SupportEvent event, EventService events) {
			boolean accepted = event.getPlanAcceptedAt() != null;
			int late = accepted ? (int) events.engineersOf(event).stream().filter(EventEngineer::isLate).count() : 0;
			return new Summary(event.getNumber(), event.getName(), event.getStartsAt(), event.getEndsAt(),
					event.getPlace(), event.getStatus().name(), event.getStatus().label(), event.getEngineersRequired(),
					event.getArrivalRequiredAt(), event.getCheckDue(), event.isFindingOpen(),
					event.getEscalatedAt() != null, late,
					events.faultsOf(event).stream().map(EventFault::getTicketNumber).toList());
		}

	}

	record Plan(int round, String engineers, String contingencyContacts, String contingencyPlan, String submittedBy,
			Instant submittedAt, String decision, String decisionLabel, String decidedBy, Instant decidedAt,
			String comment) {

		static Plan of(EventPlan p) {
			return new Plan(p.getRound(), p.getOnSiteEngineers(), p.getContingencyContacts(), p.getContingencyPlan(),
					p.getSubmittedBy(), p.getSubmittedAt(), p.getDecision().name(), p.getDecision().label(),
					p.getDecidedBy(), p.getDecidedAt(), p.getDecisionComment());
		}

	}

	record Engineer(String engineer, Instant onSiteFrom, Instant onSiteUntil, String duty, Instant arrivedAt,
			String arrivalNote, boolean late, long minutesLate, boolean absent) {

		static Engineer of(EventEngineer e) {
			return new Engineer(e.getEngineer(), e.getOnSiteFrom(), e.getOnSiteUntil(), e.getDuty(), e.getArrivedAt(),
					e.getArrivalNote(), e.isLate(), e.minutesLate(), e.isAbsent());
		}

	}

	record CheckItemView(String item, String result, String resultLabel) {

		static CheckItemView of(EventCheckItem item) {
			return new CheckItemView(item.getItemLabel(), item.getResult().name(), item.getResult().label());
		}

	}

	record Entry(Instant at, String actor, String kind, String detail) {

		static Entry of(EventJournalEntry e) {
			return new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record Detail(Summary summary, String criticalSystems, String contact, String requestedBy, Instant requestedAt,
			Instant checkOpensAt, String planAcceptedBy, Instant planAcceptedAt, String inspectionNumber,
			String checkedBy, Instant checkedAt, Instant checkOverdueAt, String checkFindings, String findingOutcome,
			String findingResolution, String summaryHappened, String summaryFaults, String summaryActions,
			String summaryBy, Instant summaryAt, String closedBy, Instant closedAt, List<Plan> plans,
			List<Engineer> engineers, List<CheckItemView> checklist, List<Entry> journal) {

		static Detail of(SupportEvent e, EventService events) {
			return new Detail(Summary.of(e, events), e.getCriticalSystems(), e.getContact(), e.getRequestedBy(),
					e.getRequestedAt(), e.getCheckOpensAt(), e.getPlanAcceptedBy(), e.getPlanAcceptedAt(),
					e.getInspectionNumber(), e.getCheckedBy(), e.getCheckedAt(), e.getCheckOverdueAt(),
					e.getCheckFindings(), e.getFindingOutcome(), e.getFindingResolution(), e.getSummaryHappened(),
					e.getSummaryFaults(), e.getSummaryActions(), e.getSummaryBy(), e.getSummaryAt(), e.getClosedBy(),
					e.getClosedAt(), events.plansOf(e).stream().map(Plan::of).toList(),
					(e.getPlanRound() > 0) ? events.engineersOf(e).stream().map(Engineer::of).toList() : List.of(),
					events.checkItemsOf(e).stream().map(CheckItemView::of).toList(),
					events.journalOf(e).stream().map(Entry::of).toList());
		}

	}

}
