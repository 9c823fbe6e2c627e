package com.limsdesk.fault;

import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;

/**
 * A problem reported by a machine rather than a person.
 *
 * @param source the reporting system, such as {@code oracle-inspection}
 * @param key what the alert is about, the same for every repetition, such as
 * {@code oracle:LIMS:tablespaces}
 * @param contactName who to ask about it, shown on the ticket
 * @param module the affected module
 * @param summary one line for the ticket
 * @param details the full finding
 * @param category the fault category the ticket starts with
 * @param severity the severity the ticket starts with
 * @param reporterUser desk user who confirms the fix
 */
public record AlertReport(String source, String key, String contactName, String module, String summary, String details,
		FaultCategory category, Severity severity, String reporterUser) {
}
