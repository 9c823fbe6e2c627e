package com.limsdesk.change;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.web.InvalidFieldException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the change log: the period in which a change was raised (dates in the
 * institute's zone, both days included), its type, a module it touches and its status.
 * Every filter is optional.
 */
record ChangeLogFilter(LocalDate from, LocalDate to, String type, String module, String status) {

	static ChangeLogFilter of(String from, String to, String type, String module, String status) {
		LocalDate fromDate = date(from, "from");
		LocalDate toDate = date(to, "to");
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			throw new InvalidFieldException("to", "must not be before from");
		}
		if (blank(type) == null || ChangeType.codes().contains(type)) {
			type = blank(type);
		}
		else {
			throw new InvalidFieldException("type", "must be one of " + String.join(", ", ChangeType.codes()));
		}
		if (blank(status) != null && java.util.Arrays.stream(ChangeStatus.values())
			.noneMatch((candidate) -> candidate.name().equals(status))) {
			throw new InvalidFieldException("status", "must be a change status such as CLOSED or ROLLED_BACK");
		}
		String moduleText = blank(module);
		if (moduleText != null && moduleText.length() > 100) {
			throw new InvalidFieldException("module", "must be at most 100 characters");
		}
		return new ChangeLogFilter(fromDate, toDate, type, moduleText, blank(status));
	}

	Specification<Change> specification(ZoneId zone) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.from != null) {
				predicates
					.add(builder.greaterThanOrEqualTo(root.get("raisedAt"), this.from.atStartOfDay(zone).toInstant()));
			}
			if (this.to != null) {
				predicates
					.add(builder.lessThan(root.get("raisedAt"), this.to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (this.type != null) {
				predicates.add(builder.equal(root.get("changeType"), ChangeType.fromCode(this.type)));
			}
			if (this.module != null) {
				predicates.add(builder.like(root.get("modules"), "%" + escape(this.module) + "%", '\\'));
			}
			if (this.status != null) {
				predicates.add(builder.equal(root.get("status"), ChangeStatus.valueOf(this.status)));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static LocalDate date(String text, String field) {
		if (blank(text) == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidFieldException(field, "must be a date such as 2026-12-01, got '" + text + "'");
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
