package com.limsdesk.fault;

import java.time.Instant;

/**
 * The checked content of a fault report form.
 *
 * @param reporterUser desk user who confirms the fix; null when the person filing
 * confirms it
 */
record FaultReport(String contactName, String contactPhone, String module, String description, int affectedUsers,
		Instant startedAt, ReportChannel channel, String reporterUser) {
}
