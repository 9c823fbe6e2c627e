package com.limsdesk.interfacecheck;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.fault.AlertOutcome;
import com.limsdesk.fault.AlertReport;
import com.limsdesk.fault.FaultAlerts;
import com.limsdesk.fault.LockRaces;
import com.limsdesk.interfacecheck.InterfaceCheckProperties.Endpoint;
import com.limsdesk.servicelevel.FaultCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the check of one endpoint and records it: the result for the reports, the
 * endpoint's state, and the link to fault handling. A failing endpoint opens a fault
 * ticket (category main, the endpoint's severity) once it has failed
 * {@code failures-before-fault} times in a row, and every later failure adds an
 * occurrence to that ticket. The first successful check after that adds a recovery note;
 * a person still records and confirms the fix.
 */
@Service
class InterfaceChecks {

	/** Source named on tickets and journal entries that interface checks create. */
	static final String SOURCE = "interface-check";

	/** Tries to record one check; see {@link #recordWithRetries}. */
	private static final int ATTEMPTS = 5;

	private static final Logger logger = LoggerFactory.getLogger(InterfaceChecks.class);

	private final InterfaceCheckProperties properties;

	private final InterfaceCheckStateRepository states;

	private final InterfaceCheckResultRepository results;

	private final FaultAlerts alerts;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	private final Map<String, EndpointProbe> probes = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

	InterfaceChecks(InterfaceCheckProperties properties, InterfaceCheckStateRepository states,
			InterfaceCheckResultRepository results, FaultAlerts alerts, TransactionTemplate transactionTemplate) {
		this.properties = properties;
		this.states = states;
		this.results = results;
		this.alerts = alerts;
		this.transaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Checks the endpoint and records the result. Two checks of one endpoint never run at
	 * once in this JVM, so a check started by hand waits for a scheduled one.
	 */
	InterfaceCheckResult run(Endpoint endpoint) {
		ReentrantLock lock = this.running.computeIfAbsent(endpoint.name(), (name) -> new ReentrantLock());
		lock.lock();
		try {
			// The call happens outside any transaction, so a slow endpoint keeps no
			// database connection.
			ProbeResult probe = probeOf(endpoint).probe(endpoint);
			InterfaceCheckResult result = recordWithRetries(endpoint, probe);
			if (probe.up()) {
				logger.debug("Interface {} is up: {}", endpoint.name(), probe.message());
			}
			else {
				logger.warn("Interface {} failed ({}): {}", endpoint.name(), probe.failure(), probe.message());
			}
			return result;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Records the check, again when the transaction lost a race, such as for the next
	 * ticket number while other checks open tickets at the same moment.
	 */
	private InterfaceCheckResult recordWithRetries(Endpoint endpoint, ProbeResult probe) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> record(endpoint, probe));
			}
			catch (RuntimeException ex) {
				if (!LockRaces.isLostRace(ex) || attempt >= ATTEMPTS) {
					throw ex;
				}
				logger.info("Recording the check of interface {} lost a race ({}); trying again", endpoint.name(),
						ex.getClass().getSimpleName());
			}
		}
	}

	private InterfaceCheckResult record(Endpoint endpoint, ProbeResult probe) {
		Instant now = SystemContext.now();
		InterfaceCheckState state = lockState(endpoint.name(), now);
		boolean wasDown = state.record(probe.up(), now);
		InterfaceCheckResult result = this.results.save(new InterfaceCheckResult(endpoint.name(), now, probe));
		if (!probe.up() && state.getConsecutiveFailures() >= endpoint.failuresBeforeFault()) {
			AlertOutcome outcome = this.alerts.raise(report(endpoint, probe, state));
			result.linkTicket(outcome.ticketNumber());
			state.linkTicket(outcome.ticketNumber());
			if (outcome.opened()) {
				logger.info("Interface {} opened fault ticket {}", endpoint.name(), outcome.ticketNumber());
			}
		}
		else if (probe.up() && wasDown) {
			Optional<String> ticket = this.alerts.recover(alertKey(endpoint),
					"接口巡检显示 " + endpoint.label() + " 已恢复：" + probe.message());
			ticket.ifPresent(result::linkTicket);
			logger.info("Interface {} is up again{}", endpoint.name(),
					ticket.map((number) -> "; noted on fault ticket " + number).orElse(""));
		}
		return result;
	}

	private AlertReport report(Endpoint endpoint, ProbeResult probe, InterfaceCheckState state) {
		String summary = "接口巡检：" + endpoint.label() + " 不可用（" + probe.message() + "）";
		if (summary.length() > 200) {
			summary = summary.substring(0, 199) + "…";
		}
		String details = "接口：" + endpoint.label() + "（" + endpoint.name() + "）\n地址：" + endpoint.method() + " "
				+ endpoint.url() + "\n期望状态码：" + endpoint.expectedStatus()
				+ ((endpoint.bodyPattern() != null) ? "，响应须包含：" + endpoint.bodyPattern() : "") + "\n结果："
				+ probe.message() + "\n连续失败：" + state.getConsecutiveFailures() + " 次，自 " + state.getStatusSince();
		return new AlertReport(SOURCE, alertKey(endpoint), "接口巡检", endpoint.module(), summary, details,
				FaultCategory.MAIN, endpoint.severity(), this.properties.ticketReporter());
	}

	static String alertKey(Endpoint endpoint) {
		return "interface:" + endpoint.name();
	}

	private InterfaceCheckState lockState(String endpoint, Instant now) {
		Optional<InterfaceCheckState> existing = this.states.lock(endpoint);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			this.newTransaction.executeWithoutResult((status) -> {
				if (!this.states.existsById(endpoint)) {
					this.states.saveAndFlush(new InterfaceCheckState(endpoint, now));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Another desk node created the row at the same moment.
		}
		return this.states.lock(endpoint).orElseThrow();
	}

	private EndpointProbe probeOf(Endpoint endpoint) {
		return this.probes.computeIfAbsent(endpoint.name(),
				(name) -> new EndpointProbe(HttpClient.newBuilder()
					.connectTimeout(endpoint.timeout())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build()));
	}

}
