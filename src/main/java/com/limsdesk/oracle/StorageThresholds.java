package com.limsdesk.oracle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the storage check, in percent of used space.
 *
 * @param diskGroupWarningPercent used share of an ASM disk group's space after redundancy
 * from which the group is a warning (default 85)
 * @param diskGroupCriticalPercent used share of a disk group from which it is critical
 * (default 95)
 * @param diskWarningPercent used share of a server file system, counting space reserved
 * for root as used, from which it is a warning (default 85)
 * @param diskCriticalPercent used share of a server file system from which it is critical
 * (default 95)
 */
@ConfigurationProperties("desk.oracle.thresholds.storage")
record StorageThresholds(Double diskGroupWarningPercent, Double diskGroupCriticalPercent, Double diskWarningPercent,
		Double diskCriticalPercent) {

	StorageThresholds {
		diskGroupWarningPercent = (diskGroupWarningPercent != null) ? diskGroupWarningPercent : 85.0;
		diskGroupCriticalPercent = (diskGroupCriticalPercent != null) ? diskGroupCriticalPercent : 95.0;
		diskWarningPercent = (diskWarningPercent != null) ? diskWarningPercent : 85.0;
		diskCriticalPercent = (diskCriticalPercent != null) ? diskCriticalPercent : 95.0;
		requireOrdered("disk-group", diskGroupWarningPercent, diskGroupCriticalPercent);
		requireOrdered("disk", diskWarningPercent, diskCriticalPercent);
	}

	private static void requireOrdered(String prefix, double warning, double critical) {
		if (warning < 0 || warning > critical || critical > 100) {
			throw new IllegalArgumentException(
					"desk.oracle.thresholds.storage: " + prefix + "-warning-percent (" + warning + ") and " + prefix
							+ "-critical-percent (" + critical + ") must satisfy 0 <= warning <= critical <= 100");
		}
	}

}
