package com.limsdesk.intake;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.limsdesk.fault.AlertOutcome;
import com.limsdesk.fault.AlertReport;
import com.limsdesk.fault.AlertSignal;
import com.limsdesk.fault.FaultAlerts;
import com.limsdesk.fault.LockRaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies the reports of monitoring systems to the desk's tickets through
 * {@link FaultAlerts}, which keeps one open ticket per alert key under a database row
 * lock. This class bounds how many reports wait for such locks at once, and repeats a
 * report that lost a race for a lock or for the first record of its key.
 */
@Service
class IntakeService {

	/**
	 * Tries of one report: a lock wait that timed out, or a lost race, is tried again.
	 */
	private static final int ATTEMPTS = 5;

	private static final Logger logger = LoggerFactory.getLogger(IntakeService.class);

	private final FaultAlerts alerts;

	private final IntakeProperties properties;

	private final Semaphore permits;

	IntakeService(FaultAlerts alerts, IntakeProperties properties) {
		this.alerts = alerts;
		this.properties = properties;
		this.permits = new Semaphore(properties.maxConcurrentRequests(), true);
	}

	/**
	 * Applies the report and returns its outcome.
	 * @throws IntakeBusyException when the report waited longer than the queue timeout
	 */
	AlertOutcome receive(AlertRequest request, String account) {
		AlertSignal signal = new AlertSignal(report(request), request.state(), request.eventTime(), account);
		acquire(request);
		try {
			return applyWithRetries(signal);
		}
		finally {
			this.permits.release();
		}
	}

	private AlertOutcome applyWithRetries(AlertSignal signal) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.alerts.receive(signal);
			}
			catch (RuntimeException ex) {
				if (!LockRaces.isLostRace(ex) || attempt >= ATTEMPTS) {
					throw ex;
				}
				logger.info("Alert {} lost a race ({}); trying again, attempt {} of {}", signal.report().key(),
						ex.getClass().getSimpleName(), attempt + 1, ATTEMPTS);
				pause(attempt);
			}
		}
	}

	private void acquire(AlertRequest request) {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.properties.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IntakeBusyException("interrupted while waiting");
		}
		if (!acquired) {
			logger.warn("Alert {} from {} waited {} for its turn; responded with 503", request.key(), request.source(),
					this.properties.queueTimeout());
			throw new IntakeBusyException("too many reports at once; repeat the request later");
		}
	}

	private AlertReport report(AlertRequest request) {
		return new AlertReport(request.source(), request.deskKey(), "监控系统 " + request.source(), request.module(),
				request.summary(), request.details(), request.category(), request.severity(),
				this.properties.ticketReporter());
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IntakeBusyException("interrupted while waiting");
		}
	}

	/** Rejection of a report that could not get its turn; the response is 503. */
	static class IntakeBusyException extends RuntimeException {

		IntakeBusyException(String message) {
			super(message);
		}

	}

}
