package com.limsdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main figures of the weekly report of the week before a given day, for the agenda of
 * the weekly meeting.
 */
@Component
public class WeeklyReportDigest {

	/** Figures that the agenda lists, in this order, when the report has them. */
	static final List<String> AGENDA_FIGURES = List.of("faults.total", "faults.openAtEnd", "sla.response.percent",
			"sla.repair.percent", "sla.breaches", "sla.reclassified", "requests.total", "changes.raised",
			"changes.emergency", "problems.opened", "problems.openAtEnd", "database.findings",
			"database.backups.percent", "reports.late");

	private final ReportService reports;

	WeeklyReportDigest(ReportService reports) {
		this.reports = reports;
	}

	/** The weekly report of the week before the day, if the desk has drafted it. */
	@Transactional(readOnly = true)
	public Optional<Digest> lastWeek(LocalDate day, Instant now) {
		ReportPeriod week = ReportPeriod.lastEndedBefore(ReportKind.WEEKLY, day);
		return this.reports.find(ReportKind.WEEKLY, week.start()).map((report) -> digest(report, now));
	}

	private Digest digest(Report report, Instant now) {
		ReportVersion latest = this.reports.latest(report);
		ReportContent content = this.reports.compose(report, latest.engineerPart(), latest.getVersionNumber(),
				latest.getCreatedBy(), now);
		List<String> lines = new ArrayList<>();
		for (String key : AGENDA_FIGURES) {
			content.sections()
				.stream()
				.flatMap((section) -> section.figures().stream())
				.filter((figure) -> figure.key().equals(key))
				.findFirst()
				.ifPresent((figure) -> lines.add(figure.label() + "：" + ReportDocument.value(figure.value())));
		}
		String analysis = latest.engineerPart().analysis();
		return new Digest(report.getNumber(), report.period().label(), report.getStatus().label(), lines, analysis);
	}

	/**
	 * The weekly report's number, period, status, main figures as lines of text, and the
	 * engineer's analysis of the latest version (null while only the draft exists).
	 */
	public record Digest(String number, String period, String status, List<String> figures, String analysis) {
	}

}
