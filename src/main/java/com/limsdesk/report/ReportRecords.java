package com.limsdesk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the records of a period from the tables of the other features. The report only
 * reads them; each feature stays the owner of its tables.
 */
@Component
class ReportRecords {

	private final JdbcTemplate jdbc;

	private final DeskProperties properties;

	ReportRecords(JdbcTemplate jdbc, DeskProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	ReportData load(ReportPeriod period) {
		Timestamp start = Timestamp.from(period.startsAt(this.properties.zone()));
		Timestamp end = Timestamp.from(period.endsAt(this.properties.zone()));
		return new ReportData(period, this.properties.zone(), faults(start, end), breaches(start, end),
				reclassifications(start, end), requests(start, end), changes(start, end), problems(start, end),
				leaves(period), duties(period), replacements(start, end), checkResults(start, end),
				checkFigures(start, end), earlierReports(start, end));
	}

	/**
	 * Tickets reported before the end that were still open at the start, or whose
	 * deadlines or fix fall in the period.
	 */
	private List<ReportData.Fault> faults(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select number, reported_at, category, severity, module, status, response_due, responded_at,
				       repair_due, fixed_at, closed_at, description
				from desk_fault_ticket
				where reported_at < ?
				  and (closed_at is null or closed_at >= ? or response_due >= ? or repair_due >= ?)
				order by reported_at, number""",
				(rs, row) -> new ReportData.Fault(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), instant(rs, 9),
						instant(rs, 10), instant(rs, 11), rs.getString(12)),
				end, start, start, start);
	}

	/**
	 * Every breach of those tickets, so that a deadline judged earlier is not judged
	 * again.
	 */
	private List<ReportData.Breach> breaches(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select t.number, b.kind, b.due_at, b.recorded_at
				from desk_fault_breach b join desk_fault_ticket t on t.id = b.ticket_id
				where t.reported_at < ?
				  and (t.closed_at is null or t.closed_at >= ? or t.response_due >= ? or t.repair_due >= ?)
				order by b.due_at, t.number""",
				(rs, row) -> new ReportData.Breach(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)),
				end, start, start, start);
	}

	private List<ReportData.Reclassification> reclassifications(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select t.number, e.occurred_at, e.actor, e.detail
				from desk_fault_event e join desk_fault_ticket t on t.id = e.ticket_id
				where e.kind = 'RECLASSIFIED' and e.occurred_at < ?
				  and (t.closed_at is null or t.closed_at >= ? or e.occurred_at >= ?)
				order by e.occurred_at, t.number""", (rs, row) -> new ReportData.Reclassification(rs.getString(1),
				instant(rs, 2), rs.getString(3), rs.getString(4)), end, start, start);
	}

	private List<ReportData.Request> requests(Timestamp start, Timestamp end) {
		return this.jdbc.query(
				"""
						select number, request_type, status, requested_at, title, response_breached
						from desk_service_request where requested_at >= ? and requested_at < ?
						order by requested_at, number""", (rs, row) -> new ReportData.Request(rs.getString(1),
						rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5), rs.getBoolean(6)),
				start, end);
	}

	private List<ReportData.Change> changes(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select number, change_type, status, emergency, raised_at, ended_at, title
				from desk_change where raised_at < ? and (raised_at >= ? or ended_at is null or ended_at >= ?)
				order by raised_at, number""", (rs, row) -> new ReportData.Change(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getBoolean(4), instant(rs, 5), instant(rs, 6), rs.getString(7)), end, start, start);
	}

	private List<ReportData.Problem> problems(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select number, title, status, opened_at, escalated_at, closed_at
				from desk_problem where opened_at is not null and opened_at < ?
				  and (closed_at is null or closed_at >= ?)
				order by opened_at, number""", (rs, row) -> new ReportData.Problem(rs.getString(1), rs.getString(2),
				rs.getString(3), instant(rs, 4), instant(rs, 5), instant(rs, 6)), end, start);
	}

	private List<ReportData.Leave> leaves(ReportPeriod period) {
		return this.jdbc.query(
				"""
						select number, engineer, first_day, last_day, cover_user, status
						from desk_leave where first_day <= ? and last_day >= ?
						order by first_day, number""", (rs, row) -> new ReportData.Leave(rs.getString(1),
						rs.getString(2), date(rs, 3), date(rs, 4), rs.getString(5), rs.getString(6)),
				period.end(), period.start());
	}

	private List<ReportData.Duty> duties(ReportPeriod period) {
		return this.jdbc.query("""
				select engineer, first_day, last_day, duty_kind
				from desk_duty_entry where first_day <= ? and last_day >= ?
				order by first_day, engineer""",
				(rs, row) -> new ReportData.Duty(rs.getString(1), date(rs, 2), date(rs, 3), rs.getString(4)),
				period.end(), period.start());
	}

	private List<ReportData.Replacement> replacements(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select number, replaced_engineer, new_engineer, status, requested_at, on_post_at
				from desk_replacement where requested_at < ? and (on_post_at is null or on_post_at >= ?)
				order by requested_at, number""", (rs, row) -> new ReportData.Replacement(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5), instant(rs, 6)), end, start);
	}

	private List<ReportData.CheckResult> checkResults(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select i.number, r.target, r.check_name, r.status, r.checked_at, r.message, r.ticket_number
				from desk_inspection_result r join desk_inspection i on i.id = r.inspection_id
				where r.checked_at >= ? and r.checked_at < ?
				order by r.checked_at, r.target, r.check_name""",
				(rs, row) -> new ReportData.CheckResult(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), instant(rs, 5), rs.getString(6), rs.getString(7)),
				start, end);
	}

	private List<ReportData.CheckFigure> checkFigures(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select r.target, r.check_name, r.checked_at, f.subject, f.name, f.figure_value, f.unit
				from desk_inspection_figure f join desk_inspection_result r on r.id = f.result_id
				where r.checked_at >= ? and r.checked_at < ? and r.check_name in ('tablespaces', 'backups')
				order by r.checked_at, r.target, f.subject, f.name""",
				(rs, row) -> new ReportData.CheckFigure(rs.getString(1), rs.getString(2), instant(rs, 3),
						rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7)),
				start, end);
	}

	private List<ReportData.EarlierReport> earlierReports(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				select number, kind, period_start, period_end, due_at, first_submitted_at, escalated_at
				from desk_report where due_at >= ? and due_at < ?
				order by due_at, number""", (rs, row) -> {
			ReportPeriod period = new ReportPeriod(ReportKind.valueOf(rs.getString(2)), date(rs, 3), date(rs, 4));
			return new ReportData.EarlierReport(rs.getString(1), period.kind().label(), period.label(), instant(rs, 5),
					instant(rs, 6), instant(rs, 7));
		}, start, end);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
