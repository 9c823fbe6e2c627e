package com.limsdesk.cleanup;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.oracle.CheckContext;
import com.limsdesk.oracle.CheckQueries;
import com.limsdesk.oracle.CheckState;
import com.limsdesk.oracle.OracleCheckRunner;
import com.limsdesk.oracle.OracleConnections;
import com.limsdesk.oracle.OracleErrors;
import com.limsdesk.oracle.OracleProperties;
import com.limsdesk.oracle.Row;
import com.limsdesk.oracle.TemporaryTablePatterns;
import com.limsdesk.oracle.TemporaryTableCandidates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops approved tables with the maintenance account of their target. For each table, in
 * this order: the stored owner and name must quote safely and still fall under the
 * target's schemas and patterns; DBA_TABLES must still list the table, outside the
 * recycle bin, with the creation time of the listing; its DDL and row count are read;
 * then {@code DROP TABLE "OWNER"."NAME"} runs without PURGE, so that the table stays in
 * the recycle bin. A step that fails leaves the table in place and the next table goes
 * on.
 */
@Component
class TableDropper {

	private static final Logger logger = LoggerFactory.getLogger(TableDropper.class);

	/**
	 * Errors of a table in use: ORA-14452 (a global temporary table that a session has
	 * rows in), ORA-00054 (a table locked by another transaction, since DROP does not
	 * wait) and H2's lock timeout, met on fixture targets.
	 */
	private static final Set<Integer> IN_USE_CODES = Set.of(14452, 54, 50200);

	/** ORA-00942 (table or view does not exist) and H2's code for it. */
	private static final Set<Integer> MISSING_CODES = Set.of(942, 42102);

	private final OracleProperties properties;

	private final OracleConnections connections;

	private final OracleCheckRunner runner;

	TableDropper(OracleProperties properties, OracleConnections connections, OracleCheckRunner runner) {
		this.properties = properties;
		this.connections = connections;
		this.runner = runner;
	}

	/**
	 * Drops the tables of one target and hands each result to the recorder at once. A
	 * target that is gone from the configuration or cannot be reached fails every table.
	 */
	void dropAll(Cleanup cleanup, String targetName, List<CleanupTable> tables,
			BiConsumer<CleanupTable, DropResult> recorder) {
		OracleProperties.Target target = this.properties.target(targetName);
		if (target == null || !target.cleanupEnabled()) {
			failAll(cleanup, targetName, tables, recorder,
					"目标 " + targetName + ((target == null) ? " 已不在配置中" : " 未配置维护账户"));
			return;
		}
		Connection connection;
		try {
			connection = this.connections.openMaintenance(target);
		}
		catch (SQLException | RuntimeException ex) {
			failAll(cleanup, targetName, tables, recorder, "维护账户无法连接：" + OracleErrors.describe(ex));
			return;
		}
		try (connection) {
			Duration timeout = this.runner.queryTimeout(target);
			CheckContext context = new CheckContext(target, connection,
					CheckQueries.of(TemporaryTableCandidates.CHECK_NAME), new CheckState(Map.of()), timeout);
			boolean recycleBin;
			try {
				recycleBin = recycleBinOn(context);
			}
			catch (SQLException | RuntimeException ex) {
				failAll(cleanup, targetName, tables, recorder, "无法读取 recyclebin 参数：" + OracleErrors.describe(ex));
				return;
			}
			for (CleanupTable table : tables) {
				DropResult result = drop(context, timeout, recycleBin, table);
				log(cleanup, table, result);
				recorder.accept(table, result);
			}
		}
		catch (SQLException ex) {
			logger.warn("Closing the maintenance connection to target {} failed: {}", targetName,
					OracleErrors.describe(ex));
		}
	}

	private static void failAll(Cleanup cleanup, String targetName, List<CleanupTable> tables,
			BiConsumer<CleanupTable, DropResult> recorder, String problem) {
		logger.warn("Cleanup {} dropped no table on target {}: {}", cleanup.number(), targetName, problem);
		DropResult failed = DropResult.skipped(CleanupOutcome.FAILED, null, null, problem);
		tables.forEach((table) -> recorder.accept(table, failed));
	}

	/** Returns whether the recycle bin of the session is on, as it is by default. */
	private static boolean recycleBinOn(CheckContext context) throws SQLException {
		List<Row> rows = context.query("recyclebin");
		return rows.isEmpty() || !"off".equalsIgnoreCase(rows.get(0).text("VALUE"));
	}

	/**
	 * Runs the steps for one table and returns a failed step as its result instead of
	 * throwing.
	 */
	DropResult drop(CheckContext context, Duration timeout, boolean recycleBin, CleanupTable table) {
		String quoted;
		try {
			quoted = TableIdentifiers.qualified(table.getOwner(), table.getName());
		}
		catch (IllegalArgumentException ex) {
			return DropResult.skipped(CleanupOutcome.INVALID_NAME, null, null, ex.getMessage());
		}
		if (!inScope(context.target(), table)) {
			return DropResult.skipped(CleanupOutcome.CHANGED, null, null, "不再属于配置的用户或名称模式");
		}
		String ddl = null;
		Long rows = null;
		try {
			DropResult refused = verify(context, recycleBin, table);
			if (refused != null) {
				return refused;
			}
			ddl = ddl(context.connection(), timeout, table);
			rows = context.queryText("SELECT COUNT(*) AS ROW_COUNT FROM " + quoted).get(0).longValue("ROW_COUNT", -1);
			try (Statement statement = context.connection().createStatement()) {
				statement.setQueryTimeout(seconds(timeout));
				statement.execute("DROP TABLE " + quoted);
			}
			return new DropResult(CleanupOutcome.DROPPED, ddl, rows, SystemContext.now(), null);
		}
		catch (SQLException | RuntimeException ex) {
			return DropResult.skipped(outcomeOf(ex), ddl, rows, OracleErrors.describe(ex));
		}
	}

