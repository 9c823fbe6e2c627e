package com.limsdesk.interfacecheck;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.interfacecheck.InterfaceCheckProperties.Endpoint;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The interface checks for staff: each endpoint's state and its availability over a
 * period, the results of one endpoint, and a check on demand. Periods are whole days in
 * the institute's zone, both ends included; the last 7 days by default.
 */
@RestController
@RequestMapping("/api/interface-checks")
class InterfaceCheckController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private static final String[] RUNNERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT,
			DeskGroups.ADMINISTRATORS };

	private static final int MAX_RESULTS = 1000;

	private final InterfaceCheckProperties properties;

	private final InterfaceChecks checks;

	private final InterfaceCheckStateRepository states;

	private final InterfaceCheckResultRepository results;

	private final CurrentUser currentUser;

	private final ZoneId zone;

	InterfaceCheckController(InterfaceCheckProperties properties, InterfaceChecks checks,
			InterfaceCheckStateRepository states, InterfaceCheckResultRepository results, CurrentUser currentUser,
			DeskProperties deskProperties) {
		this.properties = properties;
		this.checks = checks;
		this.states = states;
		this.results = results;
		this.currentUser = currentUser;
		this.zone = deskProperties.zone();
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<EndpointView> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		require(READERS);
		Period period = period(from, to);
		return this.properties.endpoints().stream().map((endpoint) -> view(endpoint, period)).toList();
	}

	@GetMapping("/{name}/results")
	@Transactional(readOnly = true)
	List<ResultView> results(@PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "200") int limit) {
		require(READERS);
		Endpoint endpoint = endpoint(name);
		if (limit < 1 || limit > MAX_RESULTS) {
			throw new InvalidFieldException("limit", "must be 1 to " + MAX_RESULTS + ", was " + limit);
		}
		Period period = period(from, to);
		return this.results
			.findByEndpointAndCheckedAtGreaterThanEqualAndCheckedAtLessThanOrderByCheckedAtDesc(endpoint.name(),
					period.start(), period.end(), PageRequest.of(0, limit))
			.stream()
			.map(ResultView::of)
			.toList();
	}

	@PostMapping("/{name}/run")
	ResultView run(@PathVariable String name) {
		require(RUNNERS);
		return ResultView.of(this.checks.run(endpoint(name)));
	}

	private EndpointView view(Endpoint endpoint, Period period) {
		Object[] figures = this.results.figures(endpoint.name(), period.start(), period.end()).get(0);
		long checked = ((Number) figures[0]).longValue();
		long failed = ((Number) figures[1]).longValue();
		Double availability = (checked > 0) ? Math.round(10000.0 * (checked - failed) / checked) / 100.0 : null;
		InterfaceCheckState state = this.states.findById(endpoint.name()).orElse(null);
		return new EndpointView(endpoint.name(), endpoint.label(), endpoint.method(), withoutUserInfo(endpoint.url()),
				endpoint.interval().toSeconds(), (state != null) ? state.getStatus().name() : null,
				(state != null) ? state.getStatusSince() : null, (state != null) ? state.getLastCheckedAt() : null,
				(state != null) ? state.getConsecutiveFailures() : 0, (state != null) ? state.getTicketNumber() : null,
				new Figures(period.from(), period.to(), checked, failed, availability,
						Math.round(((Number) figures[2]).doubleValue()), ((Number) figures[3]).longValue()));
	}

	private Period period(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.ofInstant(SystemContext.now(), this.zone);
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusDays(6);
		if (first.isAfter(last)) {
			throw new InvalidFieldException("from", "lies after to (" + first + " > " + last + ")");
		}
		if (ChronoUnit.DAYS.between(first, last) > 366) {
			throw new InvalidFieldException("from", "the period may span at most 366 days");
		}
		return new Period(first, last, first.atStartOfDay(this.zone).toInstant(),
				last.plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	private Endpoint endpoint(String name) {
		Endpoint endpoint = this.properties.endpoint(name);
		if (endpoint == null) {
			throw new NotFoundException("interface endpoint " + name + " not found");
		}
		return endpoint;
	}

	private void require(String... groups) {
		if (!this.currentUser.isInAny(groups)) {
			throw new AuthorizationException("The user with id '" + this.currentUser.id()
					+ "' may not use the interface checks: they are for " + String.join(", ", groups));
		}
	}

	private static String withoutUserInfo(URI url) {
		return (url.getUserInfo() == null) ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "");
	}

	private record Period(LocalDate from, LocalDate to, Instant start, Instant end) {
	}

	/** An endpoint with its current state and its figures over the period. */
	record EndpointView(String name, String label, String method, String url, long intervalSeconds, String status,
			Instant statusSince, Instant lastCheckedAt, int consecutiveFailures, String ticketNumber, Figures figures) {
	}

	/**
	 * Checks of one endpoint over a period.
	 *
	 * @param availabilityPercent share of checks that passed, with two decimals, or null
	 * without checks
	 */
	record Figures(LocalDate from, LocalDate to, long checks, long failures, Double availabilityPercent,
			long averageMillis, long maxMillis) {
	}

	/** One check. */
	record ResultView(long id, String endpoint, Instant checkedAt, String outcome, String failure, Integer httpStatus,
			long responseMillis, String message, String ticketNumber) {

		static ResultView of(InterfaceCheckResult result) {
			return new ResultView(result.getId(), result.getEndpoint(), result.getCheckedAt(),
					result.getOutcome().name(), (result.getFailure() != null) ? result.getFailure().name() : null,
					result.getHttpStatus(), result.getResponseMillis(), result.getMessage(), result.getTicketNumber());
		}

	}

}
