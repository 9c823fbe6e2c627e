package com.limsdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.limsdesk.support.DeskHttpClient;
import com.limsdesk.support.DeskHttpClient.Response;
import com.limsdesk.support.DeskIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures how many reports of one alert key {@code POST /api/faults} applies per second
 * when several monitoring threads send them at once, and how long an engineer's ticket
 * list takes meanwhile, against the same list on an idle desk. Not part of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw verify -Dit.test=FaultIntakeBurstBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The numbers are written to {@code target/benchmarks/intake-burst.txt}.
 */
@DeskIntegrationTest
class FaultIntakeBurstBenchmark {

	private static final int THREADS = 8;

	private static final int REPORTS_PER_THREAD = 150;

	@LocalServerPort
	private int port;

	@Test
	void measuresBurstThroughput() throws Exception {
		DeskHttpClient engineer = new DeskHttpClient(this.port, TestUsers.ENGINEER);
		send(new DeskHttpClient(this.port, TestUsers.MONITORING), Instant.now().minus(2, ChronoUnit.HOURS));
		List<Long> idle = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			idle.add(timeTicketList(engineer));
		}

		Instant base = Instant.now().minus(1, ChronoUnit.HOURS);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
		AtomicBoolean bursting = new AtomicBoolean(true);
		List<Long> duringBurst = Collections.synchronizedList(new ArrayList<>());
		Future<?> watcher = pool.submit(() -> {
			while (bursting.get()) {
				duringBurst.add(timeTicketList(engineer));
				sleep(Duration.ofMillis(50));
			}
		});
		long started = System.nanoTime();
		List<Future<?>> senders = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			senders.add(pool.submit(() -> {
				DeskHttpClient monitoring = new DeskHttpClient(this.port, TestUsers.MONITORING);
				for (int i = 0; i < REPORTS_PER_THREAD; i++) {
					send(monitoring, base.plusMillis(thread * 10_000L + i));
				}
			}));
		}
		for (Future<?> sender : senders) {
			sender.get(10, TimeUnit.MINUTES);
		}
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
		bursting.set(false);
		watcher.get(1, TimeUnit.MINUTES);
		pool.shutdown();

		write(THREADS * REPORTS_PER_THREAD, elapsedMillis, idle, new ArrayList<>(duringBurst));
	}

	private static void send(DeskHttpClient monitoring, Instant eventTime) {
		Response response = monitoring.post("/api/faults", Map.of("source", "benchmark", "key", "burst", "state",
				"problem", "eventTime", eventTime.toString(), "summary", "基准测试告警", "severity", "significant"));
		assertThat(response.status()).as(response.body()).isIn(200, 201);
	}

	private static long timeTicketList(DeskHttpClient engineer) {
		long started = System.nanoTime();
		assertThat(engineer.get("/api/faults").status()).isEqualTo(200);
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void write(int reports, long elapsedMillis, List<Long> idle, List<Long> duringBurst)
			throws IOException {
		String result = String.format(
				"%d reports of one key from %d threads in %d ms: %.0f reports/s (%.0f a minute)%n"
						+ "engineer's ticket list, idle: %s%nengineer's ticket list, during the burst: %s%n",
				reports, THREADS, elapsedMillis, reports * 1000.0 / elapsedMillis, reports * 60_000.0 / elapsedMillis,
				summary(idle), summary(duringBurst));
		Path file = Path.of("target", "benchmarks", "intake-burst.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, result);
		System.out.print(result);
	}

	private static String summary(List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return String.format("%d requests, median %d ms, p95 %d ms, max %d ms", sorted.size(),
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get(sorted.size() - 1));
	}

}
