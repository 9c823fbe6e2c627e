package com.limsdesk.duty;

import static com.limsdesk.duty.DutyScheduleTests.at;
import static com.limsdesk.duty.DutyScheduleTests.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.limsdesk.calendar.TestCalendars;
import com.limsdesk.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DutyGapFinderTests {

	private final WorkingCalendar calendar = TestCalendars.shipped();

	private Instant leaveStart;

	private Instant leaveEnd;

	/** zhang is on leave without a cover from leaveStart to leaveEnd, when set. */
	private final DutyAbsences absences = new DutyAbsences() {

		@Override
		public String standIn(String user, Instant moment) {
			boolean away = "zhang".equals(user) && DutyGapFinderTests.this.leaveStart != null
					&& !moment.isBefore(DutyGapFinderTests.this.leaveStart)
					&& moment.isBefore(DutyGapFinderTests.this.leaveEnd);
			return away ? null : user;
		}

		@Override
		public List<Instant> changesBetween(Instant from, Instant to) {
			return (DutyGapFinderTests.this.leaveStart != null)
					? List.of(DutyGapFinderTests.this.leaveStart, DutyGapFinderTests.this.leaveEnd) : List.of();
		}

	};

	private final DutyGapFinder finder = new DutyGapFinder(this.calendar, this.absences);

	@Test
	void workingTimeWithoutEntryIsGap() {
		DutySchedule schedule = new DutySchedule(this.calendar,
				List.of(entry("li", "2026-03-01", "2026-03-31", DutyKind.NON_WORKING_TIME)), this.absences);

		List<DutyGap> gaps = this.finder.find(schedule, at("2026-03-02T00:00"), at("2026-03-04T00:00"));

		assertThat(gaps).containsExactly(new DutyGap(at("2026-03-02T08:30"), at("2026-03-02T17:30"), false),
				new DutyGap(at("2026-03-03T08:30"), at("2026-03-03T17:30"), false));
	}

	@Test
	void fullRosterHasNoGap() {
		DutySchedule schedule = new DutySchedule(this.calendar,
				List.of(entry("zhang", "2026-03-01", "2026-03-31", DutyKind.WORKING_TIME),
						entry("li", "2026-03-01", "2026-03-31", DutyKind.NON_WORKING_TIME)),
				this.absences);

		assertThat(this.finder.find(schedule, at("2026-03-01T00:00"), at("2026-03-15T00:00"))).isEmpty();
	}

	@Test
	void leaveWithoutCoverOpensGap() {
		this.leaveStart = at("2026-03-03T00:00");
		this.leaveEnd = at("2026-03-04T00:00");
		DutySchedule schedule = new DutySchedule(this.calendar,
				List.of(entry("zhang", "2026-03-01", "2026-03-31", DutyKind.WORKING_TIME),
						entry("li", "2026-03-01", "2026-03-31", DutyKind.NON_WORKING_TIME)),
				this.absences);

		assertThat(this.finder.find(schedule, at("2026-03-01T00:00"), at("2026-03-15T00:00")))
			.containsExactly(new DutyGap(at("2026-03-03T08:30"), at("2026-03-03T17:30"), false));
	}

	@Test
	void gapReachingSearchEndIsOpenEnded() {
		DutySchedule schedule = new DutySchedule(this.calendar,
				List.of(entry("zhang", "2026-03-01", "2026-03-05", DutyKind.WORKING_TIME),
						entry("li", "2026-03-01", "2026-03-05", DutyKind.NON_WORKING_TIME)),
				this.absences);

		assertThat(this.finder.find(schedule, at("2026-03-01T00:00"), at("2026-03-10T00:00")))
			.containsExactly(new DutyGap(at("2026-03-06T00:00"), at("2026-03-10T00:00"), true));
	}

}
