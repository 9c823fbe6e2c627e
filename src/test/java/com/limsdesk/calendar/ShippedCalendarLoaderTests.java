package com.limsdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedCalendarLoaderTests {

	private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

	private final InMemoryCalendarStore store = new InMemoryCalendarStore();

	private final WorkingCalendar calendar = new WorkingCalendar(this.store, WorkingHours.parse("08:30-17:30"),
			TestCalendars.INSTITUTE_ZONE);

	private final ShippedCalendarLoader loader = new ShippedCalendarLoader(this.store, this.calendar, () -> NOW);

	@Test
	void loadsEveryMissingYear() {
		this.loader.load(ShippedCalendarFiles.readAll());

		LoadedYear loaded = this.store.findYear(2026).orElseThrow();
		assertThat(loaded.loadedBy()).isEqualTo(LoadedYear.SYSTEM);
		assertThat(loaded.loadedAt()).isEqualTo(NOW);
		assertThat(loaded.days()).hasSize(39);
		assertThat(this.store.findYear(2025).orElseThrow().days()).hasSize(33);
	}

	@Test
	void keepsYearThatAdministratorLoaded() {
		LoadedYear byAdministrator = new LoadedYear(2026, List.of(), Instant.parse("2026-01-10T01:00:00Z"), "admin");
		this.store.replaceYear(byAdministrator);

		this.loader.load(ShippedCalendarFiles.readAll());

		assertThat(this.store.findYear(2026)).contains(byAdministrator);
		assertThat(this.store.hasYear(2025)).isTrue();
	}

	@Test
	void dropsFallbackCachedBeforeLoad() {
		LocalDate springFestival = LocalDate.of(2026, 2, 16);
		assertThat(this.calendar.isWorkingDay(springFestival)).as("fallback before the load").isTrue();

		this.loader.load(ShippedCalendarFiles.readAll());

		assertThat(this.calendar.isWorkingDay(springFestival)).as("shipped calendar after the load").isFalse();
	}

}
