package com.limsdesk.interfacecheck;

/**
 * The finding of one call of an endpoint.
 *
 * @param failure why the endpoint counts as failing, or null when it works
 * @param httpStatus the response status, or null when no response came
 * @param responseMillis time from sending the request to the end of the read body
 * @param message a plain description in Chinese, for results and tickets
 */
record ProbeResult(Failure failure, Integer httpStatus, long responseMillis, String message) {

	boolean up() {
		return this.failure == null;
	}

	/** Kinds of failure, as stored in the results. */
	enum Failure {

		/** Nothing listens at the address, or the host is unknown or unreachable. */
		CONNECTION,

		/** No complete response within the timeout. */
		TIMEOUT,

		/** A response with another status than the expected one. */
		STATUS,

		/** The expected status, but a body without the expected pattern. */
		BODY,

		/** Any other error, such as a TLS failure. */
		ERROR

	}

}
