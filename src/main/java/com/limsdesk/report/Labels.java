package com.limsdesk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.limsdesk.change.ChangeStatus;
import com.limsdesk.change.ChangeType;
import com.limsdesk.duty.DutyKind;
import com.limsdesk.fault.FaultStatus;
import com.limsdesk.leave.LeaveStatus;
import com.limsdesk.oracle.CheckStatus;
import com.limsdesk.onboarding.ReplacementStatus;
import com.limsdesk.problem.ProblemStatus;
import com.limsdesk.request.RequestStatus;
import com.limsdesk.request.RequestType;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;

/**
 * Chinese names of the stored enum values of other features, and the formats of times and
 * durations in reports. A value that no enum knows is shown as stored.
 */
final class Labels {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private Labels() {
	}

	static String severity(String name) {
		return (name != null) ? label(name, Severity::valueOf, Severity::label) : "未分级";
	}

	static String category(String name) {
		return (name != null) ? label(name, FaultCategory::valueOf, FaultCategory::label) : "未分类";
	}

	static String faultStatus(String name) {
		return label(name, FaultStatus::valueOf, FaultStatus::label);
	}

	static String requestType(String name) {
		return label(name, RequestType::valueOf, RequestType::label);
	}

	static String requestStatus(String name) {
		return label(name, RequestStatus::valueOf, RequestStatus::label);
	}

	static String changeType(String name) {
		return label(name, ChangeType::valueOf, ChangeType::label);
	}

	static String changeStatus(String name) {
		return label(name, ChangeStatus::valueOf, ChangeStatus::label);
	}

	static String problemStatus(String name) {
		return label(name, ProblemStatus::valueOf, ProblemStatus::label);
	}

	static String leaveStatus(String name) {
		return label(name, LeaveStatus::valueOf, LeaveStatus::label);
	}

	static String replacementStatus(String name) {
		return label(name, ReplacementStatus::valueOf, ReplacementStatus::label);
	}

	static String dutyKind(String name) {
		return label(name, DutyKind::valueOf, DutyKind::label);
	}

	static String checkStatus(String name) {
		return label(name, CheckStatus::valueOf, CheckStatus::label);
	}

	static String breachKind(String name) {
		return switch (name) {
			case "RESPONSE" -> "响应超时";
			case "REPAIR" -> "修复超时";
			case "ONSITE" -> "到场超时";
			default -> name;
		};
	}

	static String time(Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTE.format(instant.atZone(zone)) : "";
	}

	/** Formats a duration as hours and minutes, such as 2小时05分. */
	static String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = duration.toMinutes();
		return (minutes >= 60) ? String.format("%d小时%02d分", minutes / 60, minutes % 60) : minutes + "分";
	}

	/**
	 * Formats a share as a percentage with one decimal, or a dash when nothing counted.
	 */
	static String percent(Double value) {
		return (value != null) ? String.format("%.1f%%", value) : "—";
	}

	private static <E extends Enum<E>> String label(String name, Function<String, E> parse, Function<E, String> label) {
		if (name == null) {
			return "";
		}
		try {
			return label.apply(parse.apply(name));
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

}
