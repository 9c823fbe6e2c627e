package com.limsdesk.oracle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the backups check, under the prefix
 * {@code desk.oracle.thresholds.backups}.
 *
 * @param lookBack time before now in which failed jobs are reported and the success rate
 * is computed. When the previous run is longer ago, jobs since that run are reported too.
 * @param databaseBackupWarning age of the last successful database backup (DB FULL or DB
 * INCR) beyond which the check warns
 * @param databaseBackupCritical age of the last successful database backup beyond which
 * the check is critical
 * @param archivelogBackupWarning age of the last archived redo log backup beyond which
 * the check warns
 * @param archivelogBackupCritical age of the last archived redo log backup beyond which
 * the check is critical
 * @param recoveryAreaWarningPercent use of the fast recovery area, net of reclaimable
 * space, in percent, from which the check warns
 * @param recoveryAreaCriticalPercent use of the fast recovery area, net of reclaimable
 * space, in percent, from which the check is critical
 */
@ConfigurationProperties("desk.oracle.thresholds.backups")
record BackupThresholds(Duration lookBack, Duration databaseBackupWarning, Duration databaseBackupCritical,
		Duration archivelogBackupWarning, Duration archivelogBackupCritical, Double recoveryAreaWarningPercent,
		Double recoveryAreaCriticalPercent) {

	BackupThresholds {
		lookBack = (lookBack != null) ? lookBack : Duration.ofDays(2);
		databaseBackupWarning = (databaseBackupWarning != null) ? databaseBackupWarning : Duration.ofHours(26);
		databaseBackupCritical = (databaseBackupCritical != null) ? databaseBackupCritical : Duration.ofHours(50);
		archivelogBackupWarning = (archivelogBackupWarning != null) ? archivelogBackupWarning : Duration.ofHours(26);
		archivelogBackupCritical = (archivelogBackupCritical != null) ? archivelogBackupCritical : Duration.ofHours(50);
		recoveryAreaWarningPercent = (recoveryAreaWarningPercent != null) ? recoveryAreaWarningPercent : 80.0;
		recoveryAreaCriticalPercent = (recoveryAreaCriticalPercent != null) ? recoveryAreaCriticalPercent : 90.0;
		if (lookBack.isNegative() || lookBack.isZero()) {
			throw new IllegalArgumentException(
					"desk.oracle.thresholds.backups.look-back must be positive, was " + lookBack);
		}
		requireOrder("database-backup", databaseBackupWarning, databaseBackupCritical);
		requireOrder("archivelog-backup", archivelogBackupWarning, archivelogBackupCritical);
		if (recoveryAreaWarningPercent <= 0 || recoveryAreaWarningPercent > recoveryAreaCriticalPercent
				|| recoveryAreaCriticalPercent > 100) {
			throw new IllegalArgumentException(
					"desk.oracle.thresholds.backups is invalid: recovery-area-warning-percent ("
							+ recoveryAreaWarningPercent
							+ ") must be above 0 and at most recovery-area-critical-percent ("
							+ recoveryAreaCriticalPercent + "), which must be at most 100");
		}
	}

	private static void requireOrder(String name, Duration warning, Duration critical) {
		if (warning.isNegative() || warning.compareTo(critical) > 0) {
			throw new IllegalArgumentException("desk.oracle.thresholds.backups is invalid: " + name + "-warning ("
					+ warning + ") must not be negative or above " + name + "-critical (" + critical + ")");
		}
	}

}
