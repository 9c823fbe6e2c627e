package com.limsdesk.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.limsdesk.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs checks against targets. Each run gets its own connection on a worker thread and a
 * deadline: a check that outlives it has its connection aborted and ends as hung. Every
 * failure becomes a result, so a caller such as the inspection process never gets an
 * exception from a target.
 */
@Service
public class OracleCheckRunner {

	/** Order in which an inspection runs the checks and lists their results. */
	public static final List<String> CHECK_ORDER = List.of("instance", "tablespaces", "connections", "performance",
			"alert-log", "backups", "storage", "temporary-tables");

	private static final Logger logger = LoggerFactory.getLogger(OracleCheckRunner.class);

	private final OracleProperties properties;

	private final OracleConnections connections;

	private final CheckStateRepository states;

	private final Map<String, OracleCheck> checks;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());

	OracleCheckRunner(OracleProperties properties, OracleConnections connections, CheckStateRepository states,
			List<OracleCheck> checks, PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.connections = connections;
		this.states = states;
		this.checks = checks.stream()
			.sorted(Comparator.comparingInt((OracleCheck check) -> order(check.name())))
			.collect(Collectors.toMap(OracleCheck::name, Function.identity(), (a, b) -> {
				throw new IllegalStateException("two checks are named " + a.name());
			}, java.util.LinkedHashMap::new));
	}

	/** Returns the checks in inspection order. */
	public List<OracleCheck> checks() {
		return List.copyOf(this.checks.values());
	}

	public OracleCheck check(String name) {
		OracleCheck check = this.checks.get(name);
		if (check == null) {
			throw new NotFoundException("check '" + name + "' not found; known checks: " + this.checks.keySet());
		}
		return check;
	}

	public OracleProperties.Target target(String name) {
		OracleProperties.Target target = this.properties.target(name);
		if (target == null) {
			throw new NotFoundException("Oracle target '" + name + "' not found");
		}
		return target;
	}

	/**
	 * Runs one check on one target and stores the check's state when the run completed.
	 */
	public CheckResult run(OracleProperties.Target target, OracleCheck check) {
		CheckState state = loadState(target, check);
		AtomicReference<Connection> connection = new AtomicReference<>();
		Future<CheckResult> run = this.workers.submit(() -> runConnected(target, check, state, connection));
		Duration deadline = deadline(target);
		try {
			CheckResult result = run.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
			saveState(target, check, state);
			return result;
		}
		catch (TimeoutException ex) {
			abort(connection.get());
			run.cancel(true);
			logger.warn("Check {} on target {} ran past its deadline of {} s and was stopped", check.name(),
					target.name(), deadline.toSeconds());
			return check.failed(OracleErrors.Problem.HUNG, "检查在 " + deadline.toSeconds() + " 秒内未完成，连接已中止");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			OracleErrors.Problem problem = OracleErrors.classify(cause);
			logger.warn("Check {} on target {} failed: {} ({})", check.name(), target.name(), problem,
					OracleErrors.describe(cause));
			return check.failed(problem, OracleErrors.describe(cause));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abort(connection.get());
			run.cancel(true);
			return check.failed(OracleErrors.Problem.OTHER, "检查被中断");
		}
	}

	private CheckResult runConnected(OracleProperties.Target target, OracleCheck check, CheckState state,
			AtomicReference<Connection> holder) throws SQLException {
		if (!check.needsConnection(target)) {
			return check
				.run(new CheckContext(target, null, CheckQueries.of(check.name()), state, queryTimeout(target)));
		}
		try (Connection connection = this.connections.openMonitor(target)) {
			holder.set(connection);
			CheckContext context = new CheckContext(target, connection, CheckQueries.of(check.name()), state,
					queryTimeout(target));
			return check.run(context);
		}
	}

	/** Returns the query timeout of the target. */
	public Duration queryTimeout(OracleProperties.Target target) {
		return (target.queryTimeout() != null) ? target.queryTimeout() : this.properties.queryTimeout();
	}

	/**
	 * Returns how long one check may take: the connection, two full query timeouts and a
	 * margin, because a check runs several short statements but only one may be slow.
	 */
	Duration deadline(OracleProperties.Target target) {
		return this.properties.connectTimeout().plus(queryTimeout(target).multipliedBy(2)).plusSeconds(2);
	}

	/**
	 * Loads the check's state; an empty value is a row that a concurrent run only
	 * created.
	 */
	private CheckState loadState(OracleProperties.Target target, OracleCheck check) {
		Map<String, String> values = this.states.findByTargetAndCheckName(target.name(), check.name())
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.collect(Collectors.toMap(CheckStateEntry::getKey, CheckStateEntry::getValue));
		return new CheckState(values);
	}

	/**
	 * Stores the values the run changed, in the caller's transaction, so that they commit
	 * together with the result they led to. Missing rows are created first, each in a
	 * transaction of its own, and then locked, so that two runs of one check on one
	 * target wait for each other instead of failing on the unique key.
	 */
	private void saveState(OracleProperties.Target target, OracleCheck check, CheckState state) {
		if (state.changes().isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		Set<String> existing = this.states.findByTargetAndCheckName(target.name(), check.name())
			.stream()
			.map(CheckStateEntry::getKey)
			.collect(Collectors.toSet());
		for (String key : state.changes().keySet()) {
			if (!existing.contains(key)) {
				createRow(target, check, key, now);
			}
		}
		this.transaction.executeWithoutResult((status) -> {
			Map<String, CheckStateEntry> locked = this.states.lockByTargetAndCheckName(target.name(), check.name())
				.stream()
				.collect(Collectors.toMap(CheckStateEntry::getKey, Function.identity()));
			state.changes().forEach((key, value) -> locked.get(key).update(value, now));
		});
	}

	private void createRow(OracleProperties.Target target, OracleCheck check, String key, Instant now) {
		try {
			this.newTransaction.executeWithoutResult(
					(status) -> this.states.saveAndFlush(new CheckStateEntry(target.name(), check.name(), key, now)));
		}
		catch (DataIntegrityViolationException ex) {
			logger.debug("State {} of check {} on target {} was created by a concurrent run", key, check.name(),
					target.name());
		}
	}

	private void abort(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.abort(this.workers);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Failed to abort a hung connection: {}", ex.toString());
		}
	}

	private static int order(String name) {
		int index = CHECK_ORDER.indexOf(name);
		return (index >= 0) ? index : CHECK_ORDER.size();
	}

	@PreDestroy
	void shutdown() {
		this.workers.shutdownNow();
	}

	private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "oracle-check-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
