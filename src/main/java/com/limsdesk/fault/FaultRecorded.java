package com.limsdesk.fault;

import java.time.Instant;

/**
 * Published inside the transaction that registers or triages a fault ticket, so that
 * other features can react once it commits, such as the recurrence check of problem
 * management.
 *
 * @param number the ticket number
 * @param module the affected module as the report named it
 * @param at the engine time of the registration or triage
 */
public record FaultRecorded(String number, String module, Instant at) {
}
