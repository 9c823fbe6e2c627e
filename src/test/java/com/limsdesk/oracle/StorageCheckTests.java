package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StorageCheckTests {

	private static final long MIB = 1024L * 1024;

	private final OracleFixture fixture = OracleFixture.create();

	private final StorageCheck check = new StorageCheck(new StorageThresholds(null, null, null, null));

	@TempDir
	Path directory;

	@AfterEach
	void closeFixture() {
		this.fixture.close();
	}

	@Test
	void databaseWithoutAsmIsOk() {
		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.severityHint()).isNull();
		assertThat(result.figure("", "damaged_files").value().intValue()).isZero();
		assertThat(result.message()).isEqualTo("未查到 ASM 磁盘组；数据文件均正常；未配置服务器磁盘路径");
	}

	@Test
	void diskGroupUsageCountsRedundancy() {
		diskGroup("DATA", "CONNECTED", "NORMAL", 1_000_000, 300_000, 250_000, 25_000);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.severityHint()).isNull();
		assertThat(percent(result, "DATA")).isCloseTo(93.33, within(0.01));
		assertThat(bytes(result, "DATA", "total_bytes")).isEqualTo(1_000_000 * MIB);
		assertThat(bytes(result, "DATA", "usable_free_bytes")).isEqualTo(25_000 * MIB);
		assertThat(result.message()).isEqualTo("ASM 磁盘组 DATA 已用 93.3%（冗余后可用 24.4 GiB）");
	}

	@Test
	void negativeUsableFileSpaceIsCritical() {
		diskGroup("DATA", "CONNECTED", "NORMAL", 1_000_000, 200_000, 250_000, -25_000);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(percent(result, "DATA")).isCloseTo(106.67, within(0.01));
		assertThat(bytes(result, "DATA", "usable_free_bytes")).isEqualTo(-25_000 * MIB);
		assertThat(result.message()).contains("冗余后可用 -24.4 GiB").contains("无法恢复完整冗余");
	}

	@Test
	void fullExternalRedundancyGroupIsCritical() {
		diskGroup("DATA", "CONNECTED", "EXTERN", 500_000, 80_000, 0, 80_000);
		diskGroup("FRA", "CONNECTED", "EXTERN", 200_000, 8_000, 0, 8_000);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(percent(result, "FRA")).isCloseTo(96.0, within(0.001));
		assertThat(percent(result, "DATA")).isCloseTo(84.0, within(0.001));
		assertThat(bytes(result, "FRA", "usable_free_bytes")).isEqualTo(8_000 * MIB);
		assertThat(result.message()).isEqualTo("ASM 磁盘组 FRA 已用 96.0%（冗余后可用 7.8 GiB）");
	}

	@Test
	void dismountedDiskGroupIsCritical() {
		diskGroup("DATA", "CONNECTED", "NORMAL", 1_000_000, 600_000, 100_000, 250_000);
		diskGroup("FRA", "DISMOUNTED", "NORMAL", 0, 0, 0, 0);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(result.figure("FRA", "used_percent")).isNull();
		assertThat(percent(result, "DATA")).isCloseTo(44.44, within(0.01));
		assertThat(result.message()).isEqualTo("ASM 磁盘组 FRA 状态为 DISMOUNTED");
	}

	@Test
	void offlineAsmDiskIsWarning() {
		diskGroup("DATA", "CONNECTED", "NORMAL", 1_000_000, 600_000, 100_000, 250_000);
		this.fixture.execute("UPDATE V$ASM_DISKGROUP_STAT SET OFFLINE_DISKS = 1 WHERE NAME = 'DATA'");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(percent(result, "DATA")).isCloseTo(44.44, within(0.01));
		assertThat(result.message()).isEqualTo("ASM 磁盘组 DATA 有 1 块磁盘脱机，冗余已降低");
	}

	@Test
	void flexGroupDerivesMirrorCopies() {
		assertThat(StorageCheck.mirrorCopies("FLEX", 400_000, 100_000, 100_000)).isEqualTo(3.0);
		assertThat(StorageCheck.mirrorCopies("FLEX", 100_000, 100_000, 0)).isEqualTo(2.0);
		assertThat(StorageCheck.mirrorCopies("HIGH", 400_000, 100_000, 100_000)).isEqualTo(3.0);
		assertThat(StorageCheck.mirrorCopies("EXTERN", 400_000, 0, 400_000)).isEqualTo(1.0);
	}

	@Test
	void offlineDataFileIsCritical() {
		this.fixture.execute("UPDATE V$DATAFILE SET STATUS = 'OFFLINE' WHERE FILE# = 4;\n"
				+ "UPDATE V$DATAFILE_HEADER SET STATUS = 'OFFLINE', ERROR = 'OFFLINE NORMAL', RECOVER = NULL"
				+ " WHERE FILE# = 4");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(result.figure("", "damaged_files").value().intValue()).isEqualTo(1);
		assertThat(result.message())
			.isEqualTo("数据文件 4（/u01/oradata/LIMS/users01.dbf，表空间 USERS）" + "状态为 OFFLINE，文件头错误 OFFLINE NORMAL");
	}

	@Test
	void missingFileNeedingRecoveryIsCritical() {
		this.fixture.execute("UPDATE V$DATAFILE SET STATUS = 'RECOVER' WHERE FILE# = 2;\n"
				+ "UPDATE V$DATAFILE_HEADER SET ERROR = 'FILE NOT FOUND', RECOVER = NULL WHERE FILE# = 2;\n"
				+ "INSERT INTO V$RECOVER_FILE (FILE#, ONLINE, ONLINE_STATUS, ERROR, CHANGE#)"
				+ " VALUES (2, 'ONLINE', 'ONLINE', 'FILE NOT FOUND', 0)");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(result.figure("", "damaged_files").value().intValue()).isEqualTo(1);
		assertThat(result.message())
			.isEqualTo("数据文件 2（/u01/oradata/LIMS/sysaux01.dbf，表空间 SYSAUX）" + "状态为 RECOVER，文件头错误 FILE NOT FOUND，需要介质恢复");
	}

	@Test
	void fileNeedingRecoveryOnPrimaryIsCritical() {
		needRecovery(3);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.figure("", "damaged_files").value().intValue()).isEqualTo(1);
		assertThat(result.message()).endsWith("（/u01/oradata/LIMS/undotbs01.dbf，表空间 UNDOTBS1）需要介质恢复");
	}

	@Test
	void fileNeedingRecoveryOnStandbyIsOk() {
		this.fixture.execute("UPDATE V$DATABASE SET DATABASE_ROLE = 'PHYSICAL STANDBY'");
		needRecovery(3);

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure("", "damaged_files").value().intValue()).isZero();
	}

	@Test
	void messageCountsDamagedFilesPastFive() {
		for (int file = 5; file <= 7; file++) {
			this.fixture.execute(String.format("INSERT INTO V$DATAFILE (FILE#, STATUS, NAME) VALUES (%d, 'ONLINE',"
					+ " '/u02/oradata/LIMS/lims%02d.dbf')", file, file));
		}
		this.fixture.execute("UPDATE V$DATAFILE SET STATUS = 'RECOVER' WHERE FILE# > 1");

		CheckResult result = this.fixture.run(this.check);

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.figure("", "damaged_files").value().intValue()).isEqualTo(6);
		assertThat(result.message()).contains("数据文件 6（").doesNotContain("数据文件 7（");
		assertThat(result.message()).endsWith("另有 1 个数据文件脱机、损坏或需要恢复");
	}

	@Test
	void diskPathBelowThresholdIsOk() throws IOException {
		StorageCheck lenient = new StorageCheck(new StorageThresholds(null, null, 100.0, 100.0));
		FileStore store = Files.getFileStore(this.directory);

		CheckResult result = this.fixture.run(lenient, new CheckState(Map.of()), target(this.directory));

		String subject = this.directory.toString();
		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(bytes(result, subject, "total_bytes")).isEqualTo(store.getTotalSpace());
		assertThat(bytes(result, subject, "free_bytes")).isPositive().isLessThanOrEqualTo(store.getTotalSpace());
		double expected = 100.0 * (store.getTotalSpace() - store.getUsableSpace()) / store.getTotalSpace();
		assertThat(percent(result, subject)).isCloseTo(expected, within(0.5));
		assertThat(result.message()).contains("磁盘 " + subject + " 已用");
	}

	@Test
	void diskAboveWarningIsWarning() {
		StorageCheck strict = new StorageCheck(new StorageThresholds(null, null, 0.0, 100.0));

		CheckResult result = this.fixture.run(strict, new CheckState(Map.of()), target(this.directory));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.severityHint()).isNull();
		assertThat(result.figure(this.directory.toString(), "used_percent")).isNotNull();
		assertThat(result.message()).startsWith("磁盘 " + this.directory + " 已用");
	}

	@Test
	void fullDiskIsCritical() {
		StorageCheck strict = new StorageCheck(new StorageThresholds(null, null, 0.0, 0.0));

		CheckResult result = this.fixture.run(strict, new CheckState(Map.of()), target(this.directory));

		assertThat(result.status()).isEqualTo(CheckStatus.CRITICAL);
		assertThat(result.severityHint()).isEqualTo("critical");
		assertThat(result.figure(this.directory.toString(), "total_bytes")).isNotNull();
	}

	@Test
	void missingPathIsReportedAsNotMounted() {
		Path missing = this.directory.resolve("u02");

		CheckResult result = this.fixture.run(this.check, new CheckState(Map.of()), target(missing));

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.figure(missing.toString(), "used_percent")).isNull();
		assertThat(result.message()).endsWith("路径 " + missing + " 未挂载到本机，未检查");
	}

	@Test
	void thresholdsDefaultToStatedValues() {
		StorageThresholds thresholds = new StorageThresholds(null, null, null, null);

		assertThat(thresholds.diskGroupWarningPercent()).isEqualTo(85.0);
		assertThat(thresholds.diskGroupCriticalPercent()).isEqualTo(95.0);
		assertThat(thresholds.diskWarningPercent()).isEqualTo(85.0);
		assertThat(thresholds.diskCriticalPercent()).isEqualTo(95.0);
	}

	@Test
	void thresholdsBindFromProperties() {
		Map<String, String> properties = Map.of("desk.oracle.thresholds.storage.disk-group-warning-percent", "80",
				"desk.oracle.thresholds.storage.disk-critical-percent", "90");

		StorageThresholds thresholds = new Binder(new MapConfigurationPropertySource(properties))
			.bind("desk.oracle.thresholds.storage", StorageThresholds.class)
			.get();

		assertThat(thresholds.diskGroupWarningPercent()).isEqualTo(80.0);
		assertThat(thresholds.diskCriticalPercent()).isEqualTo(90.0);
		assertThat(thresholds.diskWarningPercent()).isEqualTo(85.0);
	}

	@Test
	void checkIsCreatedFromConfiguration() {
		new ApplicationContextRunner().withUserConfiguration(ThresholdsConfiguration.class, StorageCheck.class)
			.withPropertyValues("desk.oracle.thresholds.storage.disk-warning-percent=70")
			.run((context) -> {
				assertThat(context).hasSingleBean(StorageCheck.class);
				assertThat(context.getBean(StorageThresholds.class).diskWarningPercent()).isEqualTo(70.0);
			});
	}

	@Test
	void thresholdsRejectWarningAboveCritical() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StorageThresholds(null, null, 96.0, null))
			.withMessageContaining("disk-warning-percent (96.0)");
		assertThatIllegalArgumentException().isThrownBy(() -> new StorageThresholds(null, 101.0, null, null))
			.withMessageContaining("disk-group-critical-percent (101.0)");
	}

	private void diskGroup(String name, String state, String type, long totalMb, long freeMb, long requiredMb,
			long usableMb) {
		this.fixture.execute(String.format(
				"INSERT INTO V$ASM_DISKGROUP_STAT (GROUP_NUMBER, NAME, STATE, TYPE,"
						+ " TOTAL_MB, FREE_MB, REQUIRED_MIRROR_FREE_MB, USABLE_FILE_MB, OFFLINE_DISKS)"
						+ " VALUES (1, '%s', '%s', '%s', %d, %d, %d, %d, 0)",
				name, state, type, totalMb, freeMb, requiredMb, usableMb));
	}

	private void needRecovery(int file) {
		this.fixture.execute("UPDATE V$DATAFILE_HEADER SET RECOVER = 'YES' WHERE FILE# = " + file + ";\n"
				+ "INSERT INTO V$RECOVER_FILE (FILE#, ONLINE, ONLINE_STATUS, CHANGE#) VALUES (" + file
				+ ", 'ONLINE', 'ONLINE', 123456)");
	}

	private OracleProperties.Target target(Path diskPath) {
		OracleProperties.Account account = new OracleProperties.Account("sa", null, null);
		return new OracleProperties.Target("fixture", this.fixture.url(), account, account, null, null, null,
				List.of(diskPath), null);
	}

	private static long bytes(CheckResult result, String subject, String name) {
		Figure figure = result.figure(subject, name);
		assertThat(figure).as("figure %s of %s", name, subject).isNotNull();
		assertThat(figure.unit()).isEqualTo("bytes");
		return figure.value().longValueExact();
	}

	private static double percent(CheckResult result, String subject) {
		Figure figure = result.figure(subject, "used_percent");
		assertThat(figure).as("used_percent of %s", subject).isNotNull();
		assertThat(figure.unit()).isEqualTo("percent");
		return figure.value().doubleValue();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StorageThresholds.class)
	static class ThresholdsConfiguration {

	}

}
