package com.limsdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validation of the calendar entries of one year, shared by calendar files and the REST
 * API.
 */
final class SpecialDays {

	/** Maximum length of a holiday name, as the database column allows. */
	static final int MAX_NAME_LENGTH = 100;

	private SpecialDays() {
	}

	/**
	 * Validates every entry and returns them ordered by date. A date must lie inside the
	 * year and appear once, the kind must be {@code holiday} or {@code workday}, a
	 * workday must fall on a Saturday or Sunday, and the name must not be blank.
	 * @throws InvalidDayException for the first invalid entry
	 */
	static List<SpecialDay> validate(int year, List<DayInput> inputs) {
		List<SpecialDay> days = new ArrayList<>(inputs.size());
		Set<LocalDate> seen = new HashSet<>();
		for (int index = 0; index < inputs.size(); index++) {
			SpecialDay day = validate(year, index, inputs.get(index));
			if (!seen.add(day.date())) {
				throw new InvalidDayException(index, "date", "duplicate date " + day.date());
			}
			days.add(day);
		}
		days.sort(Comparator.comparing(SpecialDay::date));
		return days;
	}

	private static SpecialDay validate(int year, int index, DayInput input) {
		if (input == null) {
			throw new InvalidDayException(index, null, "is missing");
		}
		LocalDate date = parseDate(year, index, input.date());
		DayKind kind = parseKind(index, input.kind());
		if (kind == DayKind.WORKDAY && !isWeekend(date)) {
			throw new InvalidDayException(index, "date", "a workday entry must fall on a Saturday or Sunday, but "
					+ date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
		}
		return new SpecialDay(date, kind, parseName(index, input.name()));
	}

	private static LocalDate parseDate(int year, int index, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDayException(index, "date", "is missing, expected an ISO date such as " + year + "-10-01");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidDayException(index, "date",
					"invalid date '" + text + "', expected an ISO date such as " + year + "-10-01");
		}
		if (date.getYear() != year) {
			throw new InvalidDayException(index, "date", date + " is outside the year " + year);
		}
		return date;
	}

	private static DayKind parseKind(int index, String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidDayException(index, "kind", "is missing, expected holiday or workday");
		}
		return DayKind.fromCode(code.strip())
			.orElseThrow(() -> new InvalidDayException(index, "kind",
					"unknown kind '" + code + "', expected holiday or workday"));
	}

	private static String parseName(int index, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidDayException(index, "name", "is missing, expected the holiday's name such as 国庆节");
		}
		String trimmed = name.strip();
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw new InvalidDayException(index, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
		}
		return trimmed;
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
