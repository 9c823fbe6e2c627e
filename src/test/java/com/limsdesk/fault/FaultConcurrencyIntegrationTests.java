package com.limsdesk.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Several users acting on the desk at the same moment. */
@ProcessIntegrationTest
class FaultConcurrencyIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private FaultTicketService tickets;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void concurrentTriageCompletesOnce() throws Exception {
		FaultProcessScenario scenario = new FaultProcessScenario(this.engine);
		ProcessInstance instance = scenario.start(TestUsers.REPORTER, FaultProcessScenario.report());
		Task triage = scenario.task(instance, FaultProcess.TRIAGE);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Boolean>> engineers = new ArrayList<>();
		for (TestUsers engineer : List.of(TestUsers.ENGINEER, TestUsers.OTHER_ENGINEER)) {
			engineers.add(() -> {
				start.await();
				return scenario.as(engineer, () -> {
					try {
						this.engine.getFormService()
							.submitTaskForm(triage.getId(),
									new HashMap<>(Map.of("category", "main", "severity", "significant")));
						return true;
					}
					catch (RuntimeException ex) {
						return false;
					}
				});
			});
		}

		List<Boolean> outcomes = runTogether(engineers, start);

		assertThat(outcomes).containsExactlyInAnyOrder(true, false);
		FaultTicket ticket = this.tickets.findByNumber(instance.getBusinessKey());
		assertThat(this.tickets.journalOf(ticket)).filteredOn((event) -> "TRIAGED".equals(event.getKind())).hasSize(1);
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FaultProcess.FIX)
			.count()).isEqualTo(1);
	}

	@Test
	void concurrentReportsGetDistinctConsecutiveNumbers() throws Exception {
		FaultProcessScenario scenario = new FaultProcessScenario(this.engine);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> reports = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			reports.add(() -> {
				start.await();
				return scenario.start(TestUsers.REPORTER, FaultProcessScenario.report()).getBusinessKey();
			});
		}

		List<String> numbers = runTogether(reports, start);

		assertThat(numbers).doesNotHaveDuplicates().hasSize(12);
		List<Integer> sequence = numbers.stream()
			.map((number) -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)))
			.sorted()
			.toList();
		assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(11);
	}

	private static <T> List<T> runTogether(List<Callable<T>> work, CountDownLatch start) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(work.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : work) {
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
