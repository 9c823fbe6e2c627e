package com.limsdesk.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.duty.DutyRoster;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.fault.FaultProcess;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.identity.DeskAccounts;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import com.limsdesk.request.RequestProcess;
import com.limsdesk.request.RequestService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Puts an approved candidate on post in place of the engineer they replace, in one
 * transaction: the candidate's account joins {@code engineers}, every open task of the
 * old engineer becomes the new one's, and only then does the old engineer leave
 * {@code engineers}. The system is never without its engineer, and a failure leaves
 * everything as it was.
 */
@Component
class EngineerHandover {

	private final DeskAccounts accounts;

	private final UserDirectory users;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final SystemContext systemContext;

	private final FaultTicketService faults;

	private final RequestService requests;

	private final DutyRoster roster;

	EngineerHandover(DeskAccounts accounts, UserDirectory users, TaskService taskService, RuntimeService runtimeService,
			SystemContext systemContext, FaultTicketService faults, RequestService requests, DutyRoster roster) {
		this.accounts = accounts;
		this.users = users;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.systemContext = systemContext;
		this.faults = faults;
		this.requests = requests;
		this.roster = roster;
	}

	/**
	 * Hands the old engineer's post to the candidate and returns the name of each task
	 * handed over. The tasks of the replacement's own process instance are left alone.
	 */
	List<String> handOver(Replacement replacement, Candidate candidate, String user, Instant now) {
		String newEngineer = candidate.getLoginId();
		String oldEngineer = replacement.getReplacedEngineer();
		if (!this.users.exists(newEngineer)) {
			this.accounts.create(newEngineer, firstName(candidate.getFullName()), lastName(candidate.getFullName()),
					candidate.getEmail());
		}
		this.accounts.addMembership(newEngineer, DeskGroups.ENGINEERS);
		List<Task> handedOver = this.systemContext
			.withoutAuthorization(() -> reassignTasks(oldEngineer, newEngineer, replacement.getProcessInstanceId()));
		for (Task task : handedOver) {
			String businessKey = businessKey(task.getProcessInstanceId());
			if (businessKey != null) {
				note(businessKey, replacement.getNumber(),
						"驻点工程师更换，" + oldEngineer + " 的任务「" + task.getName() + "」转交 " + newEngineer, user, now);
			}
		}
		this.roster.handOver(oldEngineer, newEngineer, user, now);
		this.accounts.removeMembership(oldEngineer, DeskGroups.ENGINEERS);
		return handedOver.stream().map(Task::getName).toList();
	}

	/**
	 * Moves the old engineer's assignments, ownerships and candidate-user entries to the
	 * new engineer, and returns the tasks it changed.
	 */
	private List<Task> reassignTasks(String oldEngineer, String newEngineer, String excludedInstance) {
		Map<String, Task> tasks = new LinkedHashMap<>();
		this.taskService.createTaskQuery()
			.taskAssignee(oldEngineer)
			.list()
			.forEach((task) -> tasks.put(task.getId(), task));
		this.taskService.createTaskQuery()
			.taskOwner(oldEngineer)
			.list()
			.forEach((task) -> tasks.put(task.getId(), task));
		// The candidate-user query also finds the tasks of the engineer's groups;
		// reassign()
		// changes only those that name the engineer.
		this.taskService.createTaskQuery()
			.taskCandidateUser(oldEngineer)
			.includeAssignedTasks()
			.list()
			.forEach((task) -> tasks.put(task.getId(), task));
		List<Task> changed = new ArrayList<>();
		for (Task task : tasks.values()) {
			if (!excludedInstance.equals(task.getProcessInstanceId()) && reassign(task, oldEngineer, newEngineer)) {
				changed.add(task);
			}
		}
		return changed;
	}

	/** Returns whether the task had the old engineer in any role. */
	private boolean reassign(Task task, String oldEngineer, String newEngineer) {
		boolean changed = false;
		if (oldEngineer.equals(task.getAssignee())) {
			this.taskService.setAssignee(task.getId(), newEngineer);
			changed = true;
		}
		if (oldEngineer.equals(task.getOwner())) {
			this.taskService.setOwner(task.getId(), newEngineer);
			changed = true;
		}
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && oldEngineer.equals(link.getUserId())) {
				this.taskService.deleteCandidateUser(task.getId(), oldEngineer);
				this.taskService.addCandidateUser(task.getId(), newEngineer);
				changed = true;
			}
		}
		return changed;
	}

	private String businessKey(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		ProcessInstance instance = this.systemContext
			.withoutAuthorization(() -> this.runtimeService.createProcessInstanceQuery()
				.processInstanceId(processInstanceId)
				.singleResult());
		return (instance != null) ? instance.getBusinessKey() : null;
	}

	/** Notes the handover in the journal of a fault ticket or a service request. */
	private void note(String businessKey, String replacementNumber, String detail, String user, Instant now) {
		if (businessKey.startsWith(FaultProcess.TICKET_PREFIX + "-")) {
			this.faults.noteLink(businessKey, replacementNumber, detail, user, now);
		}
		else if (businessKey.startsWith(RequestProcess.NUMBER_PREFIX + "-")) {
			this.requests.noteLink(businessKey, replacementNumber, detail, user, now);
		}
	}

	/**
	 * Returns the family name, the first character, of a Chinese name. The desk stores it
	 * as the first name, so that first and last name read as the full name.
	 */
	static String firstName(String fullName) {
		return fullName.substring(0, 1);
	}

	static String lastName(String fullName) {
		return fullName.substring(1);
	}

}
