package com.limsdesk.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An H2 database in Oracle mode holding copies of the dictionary views the checks read,
 * one script per check under {@code oracle/fixture/} on the class path. Each fixture is a
 * new in-memory database, so scenarios never see each other's rows.
 */
public final class OracleFixture implements AutoCloseable {

	private final String url;

	private final Connection keeper;

	private OracleFixture(String url) throws SQLException {
		this.url = url;
		this.keeper = DriverManager.getConnection(url, "sa", "");
	}

	/** Creates a new fixture database with every fixture script applied. */
	public static OracleFixture create() {
		return create("oracle-" + UUID.randomUUID());
	}

	/**
	 * Creates a fixture database with the given in-memory name, reachable in this JVM.
	 */
	public static OracleFixture create(String name) {
		try {
			OracleFixture fixture = new OracleFixture("jdbc:h2:mem:" + name + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
			Resource[] scripts = new PathMatchingResourcePatternResolver()
				.getResources("classpath:oracle/fixture/*.sql");
			Arrays.sort(scripts, (a, b) -> a.getFilename().compareTo(b.getFilename()));
			for (Resource script : scripts) {
				fixture.execute(script.getContentAsString(StandardCharsets.UTF_8));
			}
			fixture.execute("CREATE ALIAS DESK_SLEEP FOR \"com.limsdesk.oracle.OracleFixture.sleep\"");
			return fixture;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("failed to build the Oracle fixture", ex);
		}
	}

	/** Sleeps for the given milliseconds; the fixture's stand-in for a hung database. */
	public static int sleep(int millis) throws InterruptedException {
		Thread.sleep(millis);
		return 1;
	}

	public String url() {
		return this.url;
	}

	/** Runs statements separated by semicolons at line ends. */
	public void execute(String script) {
		try (Statement statement = this.keeper.createStatement()) {
			for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
				String stripped = stripComments(sql);
				if (!stripped.isBlank()) {
					statement.execute(stripped);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("fixture statement failed: " + ex.getMessage(), ex);
		}
	}

	private static String stripComments(String sql) {
		return sql.lines().filter((line) -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
	}

	/** Returns a target for this fixture with the given name and default settings. */
	public OracleProperties.Target target(String name) {
		return target(name, new OracleProperties.TemporaryTables(null, null, null));
	}

	public OracleProperties.Target target(String name, OracleProperties.TemporaryTables temporaryTables) {
		return new OracleProperties.Target(name, this.url, new OracleProperties.Account("sa", null, null),
				new OracleProperties.Account("sa", null, null), null, null, null, List.of(), temporaryTables);
	}

	/**
	 * Runs a check directly against the fixture with the given state, without the
	 * runner's worker thread and deadline.
	 */
	public CheckResult run(OracleCheck check, CheckState state) {
		return run(check, state, target("fixture"));
	}

	public CheckResult run(OracleCheck check, CheckState state, OracleProperties.Target target) {
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "")) {
			CheckContext context = new CheckContext(target, connection, CheckQueries.of(check.name()), state,
					Duration.ofSeconds(30));
			return check.run(context);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("check " + check.name() + " failed on the fixture: " + ex.getMessage(), ex);
		}
	}

	public CheckResult run(OracleCheck check) {
		return run(check, new CheckState(Map.of()));
	}

	@Override
	public void close() {
		try (Statement statement = this.keeper.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			// The database is gone already.
		}
		try {
			this.keeper.close();
		}
		catch (SQLException ex) {
			// Closed by the shutdown.
		}
	}

}
