package com.limsdesk.oracle;

import java.time.LocalDateTime;

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

	/** Returns OWNER.NAME, for messages. */
	public String qualifiedName() {
		return this.owner + "." + this.name;
	}

}
