package com.limsdesk.oracle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the connections check, under the prefix
 * {@code desk.oracle.thresholds.connections}. Processes and sessions are each judged
 * against their own limit.
 *
 * @param warningPercent usage of a limit, in percent, from which the check warns
 * @param criticalPercent usage of a limit, in percent, from which the check is critical
 */
@ConfigurationProperties("desk.oracle.thresholds.connections")
record ConnectionThresholds(Double warningPercent, Double criticalPercent) {

	ConnectionThresholds {
		warningPercent = (warningPercent != null) ? warningPercent : 80.0;
		criticalPercent = (criticalPercent != null) ? criticalPercent : 90.0;
		if (warningPercent <= 0 || warningPercent > criticalPercent || criticalPercent > 100) {
			throw new IllegalArgumentException("desk.oracle.thresholds.connections is invalid: warning-percent ("
					+ warningPercent + ") must be above 0 and at most critical-percent (" + criticalPercent
					+ "), which must be at most 100");
		}
	}

}
