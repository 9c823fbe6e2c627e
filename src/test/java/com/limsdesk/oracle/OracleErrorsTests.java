package com.limsdesk.oracle;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OracleErrorsTests {

	@ParameterizedTest
	@CsvSource({ "1034, DOWN", "27101, DOWN", "1033, STARTING_OR_STOPPING", "12514, LISTENER", "12505, LISTENER",
			"12541, LISTENER", "18, LIMIT", "20, LIMIT", "12516, LIMIT", "12519, LIMIT", "12520, LIMIT",
			"257, ARCHIVER_STUCK", "1013, HUNG", "1017, ACCESS_DENIED", "28000, ACCESS_DENIED", "942, NO_PRIVILEGE",
			"1031, NO_PRIVILEGE", "1476, OTHER" })
	void vendorCodeDecidesProblem(int code, OracleErrors.Problem expected) {
		SQLException error = new SQLException("ORA-" + String.format("%05d", code) + ": message", "99999", code);

		assertThat(OracleErrors.classify(error)).isEqualTo(expected);
	}

	@Test
	void codeInMessageOfWrappedErrorIsFound() {
		SQLException inner = new SQLException("Listener refused the connection with the following error:\n"
				+ "ORA-12514, TNS:listener does not currently know of service requested");
		SQLException outer = new SQLException("IO Error: failed to connect", "08006", 17002, inner);

		assertThat(OracleErrors.classify(outer)).isEqualTo(OracleErrors.Problem.UNREACHABLE);
		assertThat(OracleErrors.classify(inner)).isEqualTo(OracleErrors.Problem.LISTENER);
	}

	@Test
	void functionErrorWrappedByH2KeepsOraCode() {
		SQLException wrapped = new SQLException(
				"Exception calling user-defined function: ORA-01034: ORACLE not available", "90105", 90105);

		assertThat(OracleErrors.classify(wrapped)).isEqualTo(OracleErrors.Problem.DOWN);
	}

	@Test
	void refusedSocketIsUnreachable() {
		SQLException error = new SQLRecoverableException("IO Error", "08006", 0,
				new ConnectException("Connection refused"));

		assertThat(OracleErrors.classify(error)).isEqualTo(OracleErrors.Problem.UNREACHABLE);
	}

	@Test
	void queryTimeoutIsHung() {
		assertThat(OracleErrors.classify(new SQLTimeoutException("timed out"))).isEqualTo(OracleErrors.Problem.HUNG);
	}

	@Test
	void describeKeepsFirstLineOnly() {
		String described = OracleErrors
			.describe(new SQLException("ORA-00942: table or view does not exist\nat line 3"));

		assertThat(described).isEqualTo("ORA-00942: table or view does not exist");
	}

}