	/**
	 * Checks the table against DBA_TABLES just before the drop. Returns why it must stay,
	 * or null when it may be dropped.
	 */
	private static DropResult verify(CheckContext context, boolean recycleBin, CleanupTable table) throws SQLException {
		List<Row> listed = context.query("table", table.getOwner(), table.getName(), table.getOwner(), table.getName());
		if (listed.isEmpty()) {
			return DropResult.skipped(CleanupOutcome.MISSING, null, null, "DBA_TABLES 中已没有这张表");
		}
		Row current = listed.get(0);
		LocalDateTime created = current.dateTime("CREATED");
		if (table.getCreated() != null && !table.getCreated().equals(created)) {
			return DropResult.skipped(CleanupOutcome.CHANGED, null, null,
					"创建时间由 " + table.getCreated() + " 变为 " + created + "，表在列出后被重新创建");
		}
		String unrecoverable = "Y".equals(current.text("TEMPORARY")) ? null : unrecoverable(recycleBin, current);
		if (unrecoverable != null) {
			return DropResult.skipped(CleanupOutcome.UNRECOVERABLE, null, null, unrecoverable);
		}
		return null;
	}

	private static CleanupOutcome outcomeOf(Exception error) {
		Integer code = OracleErrors.oraCode(error);
		if (code != null && IN_USE_CODES.contains(code)) {
			return CleanupOutcome.IN_USE;
		}
		if (code != null && MISSING_CODES.contains(code)) {
			return CleanupOutcome.MISSING;
		}
		return CleanupOutcome.FAILED;
	}

	/**
	 * Returns why a drop of this table would not go to the recycle bin, or null when it
	 * would. Oracle keeps no dropped table of SYSTEM or of a dictionary-managed
	 * tablespace there.
	 */
	private static String unrecoverable(boolean recycleBin, Row table) {
		if (!recycleBin) {
			return "回收站已关闭（recyclebin=off）";
		}
		if ("SYSTEM".equals(table.text("TABLESPACE_NAME"))) {
			return "表在 SYSTEM 表空间，删除后不进入回收站";
		}
		if ("DICTIONARY".equals(table.text("EXTENT_MANAGEMENT"))) {
			return "表空间 " + table.text("TABLESPACE_NAME") + " 为字典管理，删除后不进入回收站";
		}
		return null;
	}

	/**
	 * Returns whether the table still falls under the target's settings, which may have
	 * changed since the listing.
	 */
	private static boolean inScope(OracleProperties.Target target, CleanupTable table) {
		OracleProperties.TemporaryTables settings = target.temporaryTables();
		return settings.schemas().contains(table.getOwner()) && settings.patterns()
			.stream()
			.anyMatch((pattern) -> TemporaryTablePatterns.matches(pattern, table.getName()));
	}

	/**
	 * Reads the DDL. A DDL longer than its column is cut and ends with a comment that
	 * marks the cut.
	 */
	private static String ddl(Connection connection, Duration timeout, CleanupTable table) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement(CheckQueries.of(TemporaryTableCandidates.CHECK_NAME).sql("ddl"))) {
			statement.setQueryTimeout(seconds(timeout));
			statement.setString(1, table.getName());
			statement.setString(2, table.getOwner());
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					throw new SQLException("DBMS_METADATA.GET_DDL returned no row");
				}
				Object value = result.getObject(1);
				String text = (value instanceof Clob clob)
						? clob.getSubString(1, (int) Math.min(clob.length(), CleanupTable.MAX_DDL_LENGTH))
						: String.valueOf(value);
				long length = (value instanceof Clob clob) ? clob.length() : text.length();
				return (length <= CleanupTable.MAX_DDL_LENGTH) ? text : cut(text);
			}
		}
	}

	private static String cut(String ddl) {
		String marker = "\n-- DDL cut at " + CleanupTable.MAX_DDL_LENGTH + " characters";
		return ddl.substring(0, CleanupTable.MAX_DDL_LENGTH - marker.length()) + marker;
	}

	private static int seconds(Duration timeout) {
		return Math.max(1, (int) timeout.toSeconds());
	}

	private static void log(Cleanup cleanup, CleanupTable table, DropResult result) {
		if (result.outcome() == CleanupOutcome.DROPPED) {
			logger.info("Cleanup {} dropped table {} on target {} ({} rows)", cleanup.number(), table.qualifiedName(),
					table.getTarget(), result.rowsAtDrop());
		}
		else {
			logger.warn("Cleanup {} left table {} on target {} in place: {} ({})", cleanup.number(),
					table.qualifiedName(), table.getTarget(), result.outcome(), result.error());
		}
	}

}
