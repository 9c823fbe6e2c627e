package com.limsdesk.intake;

import java.time.Instant;

import com.limsdesk.fault.AlertState;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;

/**
 * A checked report of a monitoring system.
 *
 * @param source the reporting system, such as {@code zabbix}
 * @param key what the alert is about, the same for every repetition; unique within the
 * source
 * @param state whether the monitored thing fails or works again
 * @param eventTime when the monitoring system saw the state
 * @param summary one line for the ticket
 * @param details the full finding, or null
 * @param severity the suggested severity
 * @param category the suggested category
 * @param module the affected module
 */
record AlertRequest(String source, String key, AlertState state, Instant eventTime, String summary, String details,
		Severity severity, FaultCategory category, String module) {

	/**
	 * Returns the key of the desk's alert: the source and the key, so that two systems
	 * using the same key never share a ticket.
	 */
	String deskKey() {
		return this.source + "/" + this.key;
	}

}
