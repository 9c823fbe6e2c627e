package com.limsdesk.change;

import java.time.Instant;
import java.util.List;

import com.limsdesk.identity.DeskGroups;

/** The JSON shapes of the change log. */
final class ChangeViews {

	private ChangeViews() {
	}

	record Summary(String number, String title, String type, String typeLabel, String risk, boolean emergency,
			String status, String statusLabel, String modules, int version, String raisedBy, Instant raisedAt,
			String requesterUser, Instant implementedAt, Instant releasedAt, Instant endedAt, List<String> links) {

		static Summary of(Change change, List<String> links) {
			return new Summary(change.getNumber(), change.getTitle(), change.getChangeType().code(),
					change.getChangeType().label(), change.getRisk().code(), change.isEmergency(),
					change.getStatus().name(), change.getStatus().label(), change.getModules(),
					change.getCurrentVersion(), change.getRaisedBy(), change.getRaisedAt(), change.getRequesterUser(),
					change.getImplementedAt(), change.getReleasedAt(), change.getEndedAt(), links);
		}

	}

	record Version(int version, String title, String type, String reason, String modules, String description,
			String risk, String userImpact, String testPlan, String rollbackPlan, Instant windowStart,
			Instant windowEnd, String linkedTickets, String linkedRequests, String revisionNote, String submittedBy,
			Instant submittedAt) {

		static Version of(ChangeVersion v) {
			return new Version(v.getVersion(), v.getTitle(), v.getChangeType().code(), v.getReason(), v.getModules(),
					v.getDescription(), v.getRisk().code(), v.getUserImpact(), v.getTestPlan(), v.getRollbackPlan(),
					v.getWindowStart(), v.getWindowEnd(), v.getLinkedTickets(), v.getLinkedRequests(),
					v.getRevisionNote(), v.getSubmittedBy(), v.getSubmittedAt());
		}

	}

	record Approval(int version, String group, String groupLabel, String decision, String decisionLabel,
			String decidedBy, Instant decidedAt, String comment, Instant openedAt) {

		static Approval of(ChangeApproval a) {
			return new Approval(a.getVersion(), a.getApproverGroup(), DeskGroups.nameOf(a.getApproverGroup()),
					a.getDecision().name(), a.getDecision().label(), a.getDecidedBy(), a.getDecidedAt(),
					a.getDecisionComment(), a.getOpenedAt());
		}

	}

	record Implementation(String implementedBy, Instant implementedAt, String files, String revisions,
			String configurationItems, String templates, String note, Boolean commentsConfirmed) {

		static Implementation of(Change change) {
			if (change.getImplementedAt() == null) {
				return null;
			}
			return new Implementation(change.getImplementedBy(), change.getImplementedAt(), change.getChangedFiles(),
					change.getRevisions(), change.getConfigurationItems(), change.getTemplates(),
					change.getImplementationNote(), change.getCommentsConfirmed());
		}

	}

	record Session(String operator, String source, Instant startedAt, Instant endedAt, String actions,
			String recordedBy) {

		static Session of(RemoteSession s) {
			return new Session(s.getOperator(), s.getSourceAddress(), s.getStartedAt(), s.getEndedAt(), s.getActions(),
					s.getRecordedBy());
		}

	}

	record Step(String by, Instant at, String note) {

		static Step of(String by, Instant at, String note) {
			return (at != null) ? new Step(by, at, note) : null;
		}

	}

	record Entry(Instant at, String actor, String kind, String detail) {

		static Entry of(ChangeEvent e) {
			return new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record History(Summary summary, String correctsChange, Step assessment, Instant approvalDue,
			Implementation implementation, Step verification, Step release, Step rollback, Step review,
			List<Version> versions, List<Approval> approvals, List<Session> sessions, List<Entry> journal) {

		static History of(Change change, ChangeService changes) {
			return new History(Summary.of(change, changes.linksOf(change)), change.getCorrectsChange(),
					Step.of(change.getAssessedBy(), change.getAssessedAt(), change.getAssessment()),
					change.getApprovalDue(), Implementation.of(change),
					Step.of(change.getVerifiedBy(), change.getVerifiedAt(), change.getVerificationNote()),
					Step.of(change.getReleasedBy(), change.getReleasedAt(), change.getReleaseNote()),
					Step.of(change.getRolledBackBy(), change.getRolledBackAt(), change.getRollbackNote()),
					Step.of(change.getReviewedBy(), change.getReviewedAt(), change.getReviewNote()),
					changes.versionsOf(change).stream().map(Version::of).toList(),
					changes.approvalsOf(change).stream().map(Approval::of).toList(),
					changes.sessionsOf(change).stream().map(Session::of).toList(),
					changes.journalOf(change).stream().map(Entry::of).toList());
		}

	}

}
