package com.limsdesk.oracle;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A table that the temporary tables check lists for cleanup.
 *
 * @param owner the schema, as stored in DBA_TABLES.OWNER
 * @param name the table name, as stored in DBA_TABLES.TABLE_NAME
 * @param created DBA_OBJECTS.CREATED, on the clock of the database server
 * @param numRows DBA_TABLES.NUM_ROWS from the last statistics run, or null without
 * statistics
 * @param bytes size of the segments of the table itself, 0 for a global temporary table
 * @param temporary whether it is a global temporary table (DBA_TABLES.TEMPORARY = 'Y')
 */
public record TemporaryTableCandidate(String owner, String name, LocalDateTime created, Long numRows, long bytes,
		boolean temporary) {

	private static final String[] BINARY_UNITS = { "KiB", "MiB", "GiB", "TiB" };

	/** Returns OWNER.NAME, for messages. */
	public String qualifiedName() {
		return this.owner + "." + this.name;
	}

	/** Formats a size in binary units, such as {@code 1.5 GiB} or {@code 512 B}. */
	public static String formatBytes(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		String number = String.format(Locale.ROOT, (value >= 100) ? "%.0f" : "%.1f", value);
		if (number.endsWith(".0")) {
			number = number.substring(0, number.length() - 2);
		}
		return number + " " + BINARY_UNITS[unit];
	}

}
