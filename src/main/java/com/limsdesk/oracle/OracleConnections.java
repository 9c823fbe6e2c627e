package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Opens connections to the targets. Every connection gets the connect and read timeouts,
 * and the monitoring connection is read-only. The password is read from the environment
 * or its file at each connection, so a changed password needs no restart, and it is never
 * logged.
 */
@Component
public class OracleConnections {

	private static final Logger logger = LoggerFactory.getLogger(OracleConnections.class);

	private final OracleProperties properties;

	private final Function<String, String> environment;

	private final Set<String> introduced = ConcurrentHashMap.newKeySet();

	private final Set<String> missingPasswords = ConcurrentHashMap.newKeySet();

	@Autowired
	OracleConnections(OracleProperties properties) {
		this(properties, System::getenv);
	}

	OracleConnections(OracleProperties properties, Function<String, String> environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** Opens a read-only connection with the monitoring account. */
	public Connection openMonitor(OracleProperties.Target target) throws SQLException {
		Connection connection = open(target, target.monitor(), "MONITOR");
		try {
			connection.setReadOnly(true);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		introduce(target, connection);
		return connection;
	}

	/**
	 * Opens a connection with the maintenance account, which cleanup uses to drop tables.
	 */
	public Connection openMaintenance(OracleProperties.Target target) throws SQLException {
		if (!target.cleanupEnabled()) {
			throw new IllegalStateException("target " + target.name() + " has no maintenance account");
		}
		return open(target, target.maintenance(), "MAINTENANCE");
	}

	private Connection open(OracleProperties.Target target, OracleProperties.Account account, String role)
			throws SQLException {
		if (account.user() == null || account.user().isBlank()) {
			throw new IllegalStateException("target " + target.name() + " has no " + role.toLowerCase() + " user");
		}
		Properties info = new Properties();
		info.setProperty("user", account.user());
		String password = password(target, account, role);
		if (password != null) {
			info.setProperty("password", password);
		}
		else if (this.missingPasswords.add(target.name() + "/" + role)) {
			logger.warn("Target {} has no {} password: set {} or {}.password-file; connecting without one",
					target.name(), role.toLowerCase(), (account.passwordVariable() != null) ? account.passwordVariable()
							: target.defaultPasswordVariable(role),
					role.toLowerCase());
		}
		if (target.isOracle()) {
			info.putAll(oracleTimeouts());
		}
		return DriverManager.getConnection(target.url(), info);
	}

	/** Connection properties of the Oracle thin driver 21.x, in milliseconds. */
	private Map<String, String> oracleTimeouts() {
		return Map.of("oracle.net.CONNECT_TIMEOUT", String.valueOf(this.properties.connectTimeout().toMillis()),
				"oracle.jdbc.ReadTimeout", String.valueOf(this.properties.readTimeout().toMillis()),
				"v$session.program", "lims-service-desk");
	}

	private String password(OracleProperties.Target target, OracleProperties.Account account, String role) {
		String variable = (account.passwordVariable() != null) ? account.passwordVariable()
				: target.defaultPasswordVariable(role);
		String fromEnvironment = this.environment.apply(variable);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		if (account.passwordFile() != null) {
			try {
				return Files.readAllLines(account.passwordFile(), StandardCharsets.UTF_8)
					.stream()
					.findFirst()
					.map(String::strip)
					.orElse(null);
			}
			catch (IOException ex) {
				throw new IllegalStateException("failed to read the " + role.toLowerCase() + " password file of target "
						+ target.name() + ": " + ex.getClass().getSimpleName(), ex);
			}
		}
		return null;
	}

	private void introduce(OracleProperties.Target target, Connection connection) throws SQLException {
		if (this.introduced.add(target.name())) {
			DatabaseMetaData metaData = connection.getMetaData();
			logger.info("Connected to target {}: {} {}, driver {} {}", target.name(), metaData.getDatabaseProductName(),
					metaData.getDatabaseProductVersion().lines().findFirst().orElse(""), metaData.getDriverName(),
					metaData.getDriverVersion());
		}
	}

}
