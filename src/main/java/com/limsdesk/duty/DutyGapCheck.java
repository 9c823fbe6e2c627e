package com.limsdesk.duty;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily search for periods with nobody on duty within the look-ahead, in working and
 * in non-working time, with engineers on leave replaced by their covers. Managers and
 * vendor-support get one mail per gap, with its start and end.
 */
@Component
class DutyGapCheck {

	private static final Logger logger = LoggerFactory.getLogger(DutyGapCheck.class);

	/**
	 * How far past the look-ahead the search follows a gap that reaches it, to find the
	 * gap's end. A gap still open there is reported as lasting at least that long.
	 */
	static final Duration END_SEARCH = Duration.ofDays(31);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DutyRoster roster;

	private final DutyGapNoticeRepository notices;

	private final NotificationService notifications;

	private final WorkingCalendar calendar;

	private final DutyGapFinder finder;

	private final Duration lookAhead;

	DutyGapCheck(DutyRoster roster, DutyGapNoticeRepository notices, NotificationService notifications,
			WorkingCalendar calendar, DutyAbsences absences, DutyProperties properties) {
		this.roster = roster;
		this.notices = notices;
		this.notifications = notifications;
		this.calendar = calendar;
		this.finder = new DutyGapFinder(calendar, absences);
		this.lookAhead = properties.gapCheck().lookAhead();
	}

	@Scheduled(cron = "${desk.duty.gap-check.cron:" + DutyProperties.GapCheck.DEFAULT_CRON + "}",
			zone = "${desk.zone:Asia/Shanghai}")
	void checkDaily() {
		try {
			check(SystemContext.now());
		}
		catch (RuntimeException ex) {
			logger.error("Failed to check the duty roster for gaps", ex);
		}
	}

	/**
	 * Finds the gaps that start within the look-ahead from the moment and tells managers
	 * and vendor-support of each one they were not notified of before.
	 * @return the gaps notified now
	 */
	@Transactional
	List<DutyGap> check(Instant now) {
		Instant from = now.truncatedTo(ChronoUnit.MINUTES);
		Instant reportUntil = from.plus(this.lookAhead);
		Instant searchUntil = reportUntil.plus(END_SEARCH);
		DutySchedule schedule = this.roster.schedule(this.calendar.dateOf(from), this.calendar.dateOf(searchUntil));
		List<DutyGapNotice> notified = this.notices.findNotEndedAt(from);
		List<DutyGap> found = new ArrayList<>();
		for (DutyGap gap : this.finder.find(schedule, from, searchUntil)) {
			if (!gap.start().isBefore(reportUntil)) {
				break;
			}
			if (notified.stream().noneMatch((notice) -> notice.covers(gap))) {
				found.add(gap);
			}
		}
		for (DutyGap gap : found) {
			this.notices.save(new DutyGapNotice(gap, now));
			this.notifications.notifyGroups(List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT), subject(gap),
					body(gap), "duty-gap:" + format(gap.start()));
			logger.warn("Nobody is on duty from {} to {}{}; managers and vendor-support notified", gap.start(),
					gap.end(), gap.openEnded() ? " or later" : "");
		}
		return found;
	}

	private String subject(DutyGap gap) {
		return "值守空缺：" + format(gap.start()) + " 起无人值守";
	}

	private String body(DutyGap gap) {
		String end = gap.openEnded() ? "至少到 " + format(gap.end()) : "到 " + format(gap.end());
		String kind = this.calendar.isWorkingTime(gap.start()) ? DutyKind.WORKING_TIME.label()
				: DutyKind.NON_WORKING_TIME.label();
		return "值守安排中从 " + format(gap.start()) + "（" + kind + "）" + end + " 没有值守工程师" + "（已考虑请假及其替班）。\n\n"
				+ "这段时间的故障升级邮件只会发给配置的默认值守人员。" + "请系统管理员或维保部门在 /desk/duty.html 补充值守安排。\n\n" + "同一空缺只提醒一次；空缺延长时会再次提醒。";
	}

	private String format(Instant instant) {
		return TIME.format(instant.atZone(this.calendar.zone()));
	}

}
