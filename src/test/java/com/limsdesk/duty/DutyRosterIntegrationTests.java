package com.limsdesk.duty;

import static com.limsdesk.support.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import com.limsdesk.web.InvalidFieldException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checks of roster entries, and the daily check for periods with nobody on duty. */
@ProcessIntegrationTest
class DutyRosterIntegrationTests {

	private static final Instant NOW = at("2026-06-01T09:00:00");

	@Autowired
	private DutyRoster roster;

	@Autowired
	private DutyGapCheck gapCheck;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void tearDown() {
		this.jdbc.update("delete from desk_duty_entry");
		this.jdbc.update("delete from desk_duty_gap_notice");
		this.jdbc.update("delete from desk_notification where reference like 'duty-gap:%'");
	}

	@Test
	void entryRejectsUnknownEngineer() {
		assertRejected("nobody", "2026-06-01", "2026-06-30", "engineer");
	}

	@Test
	void entryRejectsUserOutsideEngineers() {
		assertRejected(TestUsers.REPORTER.id(), "2026-06-01", "2026-06-30", "engineer");
	}

	@Test
	void entryRejectsLastDayBeforeFirst() {
		assertRejected(TestUsers.ENGINEER.id(), "2026-06-30", "2026-06-01", "lastDay");
	}

	@Test
	void entryRejectsPastAndOverlongDays() {
		assertRejected(TestUsers.ENGINEER.id(), "2026-05-01", "2026-05-31", "lastDay");
		assertRejected(TestUsers.ENGINEER.id(), "2026-06-01", "2027-06-02", "lastDay");
		add(TestUsers.ENGINEER, "2026-06-01", "2027-06-01", DutyKind.WORKING_TIME);
	}

	@Test
	void entryRejectsExactDuplicate() {
		add(TestUsers.ENGINEER, "2026-06-01", "2026-06-30", DutyKind.WORKING_TIME);

		assertRejected(TestUsers.ENGINEER.id(), "2026-06-01", "2026-06-30", "firstDay");
	}

	@Test
	void endedEntryCannotBeRemoved() {
		DutyEntry may = this.roster.add(TestUsers.ENGINEER.id(), LocalDate.parse("2026-05-01"),
				LocalDate.parse("2026-05-31"), DutyKind.WORKING_TIME, null, TestUsers.ADMIN.id(),
				at("2026-05-01T09:00:00"));

		assertThatThrownBy(() -> this.roster.remove(may.getId(), TestUsers.ADMIN.id(), NOW))
			.isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("record");

		assertThat(this.roster.entries(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"))).hasSize(1);
	}

	@Test
	void entryAcceptsVendorSupportMember() {
		DutyEntry entry = add(TestUsers.SUPPORT, "2026-06-01", "2026-06-01", DutyKind.NON_WORKING_TIME);

		assertThat(this.roster.entries(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01")))
			.extracting(DutyEntry::getId)
			.containsExactly(entry.getId());
		assertThat(this.roster.onDutyAt(at("2026-06-01T20:00:00")).engineers()).containsExactly(TestUsers.SUPPORT.id());
	}

	@Test
	void gapCheckTellsEachGapOnce() {
		add(TestUsers.ENGINEER, "2026-05-01", "2026-07-31", DutyKind.WORKING_TIME);
		add(TestUsers.OTHER_ENGINEER, "2026-05-01", "2026-06-07", DutyKind.NON_WORKING_TIME);
		add(TestUsers.OTHER_ENGINEER, "2026-06-09", "2026-07-31", DutyKind.NON_WORKING_TIME);

		List<DutyGap> first = this.gapCheck.check(NOW);

		// 8 June is a Monday: its night and early morning have nobody.
		assertThat(first).containsExactly(new DutyGap(at("2026-06-08T00:00:00"), at("2026-06-08T08:30:00"), false),
				new DutyGap(at("2026-06-08T17:30:00"), at("2026-06-09T00:00:00"), false));
		Map<String, Object> mail = this.jdbc.queryForMap(
				"select recipient_groups, subject, body from desk_notification where reference = ?",
				"duty-gap:2026-06-08 17:30");
		assertThat(mail.get("recipient_groups")).isEqualTo("managers,vendor-support");
		assertThat((String) mail.get("body")).contains("2026-06-08 17:30").contains("到 2026-06-09 00:00");

		assertThat(this.gapCheck.check(NOW.plusSeconds(3600))).isEmpty();
		assertThat(this.gapCheck.check(at("2026-06-02T09:00:00"))).isEmpty();
	}

	@Test
	void gapCheckTellsGrownGapAgain() {
		add(TestUsers.ENGINEER, "2026-05-01", "2026-07-31", DutyKind.WORKING_TIME);
		DutyEntry night = add(TestUsers.OTHER_ENGINEER, "2026-05-01", "2026-07-31", DutyKind.NON_WORKING_TIME);
		this.gapCheck.check(NOW);
		this.roster.remove(night.getId(), TestUsers.ADMIN.id(), NOW);
		add(TestUsers.OTHER_ENGINEER, "2026-05-01", "2026-06-04", DutyKind.NON_WORKING_TIME);

		List<DutyGap> gaps = this.gapCheck.check(NOW);

		assertThat(gaps).first().isEqualTo(new DutyGap(at("2026-06-05T00:00:00"), at("2026-06-05T08:30:00"), false));
		assertThat(this.gapCheck.check(NOW)).isEmpty();
	}

	private void assertRejected(String engineer, String firstDay, String lastDay, String field) {
		long before = this.jdbc.queryForObject("select count(*) from desk_duty_entry", Long.class);

		assertThatThrownBy(() -> this.roster.add(engineer, LocalDate.parse(firstDay), LocalDate.parse(lastDay),
				DutyKind.WORKING_TIME, null, TestUsers.ADMIN.id(), NOW))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					(rejection) -> assertThat(rejection.field()).isEqualTo(field));

		assertThat(this.jdbc.queryForObject("select count(*) from desk_duty_entry", Long.class)).isEqualTo(before);
	}

	private DutyEntry add(TestUsers engineer, String firstDay, String lastDay, DutyKind kind) {
		return this.roster.add(engineer.id(), LocalDate.parse(firstDay), LocalDate.parse(lastDay), kind, null,
				TestUsers.ADMIN.id(), NOW);
	}

}
