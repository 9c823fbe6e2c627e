package com.limsdesk.web;

/** A record that the request names does not exist or is not visible to the caller. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
