package com.limsdesk.interfacecheck;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.limsdesk.servicelevel.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the interface checks (接口巡检), under the prefix
 * {@code desk.interface-checks}: the endpoints of the platforms that the LIMS exchanges
 * data with, each called on its own interval.
 *
 * @param endpoints the endpoints to check; none by default
 * @param startDelay how long after the start the first round of checks waits, so that a
 * restart does not hit every platform at once with the desk still warming up; 30 seconds
 * by default
 * @param ticketReporter desk user who confirms the fix of a ticket that a check opened;
 * {@code manager} by default
 */
@ConfigurationProperties("desk.interface-checks")
record InterfaceCheckProperties(List<Endpoint> endpoints, Duration startDelay, String ticketReporter) {

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "OPTIONS");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	InterfaceCheckProperties {
		endpoints = (endpoints != null) ? List.copyOf(endpoints) : List.of();
		startDelay = (startDelay != null && !startDelay.isNegative()) ? startDelay : Duration.ofSeconds(30);
		ticketReporter = (ticketReporter != null && !ticketReporter.isBlank()) ? ticketReporter : "manager";
		Set<String> names = new HashSet<>();
		for (Endpoint endpoint : endpoints) {
			if (!names.add(endpoint.name())) {
				throw new IllegalArgumentException("desk.interface-checks.endpoints: the name '" + endpoint.name()
						+ "' is used twice; each endpoint needs its own name");
			}
		}
	}

	/** Returns the endpoint with the given name, or null. */
	Endpoint endpoint(String name) {
		return this.endpoints.stream().filter((endpoint) -> endpoint.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * One endpoint to check.
	 *
	 * @param name identifier in results, tickets and the REST API: letters, digits, '_'
	 * and '-', at most 64 characters
	 * @param label the platform's name for people, such as 医院 HIS 接口; the name when unset
	 * @param url the http or https URL to call
	 * @param method GET, HEAD, POST, PUT or OPTIONS; GET by default
	 * @param headers request headers, such as a token from the environment
	 * ({@code ${HIS_TOKEN}}); never logged
	 * @param requestBody body sent with POST or PUT, or null
	 * @param expectedStatus the HTTP status of a working endpoint; 200 by default
	 * @param bodyPattern a regular expression that a working endpoint's body must contain
	 * (Java syntax, searched in the first 64 KiB), or null
	 * @param timeout the longest wait for the whole exchange; 10 seconds by default
	 * @param interval the time between two checks; 5 minutes by default, at least 1
	 * second and longer than the timeout
	 * @param failuresBeforeFault consecutive failed checks that open a fault ticket; 1 by
	 * default
	 * @param severity severity of the ticket; 较大 (significant) by default
	 * @param module module named on the ticket; 接口 by default
	 */
	record Endpoint(String name, String label, URI url, String method, Map<String, String> headers, String requestBody,
			int expectedStatus, String bodyPattern, Duration timeout, Duration interval, int failuresBeforeFault,
			Severity severity, String module) {

		Endpoint {
			String prefix = "desk.interface-checks.endpoints[" + name + "]";
			if (name == null || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("desk.interface-checks.endpoints: invalid name '" + name
						+ "'; use 1 to 64 letters, digits, '_' or '-'");
			}
			label = (label != null && !label.isBlank()) ? label : name;
			if (url == null || url.getHost() == null
					|| !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
				throw new IllegalArgumentException(prefix + ".url must be an http or https URL, was " + url);
			}
			method = (method != null && !method.isBlank()) ? method.trim().toUpperCase(Locale.ROOT) : "GET";
			if (!METHODS.contains(method)) {
				throw new IllegalArgumentException(prefix + ".method must be one of " + METHODS + ", was " + method);
			}
			headers = (headers != null) ? Map.copyOf(headers) : Map.of();
			expectedStatus = (expectedStatus != 0) ? expectedStatus : 200;
			if (expectedStatus < 100 || expectedStatus > 599) {
				throw new IllegalArgumentException(
						prefix + ".expected-status must be 100 to 599, was " + expectedStatus);
			}
			if (bodyPattern != null && !bodyPattern.isEmpty()) {
				try {
					Pattern.compile(bodyPattern);
				}
				catch (PatternSyntaxException ex) {
					throw new IllegalArgumentException(
							prefix + ".body-pattern is not a valid regular expression: " + ex.getDescription(), ex);
				}
			}
			else {
				bodyPattern = null;
			}
			timeout = (timeout != null && !timeout.isNegative() && !timeout.isZero()) ? timeout
					: Duration.ofSeconds(10);
			interval = (interval != null) ? interval : Duration.ofMinutes(5);
			if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(timeout) <= 0) {
				throw new IllegalArgumentException(prefix + ".interval must be at least 1 second and longer than "
						+ "the timeout " + timeout + ", was " + interval);
			}
			failuresBeforeFault = (failuresBeforeFault > 0) ? failuresBeforeFault : 1;
			severity = (severity != null) ? severity : Severity.SIGNIFICANT;
			module = (module != null && !module.isBlank()) ? module : "接口";
		}

		/** Leaves the headers and the request body out, because they may hold tokens. */
		@Override
		public String toString() {
			return "Endpoint[" + this.name + " " + this.method + " " + this.url + "]";
		}

		/** Returns the compiled body pattern, or null when none is set. */
		Pattern compiledBodyPattern() {
			return (this.bodyPattern != null) ? Pattern.compile(this.bodyPattern) : null;
		}

	}

}
