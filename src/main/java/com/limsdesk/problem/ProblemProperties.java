package com.limsdesk.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of problem management, under the prefix {@code desk.problem}.
 *
 * @param recurrence when recurring faults of one module raise a suggestion
 * @param engineerDays calendar days the resident engineers have from the opening of a
 * problem before it goes to the vendor's maintenance department; 14 by default
 * @param vendorPlanDays calendar days the maintenance department has from the escalation,
 * or from a return of its plans, to deliver the solution and prevention plans; 14 by
 * default
 */
@ConfigurationProperties("desk.problem")
public record ProblemProperties(Recurrence recurrence, int engineerDays, int vendorPlanDays) {

	public ProblemProperties {
		recurrence = (recurrence != null) ? recurrence : new Recurrence(0, null);
		engineerDays = (engineerDays > 0) ? engineerDays : 14;
		vendorPlanDays = (vendorPlanDays > 0) ? vendorPlanDays : 14;
	}

	/**
	 * @param count the number of faults in one module within the window that raises a
	 * suggestion; 3 by default
	 * @param window how far back from a fault's registration or triage the faults are
	 * counted, such as {@code 7d}; 7 days by default
	 */
	public record Recurrence(int count, Duration window) {

		public Recurrence {
			count = (count > 0) ? count : 3;
			window = (window != null && !window.isNegative() && !window.isZero()) ? window : Duration.ofDays(7);
		}

	}

}
