package com.limsdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes records of the other features straight into their tables, with times given as
 * local times of the institute (UTC+8), so that a test knows every figure in advance.
 */
class ReportSeed {

	private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

	private final JdbcTemplate jdbc;

	ReportSeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static OffsetDateTime t(String localDateTime) {
		return (localDateTime != null) ? LocalDateTime.parse(localDateTime).atOffset(SHANGHAI) : null;
	}

	/** A fault ticket; times are local, null where the step has not happened. */
	void fault(String number, String reported, String category, String severity, String module, String status,
			String responseDue, String responded, String repairDue, String fixed, String closed) {
		this.jdbc
			.update("""
					insert into desk_fault_ticket (number, status, contact_name, contact_phone, module, description,
					  affected_users, channel, reporter_user, filed_by, reported_at, category, severity, response_due,
					  responded_at, repair_due, fixed_at, closed_at, reopen_count, version)
					values (?, ?, '张三', '010-1234', ?, ?, 1, 'TASKLIST', 'reporter', 'reporter', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""",
					number, status, module, "故障 " + number, t(reported), category, severity, t(responseDue),
					t(responded), t(repairDue), t(fixed), t(closed));
	}

	void breach(String ticket, String kind, String due) {
		this.jdbc.update("""
				insert into desk_fault_breach (ticket_id, kind, due_at, recorded_at)
				select id, ?, ?, ? from desk_fault_ticket where number = ?""", kind, t(due), t(due), ticket);
	}

	void reclassified(String ticket, String at, String detail) {
		this.jdbc.update("""
				insert into desk_fault_event (ticket_id, occurred_at, actor, kind, detail)
				select id, ?, 'engineer', 'RECLASSIFIED', ? from desk_fault_ticket where number = ?""", t(at), detail,
				ticket);
	}

	void request(String number, String type, String status, String requested, boolean breached) {
		this.jdbc.update("""
				insert into desk_service_request (number, process_instance_id, status, request_type, title,
				  description, module, contact_name, contact_phone, requester_user, filed_by, requested_at,
				  response_due, response_breached, entity_version)
				values (?, ?, ?, ?, ?, '说明', '样品登记', '李四', '010-5678', 'reporter', 'reporter', ?, ?, ?, 0)""", number,
				"pi-" + number, status, type, "请求 " + number, t(requested), t(requested), breached);
	}

	void change(String number, String type, String status, boolean emergency, String raised, String ended) {
		this.jdbc.update("""
				insert into desk_change (number, process_instance_id, status, emergency, current_version, title,
				  change_type, risk, modules, raised_by, raised_at, requester_user, ended_at, entity_version)
				values (?, ?, ?, ?, 1, ?, ?, 'LOW', '报告签发', 'engineer', ?, 'engineer', ?, 0)""", number, "pi-" + number,
				status, emergency, "变更 " + number, type, t(raised), t(ended));
	}

	void problem(String number, String status, String opened, String escalated, String closed) {
		this.jdbc.update("""
				insert into desk_problem (number, process_instance_id, status, origin, title, module, description,
				  opened_by, opened_at, escalated_at, closed_at, entity_version)
				values (?, ?, ?, 'REPORTED', ?, '仪器接口', '说明', 'engineer', ?, ?, ?, 0)""", number, "pi-" + number,
				status, "问题 " + number, t(opened), t(escalated), t(closed));
	}

	void leave(String number, String engineer, LocalDate first, LocalDate last, String cover, String status) {
		this.jdbc.update("""
				insert into desk_leave (number, process_instance_id, engineer, first_day, last_day, starts_at, ends_at,
				  reason, cover_user, status, requested_at, entity_version)
				values (?, ?, ?, ?, ?, ?, ?, '事假', ?, ?, ?, 0)""", number, "pi-" + number, engineer, first, last,
				first.atStartOfDay().atOffset(SHANGHAI), last.plusDays(1).atStartOfDay().atOffset(SHANGHAI), cover,
				status, first.minusDays(3).atStartOfDay().atOffset(SHANGHAI));
	}

	void duty(String engineer, LocalDate first, LocalDate last, String kind) {
		this.jdbc.update("""
				insert into desk_duty_entry (engineer, first_day, last_day, duty_kind, created_by, created_at)
				values (?, ?, ?, ?, 'manager', ?)""", engineer, first, last, kind,
				first.minusDays(7).atStartOfDay().atOffset(SHANGHAI));
	}

	/** An inspection with one result per check, returning the ids of the results. */
	long inspection(String number, String at) {
		this.jdbc.update("""
				insert into desk_inspection (number, trigger_kind, started_at, finished_at, worst_status)
				values (?, 'TIMER', ?, ?, 'OK')""", number, t(at), t(at));
		return this.jdbc.queryForObject("select id from desk_inspection where number = ?", Long.class, number);
	}

	long result(long inspection, String check, String status, String at) {
		this.jdbc.update("""
				insert into desk_inspection_result (inspection_id, target, check_name, status, message, checked_at)
				values (?, 'LIMS', ?, ?, ?, ?)""", inspection, check, status, check + " " + status, t(at));
		return this.jdbc.queryForObject(
				"select id from desk_inspection_result where inspection_id = ? and check_name = ?", Long.class,
				inspection, check);
	}

	void figure(long result, String subject, String name, double value, String unit) {
		this.jdbc.update("""
				insert into desk_inspection_figure (result_id, subject, name, figure_value, unit)
				values (?, ?, ?, ?, ?)""", result, subject, name, BigDecimal.valueOf(value), unit);
	}

	/** A report of an earlier period as the desk keeps it, without versions. */
	void earlierReport(String number, String kind, LocalDate start, LocalDate end, String due, String submitted,
			String escalated) {
		this.jdbc.update("""
				insert into desk_report (number, kind, period_start, period_end, due_at, status, created_at,
				  first_submitted_at, escalated_at, entity_version)
				values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, 0)""", number, kind, start, end, t(due), t(due),
				t(submitted), t(escalated));
	}

}
