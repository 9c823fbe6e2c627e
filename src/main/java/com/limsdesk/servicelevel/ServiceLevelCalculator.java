package com.limsdesk.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import com.limsdesk.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Computes every service-level deadline of the contract. Working days, working hours and
 * dates are those of the {@link WorkingCalendar}, in the institute's zone, whatever the
 * JVM's default zone is. Durations are elapsed time, not working time.
 */
@Component
public class ServiceLevelCalculator {

	/** Response time of a fault in the main system processes or services, at any hour. */
	static final Duration MAIN_RESPONSE_TIME = Duration.ofMinutes(15);

	/** Repair time of an ordinary fault whose clock starts in non-working time. */
	static final Duration ORDINARY_REPAIR_TIME_OUTSIDE_WORKING_TIME = Duration.ofHours(2);

	static final Duration ON_SITE_TIME_IN_WORKING_TIME = Duration.ofHours(24);

	static final Duration ON_SITE_TIME_OUTSIDE_WORKING_TIME = Duration.ofHours(2);

	/** Share of the repair time, in percent, after which the engineer is warned. */
	static final int REPAIR_WARNING_PERCENT = 80;

	/** Working days after the end of a period by whose closing time its report is due. */
	static final int REPORT_WORKING_DAYS = 2;

	private final WorkingCalendar calendar;

	public ServiceLevelCalculator(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * Returns the response deadline of a fault. A main-process fault gets 15 minutes at
	 * any hour. A general fault is due at closing time of the working day in progress at
	 * the report, which includes the hours before opening, and otherwise at closing time
	 * of the next working day.
	 */
	public Instant responseDue(Instant reportedAt, FaultCategory category) {
		Objects.requireNonNull(reportedAt, "reportedAt");
		Objects.requireNonNull(category, "category");
		return switch (category) {
			case MAIN -> reportedAt.plus(MAIN_RESPONSE_TIME);
			case GENERAL -> closingOfWorkingDayInProgressOrNext(reportedAt);
		};
	}

	/**
	 * Returns the repair deadline: {@link Severity#repairTime()} after the clock starts,
	 * except that an ordinary fault whose clock starts in non-working time gets 2 hours.
	 */
	public Instant repairDue(Instant clockStart, Severity severity) {
		return clockStart.plus(repairTime(clockStart, severity));
	}

	/**
	 * Returns the moment at 80 % of the time from the clock start to the repair deadline.
	 */
	public Instant repairWarningAt(Instant clockStart, Severity severity) {
		Duration warningTime = repairTime(clockStart, severity).multipliedBy(REPAIR_WARNING_PERCENT).dividedBy(100);
		return clockStart.plus(warningTime);
	}

	/**
	 * Returns the on-site arrival deadline: 24 hours after a dispatch in working time, 2
	 * hours after a dispatch in non-working time.
	 */
	public Instant onSiteDue(Instant dispatchedAt) {
		Objects.requireNonNull(dispatchedAt, "dispatchedAt");
		Duration time = this.calendar.isWorkingTime(dispatchedAt) ? ON_SITE_TIME_IN_WORKING_TIME
				: ON_SITE_TIME_OUTSIDE_WORKING_TIME;
		return dispatchedAt.plus(time);
	}

	/**
	 * Returns the deadline of a periodic report: closing time of the second working day
	 * after the period.
	 */
	public Instant reportDue(LocalDate periodEnd) {
		Objects.requireNonNull(periodEnd, "periodEnd");
		return this.calendar.closingTime(this.calendar.workingDayAfter(periodEnd, REPORT_WORKING_DAYS));
	}

	/**
	 * Returns the closing time of the N-th working day after the institute's date at the
	 * moment, not counting that date itself.
	 * @throws IllegalArgumentException when {@code workingDays} is less than 1
	 */
	public Instant closingOfWorkingDayAfter(Instant moment, int workingDays) {
		Objects.requireNonNull(moment, "moment");
		LocalDate day = this.calendar.workingDayAfter(this.calendar.dateOf(moment), workingDays);
		return this.calendar.closingTime(day);
	}

	private Instant closingOfWorkingDayInProgressOrNext(Instant moment) {
		LocalDate day = this.calendar.dateOf(moment);
		if (this.calendar.isWorkingDay(day) && moment.isBefore(this.calendar.closingTime(day))) {
			return this.calendar.closingTime(day);
		}
		return this.calendar.closingTime(this.calendar.nextWorkingDay(day));
	}

	private Duration repairTime(Instant clockStart, Severity severity) {
		Objects.requireNonNull(clockStart, "clockStart");
		Objects.requireNonNull(severity, "severity");
		if (severity == Severity.ORDINARY && !this.calendar.isWorkingTime(clockStart)) {
			return ORDINARY_REPAIR_TIME_OUTSIDE_WORKING_TIME;
		}
		return severity.repairTime();
	}

}
