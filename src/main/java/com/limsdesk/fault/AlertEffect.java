package com.limsdesk.fault;

/** The effect of a received alert on the desk's tickets. */
public enum AlertEffect {

	/** A new ticket was opened. */
	OPENED,

	/** An occurrence was added to the ticket open for the alert key. */
	OCCURRENCE,

	/** A recovery note was added to the open ticket and its engineer was mailed. */
	RECOVERED,

	/** A recovery arrived while no ticket is open for the alert key. */
	NO_OPEN_TICKET,

	/** A recovery arrived for a ticket whose recovery was noted already. */
	ALREADY_RECOVERED,

	/** A recovery arrived whose event time lies before the latest problem report. */
	STALE_RECOVERY

}
