package com.limsdesk.oracle;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceCheckTests {

	private final OracleFixture fixture = OracleFixture.create();

	private final InstanceCheck check = new InstanceCheck();

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void openInstanceIsOk() {
		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "uptime").value().doubleValue()).isBetween(9.99, 10.01);
		assertThat(result.figure("", "restarted").value().intValue()).isZero();
		assertThat(result.message()).contains("LIMS").contains("11.2.0.4.0");
	}

	@Test
	void mountedInstanceIsCritical() {
		this.fixture.execute("UPDATE V$INSTANCE SET STATUS = 'MOUNTED'; UPDATE V$DATABASE SET OPEN_MODE = 'MOUNTED'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.message()).contains("MOUNTED");
	}

	@Test
	void restrictedLoginsAreCritical() {
		this.fixture.execute("UPDATE V$INSTANCE SET LOGINS = 'RESTRICTED'");

		assertThat(this.fixture.run(this.check).status()).isEqualTo(CheckStatus.CRITICAL);
	}

	@Test
	void stoppedArchiverInArchivelogModeIsCritical() {
		this.fixture.execute("UPDATE V$INSTANCE SET ARCHIVER = 'STOPPED'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.message()).contains("归档进程已停止");
	}

	@Test
	void noArchivelogModeIsWarning() {
		this.fixture
			.execute("UPDATE V$INSTANCE SET ARCHIVER = 'STOPPED'; UPDATE V$DATABASE SET LOG_MODE = 'NOARCHIVELOG'");

		assertThat(this.fixture.run(this.check).status()).isEqualTo(CheckStatus.WARNING);
	}

	@Test
	void readOnlyStandbyIsOk() {
		this.fixture
			.execute("UPDATE V$DATABASE SET OPEN_MODE = 'READ ONLY WITH APPLY', DATABASE_ROLE = 'PHYSICAL STANDBY'");

		assertThat(this.fixture.run(this.check).status()).isEqualTo(CheckStatus.OK);
	}

	@Test
	void readOnlyPrimaryIsCritical() {
		this.fixture.execute("UPDATE V$DATABASE SET OPEN_MODE = 'READ ONLY'");

		assertThat(this.fixture.run(this.check).status()).isEqualTo(CheckStatus.CRITICAL);
	}

	@Test
	void restartSinceLastRunIsWarning() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);
		CheckState next = new CheckState(state.values());
		this.fixture.execute("UPDATE V$INSTANCE SET STARTUP_TIME = SYSDATE - 1");

		CheckResult result = this.fixture.run(this.check, next);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.message()).contains("重启");
		assertThat(result.figure("", "restarted").value().intValue()).isEqualTo(1);
	}

	@Test
	void sameStartupTimeIsNoRestart() {
		CheckState state = new CheckState(Map.of());
		this.fixture.run(this.check, state);

		CheckResult result = this.fixture.run(this.check, new CheckState(state.values()));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
	}

	@Test
	void mountedPluggableDatabaseIsCritical() {
		this.fixture.execute("UPDATE V$INSTANCE SET VERSION = '19.0.0.0.0'; UPDATE V$DATABASE SET CDB = 'YES';"
				+ "\nINSERT INTO V$PDBS (CON_ID, NAME, OPEN_MODE) VALUES (3, 'LIMSPDB', 'MOUNTED')");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.message()).contains("LIMSPDB");
	}

	@Test
	void unreachableDatabaseIsCritical() {
		CheckResult result = this.check.failed(OracleErrors.Problem.UNREACHABLE, "Connection refused");

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
	}

	@Test
	void wrongPasswordIsUnknown() {
		CheckResult result = this.check.failed(OracleErrors.Problem.ACCESS_DENIED, "ORA-01017");

		assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN);
	}

}
