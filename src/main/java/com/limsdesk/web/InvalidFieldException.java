package com.limsdesk.web;

/**
 * Rejection of one input field. The desk's REST API returns status 400 with a body that
 * names the field, and the transaction that raised it is rolled back.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	/** Returns the key of the rejected field, as the form or the request names it. */
	public String field() {
		return this.field;
	}

}
