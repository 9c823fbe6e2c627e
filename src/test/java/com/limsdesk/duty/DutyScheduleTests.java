package com.limsdesk.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.calendar.TestCalendars;
import com.limsdesk.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Who is on duty at a moment, over the 2026 calendar: zhang has working time and li
 * non-working time through February, wang working time on the make-up Saturday 14
 * February only.
 */
class DutyScheduleTests {

	private final WorkingCalendar calendar = TestCalendars.shipped();

	private final List<String> onLeave = new ArrayList<>();

	private final DutyAbsences absences = new DutyAbsences() {

		@Override
		public String standIn(String user, Instant moment) {
			return DutyScheduleTests.this.onLeave.contains(user) ? "chen" : user;
		}

		@Override
		public List<Instant> changesBetween(Instant from, Instant to) {
			return List.of();
		}

	};

	private final DutySchedule schedule = new DutySchedule(this.calendar,
			List.of(entry("zhang", "2026-02-01", "2026-02-28", DutyKind.WORKING_TIME),
					entry("li", "2026-02-01", "2026-02-28", DutyKind.NON_WORKING_TIME),
					entry("wang", "2026-02-14", "2026-02-14", DutyKind.WORKING_TIME)),
			this.absences);

	@Test
	void workingDayMorningIsWorkingTimeDuty() {
		Instant monday = at("2026-02-09T10:00");

		assertThat(this.schedule.kindAt(monday)).isEqualTo(DutyKind.WORKING_TIME);
		assertThat(this.schedule.onDutyAt(monday)).containsExactly("zhang");
	}

	@Test
	void openingMinuteIsWorkingTime() {
		assertThat(this.schedule.onDutyAt(at("2026-02-09T08:29"))).containsExactly("li");
		assertThat(this.schedule.onDutyAt(at("2026-02-09T08:30"))).containsExactly("zhang");
	}

	@Test
	void closingMinuteIsNonWorkingTime() {
		assertThat(this.schedule.onDutyAt(at("2026-02-09T17:29"))).containsExactly("zhang");
		assertThat(this.schedule.kindAt(at("2026-02-09T17:30"))).isEqualTo(DutyKind.NON_WORKING_TIME);
		assertThat(this.schedule.onDutyAt(at("2026-02-09T17:30"))).containsExactly("li");
	}

	@Test
	void nightIsNonWorkingTime() {
		assertThat(this.schedule.onDutyAt(at("2026-02-10T02:00"))).containsExactly("li");
	}

	@Test
	void weekendIsNonWorkingTime() {
		Instant sunday = at("2026-02-08T10:00");

		assertThat(this.schedule.kindAt(sunday)).isEqualTo(DutyKind.NON_WORKING_TIME);
		assertThat(this.schedule.onDutyAt(sunday)).containsExactly("li");
	}

	@Test
	void statutoryHolidayIsNonWorkingTime() {
		// 16 February 2026 is a Monday within the Spring Festival holiday.
		Instant holiday = at("2026-02-16T10:00");

		assertThat(this.schedule.kindAt(holiday)).isEqualTo(DutyKind.NON_WORKING_TIME);
		assertThat(this.schedule.onDutyAt(holiday)).containsExactly("li");
	}

	@Test
	void makeUpSaturdayIsWorkingTime() {
		Instant february14 = at("2026-02-14T10:00");
		Instant february28 = at("2026-02-28T10:00");

		assertThat(this.schedule.kindAt(february14)).isEqualTo(DutyKind.WORKING_TIME);
		assertThat(this.schedule.onDutyAt(february14)).containsExactly("zhang", "wang");
		assertThat(this.schedule.kindAt(february28)).isEqualTo(DutyKind.WORKING_TIME);
		assertThat(this.schedule.onDutyAt(february28)).containsExactly("zhang");
		assertThat(this.schedule.onDutyAt(at("2026-02-28T18:00"))).containsExactly("li");
	}

	@Test
	void engineerOnLeaveIsReplacedByCover() {
		this.onLeave.add("zhang");

		assertThat(this.schedule.onDutyAt(at("2026-02-09T10:00"))).containsExactly("chen");
	}

	@Test
	void dayOutsideEveryEntryHasNobody() {
		assertThat(this.schedule.onDutyAt(at("2026-03-02T10:00"))).isEmpty();
		assertThat(this.schedule.onDutyAt(at("2026-01-31T23:59"))).isEmpty();
	}

	static DutyEntry entry(String engineer, String firstDay, String lastDay, DutyKind kind) {
		return new DutyEntry(engineer, LocalDate.parse(firstDay), LocalDate.parse(lastDay), kind, null, "admin",
				Instant.EPOCH);
	}

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(TestCalendars.INSTITUTE_ZONE).toInstant();
	}

}
