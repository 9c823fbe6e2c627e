package com.limsdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.support.DeskIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures how long after its due time the job executor runs a response timer, with the
 * executor idle before each round, which is its slowest case. Not part of {@code ./mvnw
 * verify}; run it with
 * {@code ./mvnw verify -Dit.test=TimerLatencyBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The numbers are written to {@code target/benchmarks/timer-latency.txt}.
 */
@DeskIntegrationTest
class TimerLatencyBenchmark {

	private static final int ROUNDS = 5;

	private static final int TICKETS_PER_ROUND = 10;

	@Autowired
	private FormService formService;

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private IdentityService identityService;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void measuresResponseTimerLatency() throws Exception {
		List<Long> latenciesMillis = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			ClockUtil.reset();
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < TICKETS_PER_ROUND; i++) {
				numbers.add(report());
			}
			// Idle long enough for the job executor to back off to its longest wait.
			Thread.sleep(Duration.ofSeconds(8).toMillis());
			Instant due = this.jdbc
				.queryForObject("select max(response_due) from desk_fault_ticket", java.sql.Timestamp.class)
				.toInstant();
			ClockUtil.setCurrentTime(Date.from(due.plusMillis(1)));
			long movedAt = System.nanoTime();
			List<String> waiting = new ArrayList<>(numbers);
			while (!waiting.isEmpty() && System.nanoTime() - movedAt < Duration.ofSeconds(120).toNanos()) {
				for (String number : List.copyOf(waiting)) {
					if (escalated(number)) {
						latenciesMillis.add((System.nanoTime() - movedAt) / 1_000_000);
						waiting.remove(number);
					}
				}
				Thread.sleep(20);
			}
			assertThat(waiting).as("tickets not escalated in round %d", round).isEmpty();
		}
		write(latenciesMillis);
	}

	private String report() {
		this.identityService.setAuthentication("reporter", List.of("reporters"));
		try {
			Map<String, Object> form = new HashMap<>(Map.of("contactName", "基准", "contactPhone", "010-1234 5678",
					"module", "样品登记", "description", "计时器延迟测量", "affectedUsers", 1, "channel", "tasklist"));
			String definition = this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey("fault-handling")
				.latestVersion()
				.singleResult()
				.getId();
			return this.formService.submitStartForm(definition, form).getBusinessKey();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private boolean escalated(String number) {
		Long count = this.jdbc.queryForObject("select count(*) from desk_fault_event e join desk_fault_ticket t"
				+ " on t.id = e.ticket_id where t.number = ? and e.kind = 'ESCALATED'", Long.class, number);
		return count != null && count > 0;
	}

	private static void write(List<Long> latencies) throws IOException {
		List<Long> sorted = latencies.stream().sorted().toList();
		String result = String.format(
				"response timer latency after the due time, %d timers in %d rounds:%n"
						+ "min %d ms, median %d ms, p95 %d ms, max %d ms%n",
				sorted.size(), ROUNDS, sorted.get(0), sorted.get(sorted.size() / 2),
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
		Path file = Path.of("target", "benchmarks", "timer-latency.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, result);
		System.out.print(result);
	}

}
