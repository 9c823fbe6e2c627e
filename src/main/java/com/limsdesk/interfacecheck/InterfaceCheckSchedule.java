package com.limsdesk.interfacecheck;

import java.time.Instant;

import com.limsdesk.interfacecheck.InterfaceCheckProperties.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Calls each configured endpoint on its own interval, on threads of its own, so that slow
 * endpoints never delay the desk's other scheduled work such as the mail queue. The first
 * round starts {@code start-delay} after the desk is ready.
 */
@Component
class InterfaceCheckSchedule implements DisposableBean {

	/** Threads for the checks; a check waits at most its timeout. */
	private static final int MAX_THREADS = 4;

	private static final Logger logger = LoggerFactory.getLogger(InterfaceCheckSchedule.class);

	private final InterfaceCheckProperties properties;

	private final InterfaceChecks checks;

	private ThreadPoolTaskScheduler scheduler;

	InterfaceCheckSchedule(InterfaceCheckProperties properties, InterfaceChecks checks) {
		this.properties = properties;
		this.checks = checks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.endpoints().isEmpty()) {
			logger.info("No interface endpoints configured under desk.interface-checks.endpoints; no checks run");
			return;
		}
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setPoolSize(Math.min(MAX_THREADS, this.properties.endpoints().size()));
		this.scheduler.setThreadNamePrefix("interface-check-");
		this.scheduler.setWaitForTasksToCompleteOnShutdown(false);
		this.scheduler.initialize();
		Instant first = Instant.now().plus(this.properties.startDelay());
		for (Endpoint endpoint : this.properties.endpoints()) {
			this.scheduler.scheduleAtFixedRate(() -> runSafely(endpoint), first, endpoint.interval());
			logger.info("Checking interface {} every {}, first at {}", endpoint, endpoint.interval(), first);
		}
	}

	/** Runs one check; an error is logged, so that the schedule goes on. */
	private void runSafely(Endpoint endpoint) {
		try {
			this.checks.run(endpoint);
		}
		catch (RuntimeException ex) {
			logger.error("Recording the check of interface {} failed", endpoint.name(), ex);
		}
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
		}
	}

}
