package com.limsdesk.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The duty roster over REST: engineers, vendor-support, managers and administrators read
 * it, and only administrators and vendor-support change it.
 */
@RestController
@RequestMapping("/api/duty")
class DutyController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private static final int MAX_DAYS = 366;

	private final DutyRoster roster;

	private final DutyAbsences absences;

	private final WorkingCalendar calendar;

	private final CurrentUser currentUser;

	private final DutyGapCheck gapCheck;

	DutyController(DutyRoster roster, DutyAbsences absences, WorkingCalendar calendar, CurrentUser currentUser,
			DutyGapCheck gapCheck) {
		this.roster = roster;
		this.absences = absences;
		this.calendar = calendar;
		this.currentUser = currentUser;
		this.gapCheck = gapCheck;
	}

	/**
	 * Lists the entries that cover any day from {@code from} (default today) for
	 * {@code days}.
	 */
	@GetMapping("/entries")
	List<EntryView> entries(@RequestParam(required = false) LocalDate from,
			@RequestParam(defaultValue = "28") int days) {
		requireReader();
		LocalDate first = (from != null) ? from : today();
		return this.roster.entries(first, first.plusDays(checkDays(days) - 1)).stream().map(EntryView::of).toList();
	}

	@PostMapping("/entries")
	EntryView add(@RequestBody(required = false) NewEntry entry) {
		requireEditor();
		NewEntry given = (entry != null) ? entry : new NewEntry(null, null, null, null, null);
		DutyEntry added = this.roster.add(given.engineer(), date("firstDay", given.firstDay()),
				date("lastDay", given.lastDay()), kind(given.kind()), given.note(), this.currentUser.id(),
				SystemContext.now());
		return EntryView.of(added);
	}

	@DeleteMapping("/entries/{id}")
	void remove(@PathVariable long id) {
		requireEditor();
		this.roster.remove(id, this.currentUser.id(), SystemContext.now());
		// A removal can open a gap before the next daily check, so it is checked at once.
		this.gapCheck.check(SystemContext.now());
	}

	/**
	 * Returns who is on duty at a moment: an ISO date-time with offset, or a local one in
	 * the institute's zone such as {@code 2026-02-14T10:00}; now when none is given.
	 */
	@GetMapping("/on-duty")
	DutyRoster.OnDuty onDuty(@RequestParam(required = false) String at) {
		requireReader();
		return this.roster.onDutyAt((at != null && !at.isBlank()) ? moment(at) : SystemContext.now());
	}

	/** Returns the roster day by day, with covers for engineers on leave. */
	@GetMapping("/days")
	List<DayView> days(@RequestParam(required = false) LocalDate from, @RequestParam(defaultValue = "28") int days) {
		requireReader();
		LocalDate first = (from != null) ? from : today();
		LocalDate last = first.plusDays(checkDays(days) - 1);
		List<DutyEntry> entries = this.roster.entries(first, last);
		List<DayView> view = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			boolean workingDay = this.calendar.isWorkingDay(date);
			// A day off has no working time, so its working-time entries put nobody on
			// duty.
			List<Duty> working = workingDay
					? duties(entries, date, DutyKind.WORKING_TIME, this.calendar.openingTime(date)) : List.of();
			List<Duty> nonWorking = duties(entries, date, DutyKind.NON_WORKING_TIME,
					date.atStartOfDay(this.calendar.zone()).toInstant());
			view.add(new DayView(date, workingDay, working, nonWorking));
		}
		return view;
	}

	private List<Duty> duties(List<DutyEntry> entries, LocalDate date, DutyKind kind, Instant moment) {
		return entries.stream()
			.filter((entry) -> entry.covers(date, kind))
			.map((entry) -> new Duty(entry.getEngineer(), this.absences.standIn(entry.getEngineer(), moment)))
			.distinct()
			.toList();
	}

	private LocalDate today() {
		return this.calendar.dateOf(SystemContext.now());
	}

	private static int checkDays(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidFieldException("days", "must be between 1 and " + MAX_DAYS + ", was " + days);
		}
		return days;
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "invalid date '" + text + "', expected such as 2026-02-14");
		}
	}

	private static DutyKind kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DutyKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("kind",
					"invalid value '" + text + "', expected one of " + DutyKind.names());
		}
	}

	private Instant moment(String text) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// Not an offset date-time; a local one is tried next.
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(this.calendar.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("at",
					"invalid date-time '" + text + "', expected such as 2026-02-14T10:00");
		}
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read the duty roster");
		}
	}

	/** Returns whether the logged-in user may add and remove roster entries. */
	@GetMapping("/permissions")
	Permissions permissions() {
		requireReader();
		return new Permissions(isEditor());
	}

	private boolean isEditor() {
		return this.currentUser.isInAny(DeskGroups.ADMINISTRATORS, DeskGroups.VENDOR_SUPPORT);
	}

	private void requireEditor() {
		if (!isEditor()) {
			throw new AuthorizationException("only administrators and vendor-support may change the duty roster");
		}
	}

	/** The roster rights of the logged-in user, for the roster page. */
	record Permissions(boolean canEdit) {
	}

	/** An entry as the REST API receives it; dates as ISO dates such as 2026-02-14. */
	record NewEntry(String engineer, String firstDay, String lastDay, String kind, String note) {
	}

	record EntryView(long id, String engineer, LocalDate firstDay, LocalDate lastDay, DutyKind kind, String kindLabel,
			String note, String createdBy, Instant createdAt) {

		static EntryView of(DutyEntry entry) {
			return new EntryView(entry.getId(), entry.getEngineer(), entry.getFirstDay(), entry.getLastDay(),
					entry.getKind(), entry.getKind().label(), entry.getNote(), entry.getCreatedBy(),
					entry.getCreatedAt());
		}

	}

	/**
	 * One engineer of a day's roster.
	 *
	 * @param engineer the engineer the roster names
	 * @param standIn who is on duty for them: the engineer, their cover while on leave,
	 * or null when nobody is
	 */
	record Duty(String engineer, String standIn) {
	}

	record DayView(LocalDate date, boolean workingDay, List<Duty> workingTime, List<Duty> nonWorkingTime) {
	}

}
