package com.limsdesk.change;

import static com.limsdesk.support.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.ProcessScenario;
import com.limsdesk.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two approvers of a high-risk change deciding at the same moment. Each decision
 * commits with its own task, and the join of the approvals runs after both, so neither
 * approver sees an error.
 */
@ProcessIntegrationTest
class ChangeConcurrencyIntegrationTests {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ChangeService changes;

	private ProcessScenario scenario;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.scenario = new ProcessScenario(this.engine, ChangeProcess.KEY);
	}

	@RepeatedTest(3)
	void simultaneousApprovalsBothCommit() throws Exception {
		ProcessInstance instance = this.scenario
			.reload(this.scenario.start(TestUsers.ENGINEER, ChangeRestIntegrationTests.request()));
		this.scenario.complete(instance, ChangeProcess.ASSESS, TestUsers.ENGINEER,
				form("assessment", "涉及报告服务重启", "risk", "high"));
		Task managerTask = claimed(instance, ChangeProcess.MANAGER_APPROVAL, TestUsers.MANAGER);
		Task vendorTask = claimed(instance, ChangeProcess.VENDOR_APPROVAL, TestUsers.SUPPORT);
		CyclicBarrier start = new CyclicBarrier(2);

		CompletableFuture<Void> manager = CompletableFuture.runAsync(() -> {
			await(start);
			this.scenario.submit(managerTask, TestUsers.MANAGER, form("managerDecision", "approve"));
		});
		CompletableFuture<Void> vendor = CompletableFuture.runAsync(() -> {
			await(start);
			this.scenario.submit(vendorTask, TestUsers.SUPPORT, form("vendorDecision", "approve"));
		});
		manager.get(60, TimeUnit.SECONDS);
		vendor.get(60, TimeUnit.SECONDS);
		this.scenario.runAsyncSteps(instance);

		assertThat(instance).isWaitingAt(ChangeProcess.IMPLEMENT);
		Change change = this.changes.findByNumber(instance.getBusinessKey());
		List<ChangeApproval> approvals = this.changes.approvalsOf(change);
		assertThat(approvals).extracting(ChangeApproval::getApproverGroup)
			.containsExactlyInAnyOrder("managers", "vendor-support");
		assertThat(approvals).extracting(ChangeApproval::getDecision).containsOnly(ChangeApproval.Decision.APPROVED);
		assertThat(change.getStatus()).isEqualTo(ChangeStatus.APPROVED);
	}

	private Task claimed(ProcessInstance instance, String activityId, TestUsers user) {
		Task task = this.scenario.task(instance, activityId);
		this.engine.getTaskService().claim(task.getId(), user.id());
		return task;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
