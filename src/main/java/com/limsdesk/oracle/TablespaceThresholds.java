package com.limsdesk.oracle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the tablespace check. Usage is measured against the size the data files can
 * reach by autoextend. For large tablespaces a percentage of a huge maximum leaves much
 * space unwatched, so their reachable free space is also held against limits in bytes.
 *
 * @param warningPercent used share of the reachable size, in percent, from which a
 * tablespace is a warning (default 85)
 * @param criticalPercent used share from which a tablespace is critical (default 95)
 * @param largeTablespace reachable size above which a smallfile tablespace also gets the
 * free space limits (default 1TB, which Spring reads as 1 TiB). Bigfile tablespaces
 * always get them.
 * @param warningFree reachable free space of a large tablespace below which it is a
 * warning (default 10GB, that is 10 GiB)
 * @param criticalFree reachable free space of a large tablespace below which it is
 * critical (default 2GB, that is 2 GiB)
 */
@ConfigurationProperties("desk.oracle.thresholds.tablespaces")
record TablespaceThresholds(Double warningPercent, Double criticalPercent, DataSize largeTablespace,
		DataSize warningFree, DataSize criticalFree) {

	TablespaceThresholds {
		warningPercent = (warningPercent != null) ? warningPercent : 85.0;
		criticalPercent = (criticalPercent != null) ? criticalPercent : 95.0;
		largeTablespace = (largeTablespace != null) ? largeTablespace : DataSize.ofTerabytes(1);
		warningFree = (warningFree != null) ? warningFree : DataSize.ofGigabytes(10);
		criticalFree = (criticalFree != null) ? criticalFree : DataSize.ofGigabytes(2);
		if (warningPercent < 0 || warningPercent > criticalPercent || criticalPercent > 100) {
			throw new IllegalArgumentException("desk.oracle.thresholds.tablespaces: warning-percent (" + warningPercent
					+ ") and critical-percent (" + criticalPercent + ") must satisfy 0 <= warning <= critical <= 100");
		}
		if (criticalFree.isNegative() || criticalFree.compareTo(warningFree) > 0) {
			throw new IllegalArgumentException("desk.oracle.thresholds.tablespaces: critical-free (" + criticalFree
					+ ") must be at least 0 and at most warning-free (" + warningFree + ")");
		}
	}

}
