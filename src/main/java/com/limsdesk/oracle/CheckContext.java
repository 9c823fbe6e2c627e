package com.limsdesk.oracle;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The working context of one check run: the target, an open read-only connection (none
 * for a check that does not read the database), its own statements and its state. Every
 * statement runs with the target's query timeout and bind variables only.
 */
public final class CheckContext {

	/** Oracle's type code for TIMESTAMP WITH TIME ZONE in ojdbc. */
	private static final int ORACLE_TIMESTAMP_TZ = -101;

	private final OracleProperties.Target target;

	private final Connection connection;

	private final CheckQueries queries;

	private final CheckState state;

	private final Duration queryTimeout;

	private LocalDateTime databaseTime;

	public CheckContext(OracleProperties.Target target, Connection connection, CheckQueries queries, CheckState state,
			Duration queryTimeout) {
		this.target = target;
		this.connection = connection;
		this.queries = queries;
		this.state = state;
		this.queryTimeout = queryTimeout;
	}

	public OracleProperties.Target target() {
		return this.target;
	}

	public CheckState state() {
		return this.state;
	}

	public Connection connection() {
		return this.connection;
	}

	/** Runs the named statement of the check with the given bind values. */
	public List<Row> query(String name, Object... binds) throws SQLException {
		return queryText(this.queries.sql(name), binds);
	}

	/** Runs the named statement, which must return exactly one row. */
	public Row single(String name, Object... binds) throws SQLException {
		List<Row> rows = query(name, binds);
		if (rows.size() != 1) {
			throw new SQLException("statement '" + name + "' returned " + rows.size() + " rows, expected one");
		}
		return rows.get(0);
	}

	/**
	 * Runs a statement built from reviewed text only, such as one naming a view from
	 * configuration that was checked to be an identifier.
	 */
	public List<Row> queryText(String sql, Object... binds) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setQueryTimeout(Math.max(1, (int) this.queryTimeout.toSeconds()));
			statement.setFetchSize(500);
			for (int i = 0; i < binds.length; i++) {
				statement.setObject(i + 1, binds[i]);
			}
			try (ResultSet resultSet = statement.executeQuery()) {
				return rows(resultSet);
			}
		}
	}

	/**
	 * Returns the database server's current time ({@code SYSDATE}), read once per run, so
	 * that ages are measured on the server's own clock. Without a connection it is the
	 * desk's clock in the server's zone.
	 */
	public LocalDateTime databaseTime() throws SQLException {
		if (this.databaseTime == null && this.connection == null) {
			this.databaseTime = LocalDateTime.now(this.target.serverZone());
		}
		if (this.databaseTime == null) {
			this.databaseTime = queryText(CheckQueries.of("common").sql("now")).get(0).dateTime("NOW");
		}
		return this.databaseTime;
	}

	private static List<Row> rows(ResultSet resultSet) throws SQLException {
		ResultSetMetaData metaData = resultSet.getMetaData();
		List<Row> rows = new ArrayList<>();
		while (resultSet.next()) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (int column = 1; column <= metaData.getColumnCount(); column++) {
				values.put(metaData.getColumnLabel(column).toUpperCase(Locale.ROOT),
						read(resultSet, column, metaData.getColumnType(column)));
			}
			rows.add(new Row(values));
		}
		return rows;
	}

	private static Object read(ResultSet resultSet, int column, int type) throws SQLException {
		if (type == Types.TIMESTAMP_WITH_TIMEZONE || type == ORACLE_TIMESTAMP_TZ) {
			return resultSet.getObject(column, OffsetDateTime.class);
		}
		Object value = resultSet.getObject(column);
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) Math.min(clob.length(), 32000));
		}
		return value;
	}

}
