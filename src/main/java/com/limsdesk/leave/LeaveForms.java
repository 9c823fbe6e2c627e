package com.limsdesk.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/** Reads and checks the leave request and the naming of another cover. */
@Component
class LeaveForms {

	/** Fields of the leave request, removed from the process once recorded. */
	static final List<String> REQUEST_FIELDS = List.of("firstDay", "lastDay", "reason", "coverUser");

	/** Maximum length of one leave, in days. */
	static final int MAX_DAYS = 90;

	/** How far ahead, in days, a leave may start. */
	static final int MAX_DAYS_AHEAD = 366;

	private final UserDirectory users;

	private final LeaveRepository leaves;

	private final ZoneId zone;

	LeaveForms(UserDirectory users, LeaveRepository leaves, DeskProperties properties) {
		this.users = users;
		this.leaves = leaves;
		this.zone = properties.zone();
	}

	/**
	 * Reads the request of the engineer. The first day must be after today, because
	 * approval, the cover's acceptance and the handover come before it.
	 */
	LeaveRequest read(Map<String, Object> values, String engineer, Instant now) {
		FormValues form = new FormValues(values, this.zone);
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		LocalDate firstDay = requiredDate(values, "firstDay", "请假开始日");
		LocalDate lastDay = requiredDate(values, "lastDay", "请假结束日");
		if (!firstDay.isAfter(today)) {
			throw new FormInputException("firstDay", "请假开始日",
					"必须晚于今天 " + today + "：请假须在开始前审批、确认替班并完成交接，收到 " + firstDay);
		}
		if (firstDay.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			throw new FormInputException("firstDay", "请假开始日",
					"不能晚于 " + today.plusDays(MAX_DAYS_AHEAD) + "，收到 " + firstDay);
		}
		if (lastDay.isBefore(firstDay)) {
			throw new FormInputException("lastDay", "请假结束日", "不能早于请假开始日 " + firstDay + "，收到 " + lastDay);
		}
		if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
			throw new FormInputException("lastDay", "请假结束日", "一次请假不能超过 " + MAX_DAYS + " 天");
		}
		String reason = form.requiredText("reason", "请假事由", 2000);
		String cover = form.requiredText("coverUser", "替班工程师", 64);
		LeaveRequest request = new LeaveRequest(firstDay, lastDay, reason, cover);
		requireNoOverlap(engineer, request, null);
		requireCover(cover, engineer, request, null);
		return request;
	}

	/**
	 * Checks a cover: an engineer other than the one on leave, not on leave in the same
	 * days themselves.
	 */
	void requireCover(String cover, String engineer, LeaveRequest request, String ownNumber) {
		if (cover.equals(engineer)) {
			throw new FormInputException("coverUser", "替班工程师", "不能由请假人本人替班，请填写另一位驻点运维工程师的账号");
		}
		if (!this.users.isMemberOfAny(cover, DeskGroups.ENGINEERS)) {
			throw new FormInputException("coverUser", "替班工程师", "用户 '" + cover + "' 不是驻点运维工程师，不能替班");
		}
		for (Leave other : overlapping(cover, request)) {
			if (!other.getNumber().equals(ownNumber)) {
				throw new FormInputException("coverUser", "替班工程师", cover + " 在 " + other.getFirstDay() + " 至 "
						+ other.getLastDay() + " 也请假（" + other.getNumber() + "），不能替班");
			}
		}
	}

	/**
	 * Checks that the engineer neither has another leave in those days nor is named as
	 * the cover of one, because the absent engineer's tasks would then reach a third
	 * engineer who never accepted them.
	 */
	private void requireNoOverlap(String engineer, LeaveRequest request, String ownNumber) {
		for (Leave other : overlapping(engineer, request)) {
			if (!other.getNumber().equals(ownNumber)) {
				throw new FormInputException("firstDay", "请假开始日",
						"与已有的请假 " + other.getNumber() + "（" + other.getFirstDay() + " 至 " + other.getLastDay() + "）重叠");
			}
		}
		List<Leave> covered = this.leaves.findCoveredBy(engineer, LeaveStatus.PENDING_OR_EFFECTIVE,
				startOf(request.firstDay()), endOf(request.lastDay()));
		if (!covered.isEmpty()) {
			Leave other = covered.get(0);
			throw new FormInputException("firstDay", "请假开始日", "该期间你是 " + other.getEngineer() + " 请假 "
					+ other.getNumber() + "（" + other.getFirstDay() + " 至 " + other.getLastDay() + "）的替班人，请先请对方另找替班");
		}
	}

	private List<Leave> overlapping(String user, LeaveRequest request) {
		return this.leaves.findOverlapping(user, LeaveStatus.PENDING_OR_EFFECTIVE, startOf(request.firstDay()),
				endOf(request.lastDay()));
	}

	/** Returns 00:00 of the day in the institute's zone. */
	Instant startOf(LocalDate firstDay) {
		return firstDay.atStartOfDay(this.zone).toInstant();
	}

	/** Returns 24:00 of the day, which is 00:00 of the next, in the institute's zone. */
	Instant endOf(LocalDate lastDay) {
		return lastDay.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * Returns a required date: an ISO date such as {@code 2026-03-02}, as Tasklist's date
	 * field sends it, or a date-time whose date in the institute's zone counts.
	 */
	private LocalDate requiredDate(Map<String, Object> values, String key, String label) {
		Object value = values.get(key);
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new FormInputException(key, label, "必填");
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), this.zone);
		}
		String text = value.toString().strip();
		try {
			return (text.length() > 10) ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new FormInputException(key, label, "不是有效的日期，例如 2026-03-02，收到 '" + text + "'");
		}
	}

}
