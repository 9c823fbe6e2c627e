package com.limsdesk.fault;

/**
 * The effect of a raised alert.
 *
 * @param ticketNumber the ticket that was opened or updated
 * @param opened whether a new ticket was opened
 * @param occurrences how often the alert was raised while this ticket was open
 */
public record AlertOutcome(String ticketNumber, boolean opened, int occurrences) {
}
