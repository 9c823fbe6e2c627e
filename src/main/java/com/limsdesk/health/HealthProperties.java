package com.limsdesk.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the desk's own health, under the prefix {@code desk.health}.
 *
 * @param inspectionMaxAge the oldest instance check of an Oracle target that still counts
 * as current. An older one, or none, puts the target out of service in the health report.
 * 26 hours by default: one day of the daily inspection and two hours for a late run.
 */
@ConfigurationProperties("desk.health")
record HealthProperties(Duration inspectionMaxAge) {

	HealthProperties {
		inspectionMaxAge = (inspectionMaxAge != null && !inspectionMaxAge.isNegative() && !inspectionMaxAge.isZero())
				? inspectionMaxAge : Duration.ofHours(26);
	}

}
