package com.limsdesk.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import org.springframework.stereotype.Component;

/** Reads and checks the training forms. Every rejection names the field. */
@Component
class TrainingForms {

	private static final Duration MAX_DURATION = Duration.ofDays(7);

	private static final int MAX_ATTENDEES = 500;

	private final DeskProperties desk;

	TrainingForms(DeskProperties desk) {
		this.desk = desk;
	}

	/**
	 * Reads the time, people, place and mode of a training. It starts after the moment,
	 * ends after it starts and lasts at most 7 days.
	 */
	TrainingPlan plan(FormValues form, Instant now) {
		String topic = form.requiredText("topic", "培训主题", 200);
		String content = form.requiredText("content", "培训内容", 4000);
		Instant startsAt = form.requiredMoment("startsAt", "培训开始");
		Instant endsAt = form.requiredMoment("endsAt", "培训结束");
		if (!startsAt.isAfter(now)) {
			throw new FormInputException("startsAt", "培训开始", "必须晚于当前时间 " + format(now));
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new FormInputException("endsAt", "培训结束", "必须晚于培训开始 " + format(startsAt) + "，收到 " + format(endsAt));
		}
		if (Duration.between(startsAt, endsAt).compareTo(MAX_DURATION) > 0) {
			throw new FormInputException("endsAt", "培训结束", "一次培训最长 7 天，请分成几次安排");
		}
		int attendees = form.requiredInteger("plannedAttendees", "参训人数", 1, MAX_ATTENDEES);
		String place = form.requiredText("place", "培训地点", 200);
		TrainingMode mode = TrainingMode.valueOf(form.requiredChoice("mode", "培训方式", TrainingMode.codes()));
		return new TrainingPlan(topic, content, startsAt, endsAt, attendees, place, mode);
	}

	/**
	 * Reads the attendance list, one person a line: {@code 姓名 | 科室}. A delivered training
	 * needs at least one person.
	 */
	List<Attendee> attendance(FormValues form) {
		String text = form.optionalText("attendance", "签到名单", 4000);
		List<Attendee> attendees = new ArrayList<>();
		if (text != null) {
			for (String raw : text.split("\\R")) {
				if (!raw.isBlank()) {
					attendees.add(attendee(raw.strip()));
				}
			}
		}
		if (attendees.isEmpty()) {
			throw new FormInputException("attendance", "签到名单", "已实施的培训须登记至少一名参训人员，每行一人：姓名 | 科室");
		}
		if (attendees.size() > MAX_ATTENDEES) {
			throw new FormInputException("attendance", "签到名单",
					"最多 " + MAX_ATTENDEES + " 人，收到 " + attendees.size() + " 人");
		}
		return attendees;
	}

	private static Attendee attendee(String line) {
		String[] parts = line.split("\\s*[|｜]\\s*", -1);
		if (parts.length > 2 || parts[0].isBlank()) {
			throw new FormInputException("attendance", "签到名单", "'" + line + "' 格式不对，应为：姓名 | 科室");
		}
		String department = (parts.length == 2 && !parts[1].isBlank()) ? parts[1].strip() : null;
		if (parts[0].strip().length() > 100 || (department != null && department.length() > 100)) {
			throw new FormInputException("attendance", "签到名单", "'" + line + "' 的姓名或科室超过 100 个字符");
		}
		return new Attendee(parts[0].strip(), department);
	}

	String format(Instant instant) {
		return TrainingText.format(instant, this.desk.zone());
	}

}
