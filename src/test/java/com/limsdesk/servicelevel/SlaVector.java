package com.limsdesk.servicelevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One deadline case of {@code servicelevel/sla-vectors.csv}, with times local to
 * Asia/Shanghai and empty columns as null.
 *
 * @param id case id such as P01
 * @param rule response, repair, onsite or report
 * @param start a local date-time, or the last day of the period for rule report
 * @param category main or general for rule response
 * @param severity severity code for rule repair
 * @param expectedDue the expected deadline as a local date-time
 * @param note what the case checks
 */
record SlaVector(String id, String rule, String start, String category, String severity, String expectedDue,
		String note) {

	static final String RESOURCE = "/servicelevel/sla-vectors.csv";

	private static final String HEADER = "case,rule,start,category,severity,expected_due,note";

	/** Reads every case of the file, skipping comment lines that start with #. */
	static List<SlaVector> readAll() {
		try (InputStream stream = SlaVector.class.getResourceAsStream(RESOURCE)) {
			if (stream == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test class path");
			}
			return read(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read " + RESOURCE, ex);
		}
	}

	private static List<SlaVector> read(BufferedReader reader) throws IOException {
		List<SlaVector> vectors = new ArrayList<>();
		boolean headerSeen = false;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				if (!line.strip().equals(HEADER)) {
					throw new IllegalStateException(
							RESOURCE + ": expected the header " + HEADER + " but found " + line);
				}
				headerSeen = true;
				continue;
			}
			String[] columns = line.split(",", 7);
			if (columns.length != 7) {
				throw new IllegalStateException(RESOURCE + ": expected 7 columns in " + line);
			}
			vectors.add(new SlaVector(columns[0], columns[1], columns[2], emptyToNull(columns[3]),
					emptyToNull(columns[4]), columns[5], columns[6]));
		}
		return vectors;
	}

	private static String emptyToNull(String column) {
		return column.isBlank() ? null : column.strip();
	}

	@Override
	public String toString() {
		return this.id + " " + this.rule + " " + this.start + " (" + this.note + ")";
	}

}
