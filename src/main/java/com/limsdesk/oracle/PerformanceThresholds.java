package com.limsdesk.oracle;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the performance check, under the prefix
 * {@code desk.oracle.thresholds.performance}.
 *
 * @param longCallWarning an active user call running longer than this is reported as a
 * warning
 * @param longCallCritical an active user call running longer than this is critical
 * @param blockedWaitWarning a session blocked by another one for longer than this is
 * reported as a warning
 * @param blockedWaitCritical a session blocked for longer than this is critical
 * @param ignoredPrograms patterns of V$SESSION.PROGRAM whose long calls are expected and
 * not reported, such as RMAN channels during a backup; {@code *} is any text, every other
 * character is literal, and case is ignored
 */
@ConfigurationProperties("desk.oracle.thresholds.performance")
record PerformanceThresholds(Duration longCallWarning, Duration longCallCritical, Duration blockedWaitWarning,
		Duration blockedWaitCritical, List<String> ignoredPrograms) {

	PerformanceThresholds {
		longCallWarning = (longCallWarning != null) ? longCallWarning : Duration.ofSeconds(600);
		longCallCritical = (longCallCritical != null) ? longCallCritical : Duration.ofSeconds(3600);
		blockedWaitWarning = (blockedWaitWarning != null) ? blockedWaitWarning : Duration.ofSeconds(60);
		blockedWaitCritical = (blockedWaitCritical != null) ? blockedWaitCritical : Duration.ofSeconds(300);
		ignoredPrograms = (ignoredPrograms != null) ? List.copyOf(ignoredPrograms) : List.of("rman*");
		requireOrder("long-call", longCallWarning, longCallCritical);
		requireOrder("blocked-wait", blockedWaitWarning, blockedWaitCritical);
	}

	private static void requireOrder(String name, Duration warning, Duration critical) {
		if (warning.isNegative() || warning.compareTo(critical) > 0) {
			throw new IllegalArgumentException("desk.oracle.thresholds.performance is invalid: " + name + "-warning ("
					+ warning + ") must not be negative or above " + name + "-critical (" + critical + ")");
		}
	}

}
