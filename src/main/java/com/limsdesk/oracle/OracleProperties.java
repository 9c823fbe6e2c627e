package com.limsdesk.oracle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Oracle databases the desk inspects, under the prefix {@code desk.oracle}. No password
 * is set here: each account names an environment variable or a file that contains it.
 *
 * @param connectTimeout longest wait for a connection to be established
 * @param readTimeout longest wait for any response on an open connection. It is longer
 * than the query timeout, so that a slow query ends by its own timeout first.
 * @param queryTimeout longest run of one statement before it is cancelled
 * @param targets the databases
 */
@ConfigurationProperties("desk.oracle")
public record OracleProperties(Duration connectTimeout, Duration readTimeout, Duration queryTimeout,
		List<Target> targets) {

	public OracleProperties {
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(10);
		queryTimeout = (queryTimeout != null) ? queryTimeout : Duration.ofSeconds(30);
		readTimeout = (readTimeout != null) ? readTimeout : queryTimeout.multipliedBy(2);
		targets = (targets != null) ? List.copyOf(targets) : List.of();
		long distinct = targets.stream().map(Target::name).distinct().count();
		if (distinct != targets.size()) {
			throw new IllegalArgumentException("desk.oracle.targets: every target needs a name of its own");
		}
	}

	/** Returns the target with the given name, or null. */
	public Target target(String name) {
		return this.targets.stream().filter((target) -> target.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * One database.
	 *
	 * @param name short name used in tickets, records and the REST API
	 * @param url JDBC URL; any driver's URL is accepted, so a target may be an H2
	 * database holding a copy of the dictionary views
	 * @param monitor the read-only monitoring account
	 * @param maintenance the account that drops temporary tables; cleanup is off while it
	 * has no user
	 * @param serverZone time zone of the database server, in which its DATE values and
	 * alert log lines are written
	 * @param queryTimeout query timeout of this target, or null for the common one
	 * @param alertLog where the alert log is read
	 * @param diskPaths server file systems checked for free space where they are mounted
	 * on the desk's host
	 * @param temporaryTables which tables count as temporary tables left by maintenance
	 * work
	 */
	public record Target(String name, String url, Account monitor, Account maintenance, ZoneId serverZone,
			Duration queryTimeout, AlertLog alertLog, List<Path> diskPaths, TemporaryTables temporaryTables) {

		public Target {
			if (name == null || !name.matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalArgumentException(
						"desk.oracle.targets[].name must be 1 to 32 letters, digits, '_' or '-', was '" + name + "'");
			}
			if (url == null || !url.startsWith("jdbc:")) {
				throw new IllegalArgumentException("desk.oracle.targets[" + name + "].url must be a JDBC URL");
			}
			monitor = (monitor != null) ? monitor : new Account(null, null, null);
			maintenance = (maintenance != null) ? maintenance : new Account(null, null, null);
			serverZone = (serverZone != null) ? serverZone : ZoneId.of("Asia/Shanghai");
			alertLog = (alertLog != null) ? alertLog : new AlertLog(null, null, null);
			diskPaths = (diskPaths != null) ? List.copyOf(diskPaths) : List.of();
			temporaryTables = (temporaryTables != null) ? temporaryTables : new TemporaryTables(null, null, null);
		}

		/** Returns whether the target runs on Oracle, judged by its URL. */
		public boolean isOracle() {
			return this.url.startsWith("jdbc:oracle:");
		}

		/**
		 * Returns whether a maintenance account is configured, which turns cleanup on.
		 */
		public boolean cleanupEnabled() {
			return this.maintenance.user() != null && !this.maintenance.user().isBlank();
		}

		/**
		 * Returns the default environment variable for a password, such as
		 * DESK_ORACLE_LIMS_MONITOR_PASSWORD.
		 */
		String defaultPasswordVariable(String account) {
			return "DESK_ORACLE_" + this.name.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + account + "_PASSWORD";
		}

	}

	/**
	 * A database account.
	 *
	 * @param user the user name
	 * @param passwordVariable environment variable holding the password
	 * @param passwordFile file holding the password on its first line, used when the
	 * variable is unset
	 */
	public record Account(String user, String passwordVariable, Path passwordFile) {
	}

	/**
	 * The source of the alert log: a file mounted on the desk's host, or a view that the
	 * DBA provides over the alert log ({@code V$DIAG_ALERT_EXT} from 12.2 on, a SYS view
	 * over {@code X$DBGALERTEXT} on 11.2). The file wins when both are set.
	 *
	 * @param file path of {@code alert_SID.log}
	 * @param charset encoding of the file, UTF-8 unless set
	 * @param view name of the view, optionally with its owner
	 */
	public record AlertLog(Path file, String charset, String view) {

		public AlertLog {
			charset = (charset != null && !charset.isBlank()) ? charset : "UTF-8";
			if (view != null && !view.matches("([A-Za-z][A-Za-z0-9_$#]{0,29}\\.)?[A-Za-z][A-Za-z0-9_$#]{0,29}")) {
				throw new IllegalArgumentException("alert-log.view must be [OWNER.]NAME, was '" + view + "'");
			}
		}

	}

	/**
	 * Tables left by maintenance work, input of the cleanup.
	 *
	 * @param schemas owners whose tables are listed; none means the check finds nothing
	 * @param patterns table name patterns in which {@code *} is any text and every other
	 * character is literal, underscores included
	 * @param minimumAge age from creation after which a table is listed
	 */
	public record TemporaryTables(List<String> schemas, List<String> patterns, Duration minimumAge) {

		public TemporaryTables {
			schemas = (schemas != null) ? schemas.stream().map((schema) -> schema.toUpperCase(Locale.ROOT)).toList()
					: List.of();
			patterns = (patterns != null) ? List.copyOf(patterns) : List.of("TMP_*", "TEMP_*", "BAK_*");
			minimumAge = (minimumAge != null) ? minimumAge : Duration.ofDays(30);
		}

	}

}
