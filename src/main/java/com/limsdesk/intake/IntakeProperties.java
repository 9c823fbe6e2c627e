package com.limsdesk.intake;

import java.time.Duration;

import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the fault intake for monitoring systems ({@code POST /api/faults}), under
 * the prefix {@code desk.intake}.
 *
 * @param ticketReporter desk user who confirms the fix of a ticket that monitoring
 * opened; {@code manager} by default
 * @param module module named on a ticket whose report names none
 * @param category category of a ticket whose report suggests none; main by default
 * @param severity severity of a ticket whose report suggests none; 较大 by default
 * @param maxConcurrentRequests reports applied at the same time. Each holds a database
 * connection while it waits for the lock of its alert, so this bound keeps connections
 * free for the desk's users during a burst. 4 by default.
 * @param queueTimeout how long a report waits for its turn before the response is 503 and
 * {@code Retry-After}; 10 seconds by default
 * @param maxEventAge the oldest event time accepted, counted back from now; 30 days by
 * default
 * @param maxClockSkew how far an event time may lie in the future, for clocks that run
 * ahead of the desk's; 5 minutes by default
 */
@ConfigurationProperties("desk.intake")
record IntakeProperties(String ticketReporter, String module, FaultCategory category, Severity severity,
		int maxConcurrentRequests, Duration queueTimeout, Duration maxEventAge, Duration maxClockSkew) {

	IntakeProperties {
		ticketReporter = (ticketReporter != null && !ticketReporter.isBlank()) ? ticketReporter : "manager";
		module = (module != null && !module.isBlank()) ? module : "系统监控";
		category = (category != null) ? category : FaultCategory.MAIN;
		severity = (severity != null) ? severity : Severity.SIGNIFICANT;
		maxConcurrentRequests = (maxConcurrentRequests > 0) ? maxConcurrentRequests : 4;
		queueTimeout = positiveOr(queueTimeout, Duration.ofSeconds(10));
		maxEventAge = positiveOr(maxEventAge, Duration.ofDays(30));
		maxClockSkew = positiveOr(maxClockSkew, Duration.ofMinutes(5));
	}

	private static Duration positiveOr(Duration value, Duration fallback) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
	}

}
