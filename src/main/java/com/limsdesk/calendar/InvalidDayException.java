package com.limsdesk.calendar;

/** Rejection of one calendar entry, naming its position in the list and the property. */
class InvalidDayException extends RuntimeException {

	private final int index;

	private final String property;

	InvalidDayException(int index, String property, String message) {
		super(message);
		this.index = index;
		this.property = property;
	}

	/** Returns the zero-based position of the entry in the list. */
	int index() {
		return this.index;
	}

	/** Returns the rejected property, or null when the entry itself is missing. */
	String property() {
		return this.property;
	}

}
