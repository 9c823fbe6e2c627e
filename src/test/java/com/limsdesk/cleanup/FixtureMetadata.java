package com.limsdesk.cleanup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for {@code DBMS_METADATA.GET_DDL} on the H2 fixture target, registered as
 * {@code CREATE ALIAS DBMS_METADATA.GET_DDL}. It builds the DDL from H2's
 * INFORMATION_SCHEMA and raises ORA-31603, as Oracle does, for a table that is not there.
 */
public final class FixtureMetadata {

	private FixtureMetadata() {
	}

	public static String ddl(Connection connection, String type, String name, String owner) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
					+ " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
			statement.setString(1, owner);
			statement.setString(2, name);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					columns.add("\"" + result.getString(1) + "\" " + result.getString(2));
				}
			}
		}
		if (!"TABLE".equals(type) || columns.isEmpty()) {
			throw new SQLException(
					"ORA-31603: object \"" + name + "\" of type " + type + " not found in schema \"" + owner + "\"",
					"99999", 31603);
		}
		return "CREATE " + (temporary(connection, owner, name) ? "GLOBAL TEMPORARY " : "") + "TABLE \"" + owner
				+ "\".\"" + name + "\" (" + String.join(", ", columns) + ")";
	}

	private static boolean temporary(Connection connection, String owner, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
			statement.setString(1, owner);
			statement.setString(2, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getString(1).contains("TEMPORARY");
			}
		}
	}

}
