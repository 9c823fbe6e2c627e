package com.limsdesk.oracle;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows added to an alert log view since the last run: {@code V$DIAG_ALERT_EXT}
 * from 12.2 on, or on 11.2 a view that the DBA creates over {@code X$DBGALERTEXT}. The
 * view name is put into the reviewed statements of {@code alert-log.sql}; it was checked
 * to be {@code [OWNER.]NAME} when the configuration was read.
 * <p>
 * The watermark contains the highest record id and the latest timestamp consumed. A row
 * is new when its record id is higher or its timestamp later. So rows written after a
 * purge restarted the record ids are found by their timestamp, and a row already read
 * matches neither condition, even while older rows with higher ids are still in the view.
 * The rows are read in time order, at most a given number per run. After a restart of the
 * ids, a row with exactly the time of the last row read at the row limit is missed.
 */
final class AlertLogView {

	static final String NAME_KEY = "view.name";

	static final String RECORD_ID_KEY = "view.recordId";

	static final String TIME_KEY = "view.time";

	private static final String VIEW_PLACEHOLDER = "{view}";

	private static final long NO_RECORD_ID = -1;

	private final String view;

	private final int maxRows;

	AlertLogView(String view, int maxRows) {
		this.view = view;
		this.maxRows = maxRows;
	}

	/**
	 * Rows and new watermark of one run.
	 *
	 * @param entries the new rows in time order
	 * @param firstRun whether no watermark existed, so only recent rows were read
	 * @param limited whether the run stopped at the row limit
	 * @param state the new watermark, to be stored once the run completes
	 */
	record Read(List<AlertLogEntry> entries, boolean firstRun, boolean limited, Map<String, String> state) {
	}

	/**
	 * Reads the rows since the watermark in the state, or on the first run those after
	 * the cutoff.
	 */
	Read read(CheckContext context, OffsetDateTime firstRunCutoff) throws SQLException {
		CheckState state = context.state();
		boolean firstRun = !this.view.equals(state.get(NAME_KEY)) || state.get(RECORD_ID_KEY) == null
				|| state.get(TIME_KEY) == null;
		long lastRecordId = firstRun ? NO_RECORD_ID : Long.parseLong(state.get(RECORD_ID_KEY));
		OffsetDateTime lastTime = firstRun ? firstRunCutoff : OffsetDateTime.parse(state.get(TIME_KEY));
		// Until a row was consumed there is no record id to compare, only the cutoff.
		List<Row> rows = (lastRecordId == NO_RECORD_ID)
				? context.queryText(statement("entries-since"), lastTime, this.maxRows)
				: context.queryText(statement("new-entries"), lastRecordId, lastTime, this.maxRows);
		List<AlertLogEntry> entries = new ArrayList<>();
		for (Row row : rows) {
			OffsetDateTime time = row.offsetDateTime("ORIGINATING_TIMESTAMP");
			time = (time != null) ? time : lastTime;
			String text = row.text("MESSAGE_TEXT");
			entries.add(new AlertLogEntry(time, (text != null) ? text : "", false));
			lastRecordId = Math.max(lastRecordId, row.longValue("RECORD_ID", lastRecordId));
			lastTime = time.isAfter(lastTime) ? time : lastTime;
		}
		Map<String, String> newState = Map.of(NAME_KEY, this.view, RECORD_ID_KEY, Long.toString(lastRecordId), TIME_KEY,
				lastTime.toString());
		return new Read(entries, firstRun, rows.size() >= this.maxRows, newState);
	}

	private String statement(String name) {
		String template = CheckQueries.of(AlertLogCheck.NAME).sql(name);
		if (!template.contains(VIEW_PLACEHOLDER)) {
			throw new IllegalStateException(
					"statement '" + name + "' in oracle/sql/alert-log.sql lacks " + VIEW_PLACEHOLDER);
		}
		return template.replace(VIEW_PLACEHOLDER, this.view);
	}

}
