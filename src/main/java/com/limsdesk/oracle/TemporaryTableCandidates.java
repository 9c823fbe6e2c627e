package com.limsdesk.oracle;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the temporary tables of a target that are old enough to be cleaned up: tables in
 * the configured schemas whose name matches a configured pattern and that were created
 * more than the minimum age ago, on the server's clock. The temporary tables check and
 * the cleanup process share this listing.
 */
public final class TemporaryTableCandidates {

	/** Name of the check whose statements the listing runs. */
	public static final String CHECK_NAME = "temporary-tables";

	/** Orders the largest tables first, then by owner and name. */
	public static final Comparator<TemporaryTableCandidate> LARGEST_FIRST = Comparator
		.comparingLong(TemporaryTableCandidate::bytes)
		.reversed()
		.thenComparing(TemporaryTableCandidate::owner)
		.thenComparing(TemporaryTableCandidate::name);

	private TemporaryTableCandidates() {
	}

	/**
	 * Returns the candidates of the context's target, largest first, each table once even
	 * when it matches several patterns. The context must run the statements of
	 * {@value #CHECK_NAME}.
	 */
	public static List<TemporaryTableCandidate> list(CheckContext context) throws SQLException {
		OracleProperties.TemporaryTables settings = context.target().temporaryTables();
		LocalDateTime cutoff = context.databaseTime().minus(settings.minimumAge());
		Map<String, TemporaryTableCandidate> found = new LinkedHashMap<>();
		for (String schema : settings.schemas()) {
			for (String pattern : settings.patterns()) {
				for (Row row : context.query("candidates", schema, schema, schema,
						TemporaryTablePatterns.toLike(pattern), Timestamp.valueOf(cutoff))) {
					TemporaryTableCandidate candidate = candidate(row);
					found.putIfAbsent(candidate.qualifiedName(), candidate);
				}
			}
		}
		List<TemporaryTableCandidate> candidates = new ArrayList<>(found.values());
		candidates.sort(LARGEST_FIRST);
		return candidates;
	}

	private static TemporaryTableCandidate candidate(Row row) {
		return new TemporaryTableCandidate(rawText(row, "OWNER"), rawText(row, "TABLE_NAME"), row.dateTime("CREATED"),
				(row.number("NUM_ROWS") != null) ? row.number("NUM_ROWS").longValue() : null, row.longValue("BYTES", 0),
				"Y".equals(row.text("TEMPORARY")));
	}

	/**
	 * Returns a name exactly as stored, because a quoted Oracle name may end in spaces
	 * that {@link Row#text} would trim away.
	 */
	private static String rawText(Row row, String column) {
		Object value = row.value(column);
		return (value != null) ? value.toString() : null;
	}

}
