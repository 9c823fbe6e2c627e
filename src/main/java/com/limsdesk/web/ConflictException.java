package com.limsdesk.web;

/**
 * Rejection of a sound request that the record's current state does not allow. The desk's
 * REST API returns status 409 for it.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
