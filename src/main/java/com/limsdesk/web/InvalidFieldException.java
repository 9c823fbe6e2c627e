package com.limsdesk.web;

/**
 * Rejection of one input field. The REST API answers it with status 400 and a body that
 * names the field, and the engine rolls back the transaction that raised it.
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
