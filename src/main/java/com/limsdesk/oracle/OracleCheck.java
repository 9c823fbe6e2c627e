package com.limsdesk.oracle;

import java.sql.SQLException;

/**
 * One health check of an Oracle database. A check reads through the context only, keeps
 * what it must remember between runs in the context's state, and returns one result.
 * Errors it does not handle itself end as an {@code UNKNOWN} result in the runner.
 */
public interface OracleCheck {

	/** Returns the name used in configuration, records and the REST API. */
	String name();

	/** Returns the Chinese name shown to users. */
	String label();

	CheckResult run(CheckContext context) throws SQLException;

	/**
	 * Returns whether the check reads the database on the given target. A check that does
	 * not, such as the alert log read from a mounted file, also runs while the database
	 * is down, and its context then has no connection.
	 */
	default boolean needsConnection(OracleProperties.Target target) {
		return true;
	}

	/**
	 * Returns the result of a run that could not finish: {@code UNKNOWN}, because nothing
	 * was measured. The instance check overrides it, since an unreachable or hung
	 * database is its finding.
	 */
	default CheckResult failed(OracleErrors.Problem problem, String error) {
		return CheckResult.unknown(name(), label() + "未能完成：" + problem.label(), error);
	}

}
