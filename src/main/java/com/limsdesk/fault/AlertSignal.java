package com.limsdesk.fault;

import java.time.Instant;

/**
 * An alert that a monitoring system sent over REST.
 *
 * @param report the alert; its key is unique across sources, and its source is the
 * sending system
 * @param state whether the monitored thing fails or works again
 * @param eventTime when the monitoring system saw the state. Together with the source,
 * key and state it identifies a report, so that a report sent twice takes effect once.
 * @param receivedBy the desk account that sent it
 */
public record AlertSignal(AlertReport report, AlertState state, Instant eventTime, String receivedBy) {
}
