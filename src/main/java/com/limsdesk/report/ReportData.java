package com.limsdesk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The records a report is drafted from: everything of the period, and what earlier
 * periods left open at its start. A section that needs records of its own reads them
 * itself, from the period and the zone.
 */
public record ReportData(ReportPeriod period, ZoneId zone, List<Fault> faults, List<Breach> breaches,
		List<Reclassification> reclassifications, List<Request> requests, List<Change> changes, List<Problem> problems,
		List<Leave> leaves, List<Duty> duties, List<Replacement> replacements, List<CheckResult> checkResults,
		List<CheckFigure> checkFigures, List<EarlierReport> earlierReports) {

	public Instant startsAt() {
		return this.period.startsAt(this.zone);
	}

	public Instant endsAt() {
		return this.period.endsAt(this.zone);
	}

	public boolean inPeriod(Instant moment) {
		return this.period.contains(moment, this.zone);
	}

	public LocalDate dateOf(Instant moment) {
		return moment.atZone(this.zone).toLocalDate();
	}

	/**
	 * A fault ticket reported before the period ended and not closed before it began.
	 * Category and severity are those in force now; a reclassification is listed apart.
	 */
	public record Fault(String number, Instant reportedAt, String category, String severity, String module,
			String status, Instant responseDue, Instant respondedAt, Instant repairDue, Instant fixedAt,
			Instant closedAt, String description) {
	}

	/** A missed deadline as recorded at the time, with the deadline then in force. */
	public record Breach(String ticketNumber, String kind, Instant dueAt, Instant recordedAt) {
	}

	public record Reclassification(String ticketNumber, Instant occurredAt, String actor, String detail) {
	}

	public record Request(String number, String type, String status, Instant requestedAt, String title,
			boolean responseBreached) {
	}

	public record Change(String number, String type, String status, boolean emergency, Instant raisedAt,
			Instant endedAt, String title) {
	}

	public record Problem(String number, String title, String status, Instant openedAt, Instant escalatedAt,
			Instant closedAt) {
	}

	public record Leave(String number, String engineer, LocalDate firstDay, LocalDate lastDay, String coverUser,
			String status) {
	}

	public record Duty(String engineer, LocalDate firstDay, LocalDate lastDay, String kind) {
	}

	public record Replacement(String number, String replacedEngineer, String newEngineer, String status,
			Instant requestedAt, Instant onPostAt) {
	}

	public record CheckResult(String inspectionNumber, String target, String checkName, String status,
			Instant checkedAt, String message, String ticketNumber) {
	}

	public record CheckFigure(String target, String checkName, Instant checkedAt, String subject, String name,
			BigDecimal value, String unit) {
	}

	/** A report due within this period, with its lateness. */
	public record EarlierReport(String number, String kind, String periodLabel, Instant dueAt, Instant firstSubmittedAt,
			Instant escalatedAt) {

		/**
		 * Returns whether the report was submitted after its due time or not yet at all.
		 */
		public boolean late(Instant now) {
			return (this.firstSubmittedAt != null) ? this.firstSubmittedAt.isAfter(this.dueAt)
					: !now.isBefore(this.dueAt);
		}

	}

}
