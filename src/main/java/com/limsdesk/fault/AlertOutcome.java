package com.limsdesk.fault;

/**
 * The effect of a received alert.
 *
 * @param ticketNumber the ticket that was opened or updated, or null when the alert
 * touched none
 * @param opened whether a new ticket was opened
 * @param occurrences how often the alert was raised while this ticket was open
 * @param effect what the alert did
 * @param duplicate whether the same report (source, key, state and event time) had been
 * received before, so that this one changed nothing and the earlier effect is returned
 */
public record AlertOutcome(String ticketNumber, boolean opened, int occurrences, AlertEffect effect,
		boolean duplicate) {

	static AlertOutcome of(String ticketNumber, AlertEffect effect, int occurrences) {
		return new AlertOutcome(ticketNumber, effect == AlertEffect.OPENED, occurrences, effect, false);
	}

}
