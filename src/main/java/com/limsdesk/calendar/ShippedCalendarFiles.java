package com.limsdesk.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reader of the calendars shipped with the desk, one file per year on the class path at
 * {@code calendar/<year>.csv}. Each file has the header {@code date,kind,name} and one
 * line per holiday or make-up working day. Blank lines and lines starting with {@code #}
 * are skipped.
 */
final class ShippedCalendarFiles {

	static final String LOCATION = "classpath*:calendar/*.csv";

	private static final String HEADER = "date,kind,name";

	private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.csv");

	private ShippedCalendarFiles() {
	}

	/**
	 * Reads and validates every shipped file, ordered by year.
	 * @throws IllegalStateException naming the file and line of an invalid entry
	 */
	static List<ShippedYear> readAll() {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				ShippedCalendarFiles.class.getClassLoader());
		List<ShippedYear> years = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(LOCATION)) {
				Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
				if (!name.matches()) {
					throw new IllegalStateException("Calendar file " + resource.getDescription()
							+ " is misnamed, expected calendar/<year>.csv such as calendar/2026.csv");
				}
				years.add(read(Integer.parseInt(name.group(1)), resource));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read the calendar files at " + LOCATION, ex);
		}
		years.sort(Comparator.comparingInt(ShippedYear::year));
		return years;
	}

	static ShippedYear read(int year, Resource resource) throws IOException {
		List<DayInput> inputs = new ArrayList<>();
		List<Integer> lineNumbers = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			boolean headerSeen = false;
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				if (!headerSeen) {
					requireHeader(resource, lineNumber, text);
					headerSeen = true;
					continue;
				}
				String[] columns = text.split(",", 3);
				inputs.add(new DayInput(column(columns, 0), column(columns, 1), column(columns, 2)));
				lineNumbers.add(lineNumber);
			}
		}
		try {
			return new ShippedYear(year, resource.getDescription(), SpecialDays.validate(year, inputs));
		}
		catch (InvalidDayException ex) {
			throw new IllegalStateException("Calendar file " + resource.getDescription() + ", line "
					+ lineNumbers.get(ex.index()) + ", column " + ex.property() + ": " + ex.getMessage(), ex);
		}
	}

	private static void requireHeader(Resource resource, int lineNumber, String text) {
		// A byte order mark would otherwise make the header look different.
		String header = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (!HEADER.equals(header)) {
			throw new IllegalStateException("Calendar file " + resource.getDescription() + ", line " + lineNumber
					+ ": expected the header '" + HEADER + "' but found '" + text + "'");
		}
	}

	private static String column(String[] columns, int index) {
		return (index < columns.length) ? columns[index].strip() : null;
	}

	/**
	 * A validated shipped calendar.
	 *
	 * @param year the calendar year, from the file name
	 * @param source description of the file, for logs
	 * @param days holidays and make-up working days, ordered by date
	 */
	record ShippedYear(int year, String source, List<SpecialDay> days) {

	}

}
