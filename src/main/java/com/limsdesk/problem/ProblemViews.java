package com.limsdesk.problem;

import java.time.Instant;
import java.util.List;

import com.limsdesk.identity.DeskGroups;

/** The JSON shapes of problems and known errors. */
final class ProblemViews {

	private ProblemViews() {
	}

	record Summary(String number, String title, String module, String status, String statusLabel, String origin,
			String originLabel, String openedBy, Instant openedAt, Instant escalationDue, Instant escalatedAt,
			Instant planDue, Instant closedAt, boolean knownError, List<String> tickets) {

		static Summary of(Problem problem, ProblemService problems) {
			return new Summary(problem.getNumber(), problem.getTitle(), problem.getModule(), problem.getStatus().name(),
					problem.getStatus().label(), problem.getOrigin().name(), problem.getOrigin().label(),
					problem.getOpenedBy(), problem.getOpenedAt(), problem.getEscalationDue(), problem.getEscalatedAt(),
					problem.getPlanDue(), problem.getClosedAt(), problem.isKnownError(),
					problems.linksOf(problem).stream().map(ProblemLink::getTicketNumber).toList());
		}

	}

	record Link(String ticket, String linkedBy, Instant linkedAt) {

		static Link of(ProblemLink link) {
			return new Link(link.getTicketNumber(), link.getLinkedBy(), link.getLinkedAt());
		}

	}

	record Solution(int round, String group, String groupLabel, String proposedBy, Instant proposedAt, String rootCause,
			String workaround, String solution, String preventionPlan, String decision, String decisionLabel,
			String decidedBy, Instant decidedAt, String comment) {

		static Solution of(ProblemSolution s) {
			return new Solution(s.getRound(), s.getProposerGroup(), DeskGroups.nameOf(s.getProposerGroup()),
					s.getProposedBy(), s.getProposedAt(), s.getRootCause(), s.getWorkaround(), s.getSolution(),
					s.getPreventionPlan(), s.getDecision().name(), s.getDecision().label(), s.getDecidedBy(),
					s.getDecidedAt(), s.getDecisionComment());
		}

	}

	record Entry(Instant at, String actor, String kind, String detail) {

		static Entry of(ProblemEvent e) {
			return new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record Detail(Summary summary, String description, Instant suggestedAt, List<String> suggestedTickets,
			String rootCause, String workaround, String solution, String preventionPlan, String knownErrorBy,
			Instant knownErrorAt, String closedBy, String dismissedBy, Instant dismissedAt, String dismissReason,
			List<Link> links, List<Solution> solutions, List<Entry> journal) {

		static Detail of(Problem problem, ProblemService problems) {
			return new Detail(Summary.of(problem, problems), problem.getDescription(), problem.getSuggestedAt(),
					problems.suggestedTicketsOf(problem), problem.getRootCause(), problem.getWorkaround(),
					problem.getSolution(), problem.getPreventionPlan(), problem.getKnownErrorBy(),
					problem.getKnownErrorAt(), problem.getClosedBy(), problem.getDismissedBy(),
					problem.getDismissedAt(), problem.getDismissReason(),
					problems.linksOf(problem).stream().map(Link::of).toList(),
					problems.solutionsOf(problem).stream().map(Solution::of).toList(),
					problems.journalOf(problem).stream().map(Entry::of).toList());
		}

	}

	/** A published known error: the root cause and workaround that engineers look up. */
	record KnownError(String problem, String title, String module, String rootCause, String workaround,
			String publishedBy, Instant publishedAt, String status, String statusLabel, List<String> tickets) {

		static KnownError of(Problem problem, ProblemService problems) {
			return new KnownError(problem.getNumber(), problem.getTitle(), problem.getModule(), problem.getRootCause(),
					problem.getWorkaround(), problem.getKnownErrorBy(), problem.getKnownErrorAt(),
					problem.getStatus().name(), problem.getStatus().label(),
					problems.linksOf(problem).stream().map(ProblemLink::getTicketNumber).toList());
		}

	}

}
