package com.limsdesk.oracle;

import java.util.List;

/**
 * The finding of one check on one target.
 *
 * @param check name of the check, such as {@code tablespaces}
 * @param status the outcome
 * @param message plain Chinese sentence for engineers and managers
 * @param figures the measured numbers
 * @param error the database error that stopped the check, or null
 * @param severityHint fault severity code for a ticket raised from this result, or null
 * for the configured default
 */
public record CheckResult(String check, CheckStatus status, String message, List<Figure> figures, String error,
		String severityHint) {

	public CheckResult {
		figures = (figures != null) ? List.copyOf(figures) : List.of();
	}

	public static CheckResult of(String check, CheckStatus status, String message, List<Figure> figures) {
		return new CheckResult(check, status, message, figures, null, null);
	}

	public static CheckResult unknown(String check, String message, String error) {
		return new CheckResult(check, CheckStatus.UNKNOWN, message, List.of(), error, null);
	}

	/**
	 * Returns this result with the given fault severity code for the ticket it raises.
	 */
	public CheckResult withSeverityHint(String severityCode) {
		return new CheckResult(this.check, this.status, this.message, this.figures, this.error, severityCode);
	}

	/** Returns the figure with the given subject and name, or null. */
	public Figure figure(String subject, String name) {
		return this.figures.stream()
			.filter((figure) -> figure.subject().equals(subject) && figure.name().equals(name))
			.findFirst()
			.orElse(null);
	}

}
