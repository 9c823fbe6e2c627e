package com.limsdesk.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints that read and replace the working calendar of a year. Only members of
 * {@code camunda-admin} may call them, and other users get status 403. {@code PUT} takes
 * a JSON array of {@code {date, kind, name}}.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final CalendarAdministration administration;

	private final CurrentUser currentUser;

	private final ZoneId zone;

	CalendarController(CalendarAdministration administration, CurrentUser currentUser, WorkingCalendar calendar) {
		this.administration = administration;
		this.currentUser = currentUser;
		this.zone = calendar.zone();
	}

	@GetMapping("/{year}")
	CalendarYearResponse year(@PathVariable int year) {
		requireAdministrator();
		return this.administration.findYear(year)
			.map(this::loaded)
			.orElseGet(() -> new CalendarYearResponse(year, false, null, null, days(FallbackCalendar.holidays(year))));
	}

	@PutMapping("/{year}")
	CalendarYearResponse replaceYear(@PathVariable int year, @RequestBody(required = false) List<DayInput> days) {
		requireAdministrator();
		return loaded(this.administration.replaceYear(year, days, this.currentUser.id()));
	}

	private void requireAdministrator() {
		if (!this.currentUser.isInAny(DeskGroups.ADMINISTRATORS)) {
			throw new AuthorizationException("Only members of the group " + DeskGroups.ADMINISTRATORS
					+ " may read or change the working calendar");
		}
	}

	private CalendarYearResponse loaded(LoadedYear year) {
		return new CalendarYearResponse(year.year(), true, format(year.loadedAt()), year.loadedBy(), days(year.days()));
	}

	private String format(Instant moment) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(this.zone));
	}

	private static List<DayResponse> days(List<SpecialDay> days) {
		return days.stream()
			.map((day) -> new DayResponse(day.date().toString(), day.kind().code(), day.name()))
			.toList();
	}

	/**
	 * The calendar of a year.
	 *
	 * @param year the calendar year
	 * @param loaded whether the year is loaded. False means that the fallback rule
	 * applies and {@code days} lists its fixed-date holidays.
	 * @param loadedAt when the year was last loaded, in the institute's zone, or null
	 * @param loadedBy who loaded it, {@code system} for a shipped file, or null
	 * @param days holidays and make-up working days, ordered by date
	 */
	record CalendarYearResponse(int year, boolean loaded, String loadedAt, String loadedBy, List<DayResponse> days) {

	}

	/**
	 * One holiday ({@code kind} = {@code holiday}) or make-up working day
	 * ({@code workday}).
	 */
	record DayResponse(String date, String kind, String name) {

	}

}
