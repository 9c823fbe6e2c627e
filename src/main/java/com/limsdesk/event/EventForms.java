package com.limsdesk.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/** Reads and checks the event support forms. Every rejection names the field. */
@Component
class EventForms {

	static final List<String> PLAN_FIELDS = List.of("onSiteEngineers", "contingencyContacts", "contingencyPlan");

	private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int MAX_ENGINEERS = 20;

	private final UserDirectory users;

	private final DeskProperties desk;

	private final EventProperties settings;

	EventForms(UserDirectory users, DeskProperties desk, EventProperties settings) {
		this.users = users;
		this.desk = desk;
		this.settings = settings;
	}

	/**
	 * Reads the start form. The event must start after the moment, end after it starts
	 * and last no longer than the maximum; the engineers are due on site at most 24 hours
	 * before the start and not after it.
	 */
	EventRequest request(FormValues form, Instant now) {
		String name = form.requiredText("eventName", "活动名称", 200);
		Instant startsAt = form.requiredMoment("startsAt", "活动开始");
		Instant endsAt = form.requiredMoment("endsAt", "活动结束");
		if (!startsAt.isAfter(now)) {
			throw new FormInputException("startsAt", "活动开始", "必须晚于当前时间 " + format(now));
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new FormInputException("endsAt", "活动结束", "必须晚于活动开始 " + format(startsAt) + "，收到 " + format(endsAt));
		}
		if (Duration.between(startsAt, endsAt).compareTo(this.settings.maxDuration()) > 0) {
			throw new FormInputException("endsAt", "活动结束",
					"活动最长 " + this.settings.maxDuration().toDays() + " 天，请分成几次申请");
		}
		String place = form.requiredText("place", "活动地点", 200);
		String systems = form.requiredText("criticalSystems", "不能出故障的系统和功能", 2000);
		int engineers = form.requiredInteger("engineersRequired", "现场工程师人数", 1, MAX_ENGINEERS);
		Instant arrival = form.requiredMoment("arrivalRequiredAt", "工程师须到场时间");
		if (arrival.isAfter(startsAt) || arrival.isBefore(startsAt.minus(Duration.ofHours(24)))) {
			throw new FormInputException("arrivalRequiredAt", "工程师须到场时间",
					"须在活动开始前 24 小时内且不晚于活动开始 " + format(startsAt) + "，收到 " + format(arrival));
		}
		if (!arrival.isAfter(now)) {
			throw new FormInputException("arrivalRequiredAt", "工程师须到场时间", "必须晚于当前时间 " + format(now));
		}
		String contact = form.optionalText("contact", "院方联系人及电话", 200);
		return new EventRequest(name, startsAt, endsAt, place, systems, engineers, arrival, contact);
	}

	/**
	 * Reads the plan's engineer list, one line each: {@code account | from | until |
	 * duty}. Every account is an engineer or in vendor-support and appears once, and
	 * enough of them are on site by the required time.
	 */
	List<PlannedEngineer> engineers(FormValues form, SupportEvent event) {
		String text = form.requiredText("onSiteEngineers", "现场工程师", 2000);
		List<PlannedEngineer> planned = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String raw : text.split("\\R")) {
			if (raw.isBlank()) {
				continue;
			}
			PlannedEngineer line = engineerLine(raw.strip(), event);
			if (!seen.add(line.engineer())) {
				throw invalidPlan("'" + line.engineer() + "' 出现了两次，每人一行");
			}
			planned.add(line);
		}
		if (planned.size() > MAX_ENGINEERS) {
			throw invalidPlan("最多 " + MAX_ENGINEERS + " 人，收到 " + planned.size() + " 人");
		}
		// An engineer counts only when on site by the required time and still there when
		// the
		// event starts.
		long onTime = planned.stream()
			.filter((p) -> !p.from().isAfter(event.getArrivalRequiredAt()) && p.until().isAfter(event.getStartsAt()))
			.count();
		if (onTime < event.getEngineersRequired()) {
			throw invalidPlan("要求 " + event.getEngineersRequired() + " 名工程师在 " + format(event.getArrivalRequiredAt())
					+ " 前到场并在活动开始时在场，方案中只有 " + onTime + " 名");
		}
		return planned;
	}

	private PlannedEngineer engineerLine(String line, SupportEvent event) {
		String[] parts = line.split("\\s*[|｜]\\s*", -1);
		if (parts.length < 3 || parts.length > 4) {
			throw invalidPlan("'" + line + "' 格式不对，应为：账号 | 到场时间 | 离场时间 | 职责");
		}
		String engineer = parts[0].strip();
		if (!this.users.isMemberOfAny(engineer, DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw invalidPlan("'" + engineer + "' 不是驻点运维工程师或维保部门的账号");
		}
		Instant from = lineTime(parts[1], line);
		Instant until = lineTime(parts[2], line);
		if (!until.isAfter(from)) {
			throw invalidPlan("'" + line + "' 的离场时间必须晚于到场时间");
		}
		if (from.isBefore(event.getStartsAt().minus(Duration.ofHours(24))) || !from.isBefore(event.getEndsAt())) {
			throw invalidPlan("'" + line + "' 的到场时间须在活动开始前 24 小时内且早于活动结束 " + format(event.getEndsAt()));
		}
		String duty = (parts.length == 4 && !parts[3].isBlank()) ? parts[3].strip() : null;
		if (duty != null && duty.length() > 200) {
			throw invalidPlan("'" + engineer + "' 的职责不能超过 200 个字符");
		}
		return new PlannedEngineer(engineer, from, until, duty);
	}

	private Instant lineTime(String text, String line) {
		try {
			return LocalDateTime.parse(text.strip(), LINE_TIME).atZone(this.desk.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalidPlan("'" + line + "' 中的时间 '" + text.strip() + "' 无效，例如 2026-12-07 07:30");
		}
	}

	private static FormInputException invalidPlan(String problem) {
		return new FormInputException("onSiteEngineers", "现场工程师", problem);
	}

	/**
	 * Reads the checklist. Any item other than OK needs a description of the findings.
	 */
	Map<CheckItem, CheckResult> checklist(FormValues form) {
		Map<CheckItem, CheckResult> results = new LinkedHashMap<>();
		for (CheckItem item : CheckItem.values()) {
			String code = form.requiredChoice(item.field(), item.label(), CheckResult.codes());
			results.put(item, CheckResult.fromCode(code));
		}
		return results;
	}

	String format(Instant instant) {
		return EventText.format(instant, this.desk.zone());
	}

}
