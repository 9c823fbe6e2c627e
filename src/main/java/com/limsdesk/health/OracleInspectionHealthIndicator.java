package com.limsdesk.health;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.oracle.OracleProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the Oracle targets as their last inspection found them, read from the desk's
 * own records, so that the health report never connects to the LIMS database. A target
 * whose last instance check is critical or could not run is down; one without an instance
 * check within {@code desk.health.inspection-max-age} is out of service, because the desk
 * no longer knows its state. The component is named {@code oracleInspection}.
 */
@Component("oracleInspection")
class OracleInspectionHealthIndicator extends AbstractHealthIndicator {

	private static final String LAST_INSTANCE_CHECK = """
			select result.status, result.error, result.message, result.checked_at, inspection.number
			from desk_inspection_result result
			join desk_inspection inspection on inspection.id = result.inspection_id
			where result.target = ? and result.check_name = 'instance'
			order by result.checked_at desc, result.id desc
			limit 1""";

	private final OracleProperties oracle;

	private final HealthProperties properties;

	private final JdbcTemplate jdbc;

	OracleInspectionHealthIndicator(OracleProperties oracle, HealthProperties properties, JdbcTemplate jdbc) {
		super("Reading the last Oracle inspections failed");
		this.oracle = oracle;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Instant now = SystemContext.now();
		Status worst = Status.UP;
		Map<String, Object> targets = new LinkedHashMap<>();
		for (OracleProperties.Target target : this.oracle.targets()) {
			Map<String, Object> detail = targetDetail(target.name(), now);
			targets.put(target.name(), detail);
			worst = worse(worst, (Status) detail.remove("health"));
		}
		builder.status(worst).withDetail("maxAge", this.properties.inspectionMaxAge().toString());
		builder.withDetail("targets", targets);
	}

	private Map<String, Object> targetDetail(String target, Instant now) {
		List<InstanceCheck> rows = this.jdbc.query(LAST_INSTANCE_CHECK,
				(resultSet, index) -> new InstanceCheck(resultSet.getString("status"), resultSet.getString("error"),
						resultSet.getString("message"), resultSet.getTimestamp("checked_at").toInstant(),
						resultSet.getString("number")),
				target);
		Map<String, Object> detail = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			detail.put("health", Status.OUT_OF_SERVICE);
			detail.put("state", "never inspected");
			return detail;
		}
		InstanceCheck check = rows.get(0);
		detail.put("inspection", check.inspection());
		detail.put("checkedAt", check.checkedAt().toString());
		detail.put("instanceCheck", check.status());
		if (check.checkedAt().isBefore(now.minus(this.properties.inspectionMaxAge()))) {
			detail.put("health", Status.OUT_OF_SERVICE);
			detail.put("state", "stale");
		}
		else if ("CRITICAL".equals(check.status()) || "UNKNOWN".equals(check.status())) {
			detail.put("health", Status.DOWN);
			detail.put("state", "failed");
			detail.put("message", (check.error() != null) ? check.error() : check.message());
		}
		else {
			detail.put("health", Status.UP);
			detail.put("state", "current");
		}
		return detail;
	}

	private record InstanceCheck(String status, String error, String message, Instant checkedAt, String inspection) {
	}

	/** Returns the worse of two statuses: down before out of service before up. */
	private static Status worse(Status current, Status candidate) {
		List<Status> order = List.of(Status.DOWN, Status.OUT_OF_SERVICE, Status.UP);
		return (order.indexOf(candidate) < order.indexOf(current)) ? candidate : current;
	}

}
