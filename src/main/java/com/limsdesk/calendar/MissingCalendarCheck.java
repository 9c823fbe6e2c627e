package com.limsdesk.calendar;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import com.limsdesk.calendar.CalendarProperties.MissingYearWarning;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Daily check, and a check at start, that the calendars in use are loaded. The current
 * year is checked on every day, and the next year from the configured day (default 1
 * November) on. Each check logs a warning for a missing year, and the administrators get
 * a mail about it at most once a day.
 */
class MissingCalendarCheck {

	private static final Logger logger = LoggerFactory.getLogger(MissingCalendarCheck.class);

	private final CalendarStore store;

	private final NotificationService notifications;

	private final TransactionOperations transactions;

	private final InstantSource clock;

	private final ZoneId zone;

	private final MonthDay warnFrom;

	MissingCalendarCheck(CalendarStore store, NotificationService notifications, TransactionOperations transactions,
			InstantSource clock, ZoneId zone, MonthDay warnFrom) {
		this.store = store;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = zone;
		this.warnFrom = warnFrom;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkAtStart() {
		check();
	}

	@Scheduled(cron = "${desk.calendar.missing-year-warning.cron:" + MissingYearWarning.DEFAULT_CRON + "}",
			zone = "${desk.zone:Asia/Shanghai}")
	void checkDaily() {
		check();
	}

	/** Warns about each year that is due and not loaded. */
	void check() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.zone);
		for (int year : yearsDue(today)) {
			if (!this.store.hasYear(year)) {
				warn(year, today);
			}
		}
	}

	private List<Integer> yearsDue(LocalDate today) {
		if (MonthDay.from(today).isBefore(this.warnFrom)) {
			return List.of(today.getYear());
		}
		return List.of(today.getYear(), today.getYear() + 1);
	}

	private void warn(int year, LocalDate today) {
		logger.warn("Calendar of {} is missing, so its deadlines count Monday to Friday as working days except "
				+ "1 January, 1 and 2 May and 1 to 3 October. Load it with PUT /api/calendar/{}", year, year);
		try {
			Boolean queued = this.transactions.execute((status) -> queueNotice(year, today));
			if (Boolean.TRUE.equals(queued)) {
				logger.info("Queued the notice to {} that the calendar of {} is missing", DeskGroups.ADMINISTRATORS,
						year);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Failed to queue the notice that the calendar of {} is missing", year, ex);
		}
	}

	private boolean queueNotice(int year, LocalDate today) {
		if (!this.store.recordMissingNotice(year, today)) {
			return false;
		}
		this.notifications.notifyGroups(List.of(DeskGroups.ADMINISTRATORS), subject(year), body(year),
				"calendar-" + year);
		return true;
	}

	private static String subject(int year) {
		return year + "年工作日历尚未导入";
	}

	private static String body(int year) {
		return """
				服务台中还没有%1$d年的节假日和调休上班安排。

				在导入之前，%1$d年的服务时限按周一至周五为工作日计算，只扣除元旦（1月1日）、\
				劳动节（5月1日、2日）和国庆节（10月1日至3日），不计春节等其他假日，也不计调休上班日。

				请在国务院办公厅公布%1$d年部分节假日安排的通知后，以系统管理员身份通过 \
				PUT /api/calendar/%1$d 导入全年的节假日和调休上班日。

				本提醒每天最多发送一次，直到该年的日历导入为止。
				""".formatted(year);
	}

}
