package com.limsdesk.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the replacement records. */
final class ReplacementViews {

	private ReplacementViews() {
	}

	record Summary(String number, String status, String statusLabel, String replacedEngineer, String cause,
			String causeLabel, String reason, String requestedBy, Instant requestedAt, String newEngineer,
			Instant onPostAt) {

		static Summary of(Replacement r) {
			return new Summary(r.getNumber(), r.getStatus().name(), r.getStatus().label(), r.getReplacedEngineer(),
					r.getCause().code(), r.getCause().label(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(),
					r.getNewEngineer(), r.getOnPostAt());
		}

	}

	record Entry(LocalDate date, String content, String trainer, BigDecimal hours, String recordedBy,
			Instant recordedAt) {

		static Entry of(TrainingEntry e) {
			return new Entry(e.getTrainingDate(), e.getContent(), e.getTrainer(), e.getHours(), e.getRecordedBy(),
					e.getRecordedAt());
		}

	}

	record Decision(String kind, String kindLabel, String decidedBy, Instant decidedAt, String reason,
			LocalDate previousEnd, LocalDate newEnd) {

		static Decision of(ReplacementDecision d) {
			return new Decision(d.getKind().name(), d.getKind().label(), d.getDecidedBy(), d.getDecidedAt(),
					d.getReason(), d.getPreviousEnd(), d.getNewEnd());
		}

	}

	record Training(LocalDate start, LocalDate end, String trainer, String architecture, String operation, String other,
			String recordedBy, Instant recordedAt) {

		static Training of(Candidate c) {
			if (c.getTrainingStart() == null) {
				return null;
			}
			return new Training(c.getTrainingStart(), c.getTrainingEnd(), c.getTrainer(), c.getPlanArchitecture(),
					c.getPlanOperation(), c.getPlanOther(), c.getTrainingRecordedBy(), c.getTrainingRecordedAt());
		}

	}

	record CandidateView(int proposalNumber, String status, String statusLabel, String fullName, String loginId,
			String email, String phone, String qualifications, String experience, boolean existingUser,
			String proposedBy, Instant proposedAt, Training training, List<Decision> decisions,
			List<Entry> trainingLog) {

		static CandidateView of(Candidate c, List<ReplacementDecision> decisions, List<TrainingEntry> log) {
			return new CandidateView(c.getProposalNumber(), c.getStatus().name(), c.getStatus().label(),
					c.getFullName(), c.getLoginId(), c.getEmail(), c.getPhone(), c.getQualifications(),
					c.getExperience(), c.isExistingUser(), c.getProposedBy(), c.getProposedAt(), Training.of(c),
					decisions.stream().filter((d) -> d.getCandidateId().equals(c.getId())).map(Decision::of).toList(),
					log.stream().filter((e) -> e.getCandidateId().equals(c.getId())).map(Entry::of).toList());
		}

	}

	record Notice(String number, String kind, String kindLabel, String previousPerson, String newPerson,
			String newContact, LocalDate effectiveDate, String note, String reportedBy, Instant reportedAt,
			String acknowledgedBy, Instant acknowledgedAt, String acknowledgementNote) {

		static Notice of(StaffChangeNotice n) {
			return new Notice(n.getNumber(), n.getKind().name(), n.getKind().label(), n.getPreviousPerson(),
					n.getNewPerson(), n.getNewContact(), n.getEffectiveDate(), n.getNote(), n.getReportedBy(),
					n.getReportedAt(), n.getAcknowledgedBy(), n.getAcknowledgedAt(), n.getAcknowledgementNote());
		}

	}

	record JournalLine(Instant at, String actor, String kind, String detail) {

		static JournalLine of(ReplacementEvent e) {
			return new JournalLine(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record History(Summary summary, List<CandidateView> candidates, Notice notice, List<JournalLine> journal) {

		static History of(Replacement replacement, ReplacementService replacements, StaffChangeService notices) {
			List<ReplacementDecision> decisions = replacements.decisionsOf(replacement);
			List<TrainingEntry> log = replacements.trainingLogOf(replacement);
			return new History(Summary.of(replacement),
					replacements.candidatesOf(replacement)
						.stream()
						.map((candidate) -> CandidateView.of(candidate, decisions, log))
						.toList(),
					notices.findByNumber(replacement.getNumber()).map(Notice::of).orElse(null),
					replacements.journalOf(replacement).stream().map(JournalLine::of).toList());
		}

	}

}
