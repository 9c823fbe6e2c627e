package com.limsdesk.cleanup;

import java.time.Instant;

/**
 * Result of the drop step for one table.
 *
 * @param outcome the outcome
 * @param ddl the DDL read before the drop, or null when it was not reached
 * @param rowsAtDrop {@code SELECT COUNT(*)} just before the drop, or null
 * @param droppedAt when the drop completed, or null
 * @param error why the table was left in place, or null
 */
record DropResult(CleanupOutcome outcome, String ddl, Long rowsAtDrop, Instant droppedAt, String error) {

	static DropResult skipped(CleanupOutcome outcome, String ddl, Long rowsAtDrop, String error) {
		return new DropResult(outcome, ddl, rowsAtDrop, null, error);
	}

}
