package com.limsdesk.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.web.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoint {@code GET /api/service-levels/deadline} that computes the deadline of
 * one rule from a start, for any logged-in user. The start is a local date-time in the
 * institute's zone, or for rule {@code report} the last day of the period.
 */
@RestController
@RequestMapping("/api/service-levels")
class ServiceLevelController {

	private static final String RULES = "response, repair, onsite, report";

	private final ServiceLevelCalculator calculator;

	private final WorkingCalendar calendar;

	ServiceLevelController(ServiceLevelCalculator calculator, WorkingCalendar calendar) {
		this.calculator = calculator;
		this.calendar = calendar;
	}

	@GetMapping("/deadline")
	DeadlineResponse deadline(@RequestParam(required = false) String rule, @RequestParam(required = false) String start,
			@RequestParam(required = false) String category, @RequestParam(required = false) String severity) {
		DeadlineRule deadlineRule = parseRule(rule);
		if (deadlineRule != DeadlineRule.RESPONSE) {
			requireAbsent("category", category, deadlineRule, DeadlineRule.RESPONSE);
		}
		if (deadlineRule != DeadlineRule.REPAIR) {
			requireAbsent("severity", severity, deadlineRule, DeadlineRule.REPAIR);
		}
		return switch (deadlineRule) {
			case RESPONSE -> response(parseStart(start), parseCategory(category));
			case REPAIR -> repair(parseStart(start), parseSeverity(severity));
			case ONSITE -> onSite(parseStart(start));
			case REPORT -> report(parsePeriodEnd(start));
		};
	}

	private DeadlineResponse response(Instant start, FaultCategory category) {
		return timed(DeadlineRule.RESPONSE, start, category.code(), null, this.calculator.responseDue(start, category));
	}

	private DeadlineResponse repair(Instant start, Severity severity) {
		return timed(DeadlineRule.REPAIR, start, null, severity.code(), this.calculator.repairDue(start, severity));
	}

	private DeadlineResponse onSite(Instant start) {
		return timed(DeadlineRule.ONSITE, start, null, null, this.calculator.onSiteDue(start));
	}

	private DeadlineResponse report(LocalDate periodEnd) {
		return new DeadlineResponse(DeadlineRule.REPORT.code(), periodEnd.toString(), null, null,
				this.calendar.isWorkingDay(periodEnd), null, format(this.calculator.reportDue(periodEnd)));
	}

	private DeadlineResponse timed(DeadlineRule rule, Instant start, String category, String severity, Instant due) {
		return new DeadlineResponse(rule.code(), format(start), category, severity,
				this.calendar.isWorkingDay(this.calendar.dateOf(start)), this.calendar.isWorkingTime(start),
				format(due));
	}

	private String format(Instant moment) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(zone()));
	}

	private ZoneId zone() {
		return this.calendar.zone();
	}

	private static DeadlineRule parseRule(String rule) {
		if (rule == null || rule.isBlank()) {
			throw new InvalidFieldException("rule", "is missing, expected one of " + RULES);
		}
		return DeadlineRule.fromCode(rule.strip())
			.orElseThrow(
					() -> new InvalidFieldException("rule", "unknown rule '" + rule + "', expected one of " + RULES));
	}

	private Instant parseStart(String start) {
		String example = "an ISO local date-time in " + zone() + " such as 2026-12-07T10:00:00";
		if (start == null || start.isBlank()) {
			throw new InvalidFieldException("start", "is missing, expected " + example);
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(start.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("start", "invalid date-time '" + start + "', expected " + example);
		}
		requireSupportedYear(local.getYear());
		return local.atZone(zone()).toInstant();
	}

	private static LocalDate parsePeriodEnd(String start) {
		String example = "the last day of the period as an ISO date such as 2026-12-06";
		if (start == null || start.isBlank()) {
			throw new InvalidFieldException("start", "is missing, expected " + example);
		}
		LocalDate periodEnd;
		try {
			periodEnd = LocalDate.parse(start.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("start", "invalid date '" + start + "', expected " + example);
		}
		requireSupportedYear(periodEnd.getYear());
		return periodEnd;
	}

	private static void requireSupportedYear(int year) {
		if (year < WorkingCalendar.FIRST_SUPPORTED_YEAR || year > WorkingCalendar.LAST_SUPPORTED_YEAR) {
			throw new InvalidFieldException("start", "year " + year + " is outside the supported range "
					+ WorkingCalendar.FIRST_SUPPORTED_YEAR + " to " + WorkingCalendar.LAST_SUPPORTED_YEAR);
		}
	}

	private static FaultCategory parseCategory(String category) {
		if (category == null || category.isBlank()) {
			throw new InvalidFieldException("category", "is missing, expected main or general");
		}
		try {
			return FaultCategory.fromCode(category.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("category", ex.getMessage());
		}
	}

	private static Severity parseSeverity(String severity) {
		if (severity == null || severity.isBlank()) {
			throw new InvalidFieldException("severity",
					"is missing, expected one of ordinary, significant, major, critical");
		}
		try {
			return Severity.fromCode(severity.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("severity", ex.getMessage());
		}
	}

	private static void requireAbsent(String parameter, String value, DeadlineRule rule, DeadlineRule owner) {
		if (value != null && !value.isBlank()) {
			throw new InvalidFieldException(parameter,
					"does not apply to rule " + rule.code() + ", only to rule " + owner.code());
		}
	}

	/**
	 * A computed deadline. Date-times carry the institute's offset, such as
	 * {@code 2026-12-07T10:15:00+08:00}.
	 *
	 * @param rule the rule's code
	 * @param start the start as a date-time, or for rule {@code report} as a date
	 * @param category the category code for rule {@code response}, otherwise null
	 * @param severity the severity code for rule {@code repair}, otherwise null
	 * @param startOnWorkingDay whether the start falls on a working day
	 * @param startInWorkingTime whether the start is in working time, null for rule
	 * {@code report}
	 * @param due the deadline
	 */
	record DeadlineResponse(String rule, String start, String category, String severity, boolean startOnWorkingDay,
			Boolean startInWorkingTime, String due) {

	}

}
