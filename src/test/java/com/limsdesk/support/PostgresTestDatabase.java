package com.limsdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL database that all integration tests of one JVM share. It is created on
 * the server given by {@value #URL_PROPERTY} on first use. Databases of earlier test JVMs
 * that no session uses any more are dropped then too. A JVM does not drop its own
 * database at exit, because a shutdown hook would race the application context's own
 * shutdown and leave it waiting for connections.
 */
final class PostgresTestDatabase {

	static final String URL_PROPERTY = "desk.test.postgres.url";

	static final String USER_PROPERTY = "desk.test.postgres.user";

	static final String PASSWORD_PROPERTY = "desk.test.postgres.password";

	static final String REQUIRE_VARIABLE = "DESK_TEST_REQUIRE_POSTGRES";

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	static final String DEFAULT_USER = "postgres";

	static final String DATABASE_NAME_PREFIX = "desk_it_";

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	private static final Duration UNUSED_AFTER = Duration.ofMinutes(10);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static PostgresTestDatabase shared;

	private static RuntimeException failure;

	private final String serverUrl;

	private final String user;

	private final String password;

	private final String name;

	private PostgresTestDatabase(String serverUrl, String user, String password, String name) {
		this.serverUrl = serverUrl;
		this.user = user;
		this.password = password;
		this.name = name;
	}

	/**
	 * Returns the database of this JVM, creating it on the first call.
	 * @throws TestAbortedException when the server is unreachable and
	 * {@value #REQUIRE_VARIABLE} is not {@code true}
	 * @throws IllegalStateException when the server is unreachable and
	 * {@value #REQUIRE_VARIABLE} is {@code true}, or when the database cannot be created
	 */
	static synchronized PostgresTestDatabase get() {
		if (shared != null) {
			return shared;
		}
		// A failed attempt is kept, so that later test classes do not wait for the
		// timeout again.
		if (failure == null) {
			try {
				shared = create();
				return shared;
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		throw failure;
	}

	String name() {
		return this.name;
	}

	String url() {
		return withDatabase(this.serverUrl, this.name);
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	/**
	 * Returns {@code serverUrl} with its database replaced by {@code database}, keeping
	 * host, port and parameters.
	 */
	static String withDatabase(String serverUrl, String database) {
		String prefix = "jdbc:postgresql://";
		if (!serverUrl.startsWith(prefix)) {
			throw new IllegalArgumentException(
					"Invalid " + URL_PROPERTY + " '" + serverUrl + "': expected jdbc:postgresql://HOST:PORT/DATABASE");
		}
		int queryStart = serverUrl.indexOf('?');
		String query = (queryStart < 0) ? "" : serverUrl.substring(queryStart);
		String address = (queryStart < 0) ? serverUrl : serverUrl.substring(0, queryStart);
		int pathStart = address.indexOf('/', prefix.length());
		String hostAndPort = (pathStart < 0) ? address : address.substring(0, pathStart);
		return hostAndPort + "/" + database + query;
	}

	private static PostgresTestDatabase create() {
		String serverUrl = System.getProperty(URL_PROPERTY, DEFAULT_URL);
		String user = System.getProperty(USER_PROPERTY, DEFAULT_USER);
		String password = System.getProperty(PASSWORD_PROPERTY, "");
		String name = newDatabaseName();
		PostgresTestDatabase database = new PostgresTestDatabase(serverUrl, user, password, name);
		try (Connection connection = database.connectToServer(); Statement statement = connection.createStatement()) {
			dropUnused(connection);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw database.failureFor(ex);
		}
		return database;
	}

	/**
	 * Returns a name such as {@code desk_it_20250301083000_1a2b3c4d}: the UTC time of
	 * creation and a random part, so that parallel builds on one server do not collide.
	 */
	private static String newDatabaseName() {
		String timestamp = ZonedDateTime.now(ZoneOffset.UTC).format(TIMESTAMP);
		String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		return DATABASE_NAME_PREFIX + timestamp + "_" + random;
	}

	private Connection connectToServer() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.user);
		properties.setProperty("password", this.password);
		properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
		properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
		return DriverManager.getConnection(this.serverUrl, properties);
	}

	private RuntimeException failureFor(SQLException ex) {
		String server = "PostgreSQL at " + this.serverUrl + " (user " + this.user + ")";
		// SQLSTATE class 08 is "connection exception": refused, timed out or dropped.
		boolean unreachable = (ex.getSQLState() != null) && ex.getSQLState().startsWith("08");
		if (!unreachable) {
			return new IllegalStateException(
					"Failed to create test database " + this.name + " on " + server + ": " + ex.getMessage(), ex);
		}
		String reason = ex.getMessage().endsWith(".") ? ex.getMessage() : ex.getMessage() + ".";
		String message = server + " is unreachable: " + reason + " Start the server, or point " + URL_PROPERTY + " and "
				+ USER_PROPERTY + " at one.";
		if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
			return new IllegalStateException(
					message + " " + REQUIRE_VARIABLE + "=true, so the PostgreSQL integration tests fail.", ex);
		}
		return new TestAbortedException(message + " The PostgreSQL integration tests are skipped; set "
				+ REQUIRE_VARIABLE + "=true to make them fail instead.", ex);
	}

	/**
	 * Drops the test databases that no session is connected to and that are older than
	 * {@link #UNUSED_AFTER}, which are those of test JVMs that have exited. The age keeps
	 * a database that another build has just created but not yet connected to.
	 */
	private static void dropUnused(Connection connection) throws SQLException {
		List<String> unused = new ArrayList<>();
		try (PreparedStatement query = connection
			.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?"
					+ " AND datname NOT IN (SELECT datname FROM pg_stat_activity WHERE datname IS NOT NULL)")) {
			query.setString(1, DATABASE_NAME_PREFIX + "%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					unused.add(rows.getString(1));
				}
			}
		}
		String cutoff = ZonedDateTime.now(ZoneOffset.UTC).minus(UNUSED_AFTER).format(TIMESTAMP);
		for (String name : unused) {
			String created = name.substring(DATABASE_NAME_PREFIX.length()).split("_")[0];
			if (created.compareTo(cutoff) > 0) {
				continue;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
			catch (SQLException ex) {
				// A test JVM that connected in the meantime keeps its database.
			}
		}
	}

}
