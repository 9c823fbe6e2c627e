package com.limsdesk.leave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the tasks of an engineer on leave to their cover, and gives them back at the end
 * of the leave. Each redirection is recorded, so the return finds what to give back.
 */
@Component
class TaskRedirector {

	private static final Logger logger = LoggerFactory.getLogger(TaskRedirector.class);

	private final LeaveCovers covers;

	private final TaskRedirectionRepository redirections;

	private final UserDirectory users;

	TaskRedirector(LeaveCovers covers, TaskRedirectionRepository redirections, UserDirectory users) {
		this.covers = covers;
		this.redirections = redirections;
		this.users = users;
	}

	/**
	 * Redirects a task that is being created or assigned: an assignee on leave is
	 * replaced by their cover, and on creation so is each candidate user on leave.
	 */
	void onTaskEvent(DelegateTask task) {
		Instant now = SystemContext.now();
		String assignee = task.getAssignee();
		if (assignee != null) {
			redirectAssignee(task, assignee, now);
		}
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
			for (IdentityLink link : List.copyOf(task.getCandidates())) {
				if (link.getUserId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
					redirectCandidate(task, link.getUserId(), now);
				}
			}
		}
	}

	private void redirectAssignee(DelegateTask task, String assignee, Instant now) {
		Optional<Leave> leave = this.covers.leaveAt(assignee, now);
		String cover = leave.isPresent() ? this.covers.standIn(assignee, now) : null;
		if (leave.isEmpty() || cover == null) {
			warnWithoutCover(leave, assignee, cover, task.getId());
			return;
		}
		record(leave.get(), facts(task), assignee, cover, TaskRedirection.Role.ASSIGNEE, false, now);
		task.setAssignee(cover);
	}

	private void redirectCandidate(DelegateTask task, String candidate, Instant now) {
		Optional<Leave> leave = this.covers.leaveAt(candidate, now);
		String cover = leave.isPresent() ? this.covers.standIn(candidate, now) : null;
		if (leave.isEmpty() || cover == null) {
			warnWithoutCover(leave, candidate, cover, task.getId());
			return;
		}
		boolean added = task.getCandidates()
			.stream()
			.noneMatch((link) -> cover.equals(link.getUserId()) && IdentityLinkType.CANDIDATE.equals(link.getType()));
		record(leave.get(), facts(task), candidate, cover, TaskRedirection.Role.CANDIDATE, added, now);
		removeNewCandidate(task, candidate);
		if (added) {
			task.addCandidateUser(cover);
		}
	}

	/**
	 * Removes a candidate user from a task being created. The engine's own removal finds
	 * the link with a database query, which cannot see the links of a task that this
	 * command has not written yet, so the link is removed from the task's own list. NOTE:
	 * the read authorization that the engine granted the candidate on the task stays.
	 */
	private static void removeNewCandidate(DelegateTask task, String candidate) {
		if (!(task instanceof TaskEntity entity)) {
			task.deleteCandidateUser(candidate);
			return;
		}
		for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
			if (candidate.equals(link.getUserId()) && IdentityLinkType.CANDIDATE.equals(link.getType())) {
				link.delete();
				entity.getIdentityLinks().remove(link);
			}
		}
	}

	/**
	 * Moves every open task of the leave's engineer to the cover, at the leave's start:
	 * the tasks assigned to them and those offered to them as a candidate user. Tasks
	 * offered to one of their groups stay with the group.
	 */
	List<TaskRedirection> moveExisting(Leave leave, ProcessEngineServices engine, Instant now) {
		TaskService tasks = engine.getTaskService();
		String engineer = leave.getEngineer();
		String cover = this.covers.standIn(engineer, now);
		List<TaskRedirection> moved = new ArrayList<>();
		if (cover == null || cover.equals(engineer)) {
			logger.warn("Leave {}: nobody stands in for {} at {}, so their tasks stay", leave.getNumber(), engineer,
					now);
			return moved;
		}
		for (Task task : tasks.createTaskQuery().taskAssignee(engineer).list()) {
			moved.add(record(leave, facts(task, engine), engineer, cover, TaskRedirection.Role.ASSIGNEE, false, now));
			tasks.setAssignee(task.getId(), cover);
		}
		for (Task task : tasks.createTaskQuery().taskCandidateUser(engineer).list()) {
			List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
			if (!isCandidateUser(links, engineer)) {
				continue;
			}
			boolean added = !isCandidateUser(links, cover);
			moved.add(record(leave, facts(task, engine), engineer, cover, TaskRedirection.Role.CANDIDATE, added, now));
			tasks.deleteCandidateUser(task.getId(), engineer);
			if (added) {
				tasks.addCandidateUser(task.getId(), cover);
			}
		}
		logger.info("Leave {}: moved {} open tasks of {} to {}", leave.getNumber(), moved.size(), engineer, cover);
		return moved;
	}

	/**
	 * Gives each redirected task still open back to the engineer at the end of the leave,
	 * except those the cover keeps and those that somebody else holds by now.
	 */
	List<TaskRedirection> giveBack(Leave leave, TaskService tasks, Instant now) {
		List<TaskRedirection> open = this.redirections.findByLeaveIdOrderByIdAsc(leave.getId())
			.stream()
			.filter((redirection) -> redirection.getOutcome() == null)
			.toList();
		for (TaskRedirection redirection : open) {
			redirection.settle(giveBack(redirection, tasks), now);
		}
		logger.info("Leave {}: settled {} redirected tasks of {}", leave.getNumber(), open.size(), leave.getEngineer());
		return open;
	}

	private TaskRedirection.Outcome giveBack(TaskRedirection redirection, TaskService tasks) {
		Task task = tasks.createTaskQuery().taskId(redirection.getTaskId()).singleResult();
		if (task == null) {
			return TaskRedirection.Outcome.CLOSED;
		}
		if (redirection.isKept()) {
			return TaskRedirection.Outcome.KEPT;
		}
		if (!this.users.isMemberOfAny(redirection.getFromUser(), DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			return TaskRedirection.Outcome.OFF_POST;
		}
		if (redirection.getRole() == TaskRedirection.Role.ASSIGNEE) {
			if (!redirection.getToUser().equals(task.getAssignee())) {
				return TaskRedirection.Outcome.REASSIGNED;
			}
			tasks.setAssignee(task.getId(), redirection.getFromUser());
			return TaskRedirection.Outcome.RETURNED;
		}
		if (redirection.isCoverAdded()) {
			tasks.deleteCandidateUser(task.getId(), redirection.getToUser());
		}
		tasks.addCandidateUser(task.getId(), redirection.getFromUser());
		return TaskRedirection.Outcome.RETURNED;
	}

	private TaskRedirection record(Leave leave, TaskRedirection.TaskFacts task, String from, String to,
			TaskRedirection.Role role, boolean coverAdded, Instant now) {
		TaskRedirection redirection = this.redirections
			.save(new TaskRedirection(leave.getId(), task, from, to, role, coverAdded, now));
		logger.info("Leave {}: task {} ({}) of {} goes to {} as {}", leave.getNumber(), task.id(), task.name(), from,
				to, role);
		return redirection;
	}

	private static void warnWithoutCover(Optional<Leave> leave, String user, String cover, String taskId) {
		if (leave.isPresent() && cover == null) {
			logger.warn("Leave {}: nobody stands in for {}, so task {} stays with them", leave.get().getNumber(), user,
					taskId);
		}
	}

	private static boolean isCandidateUser(List<IdentityLink> links, String user) {
		return links.stream()
			.anyMatch((link) -> user.equals(link.getUserId()) && IdentityLinkType.CANDIDATE.equals(link.getType()));
	}

	private static TaskRedirection.TaskFacts facts(DelegateTask task) {
		String businessKey = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		return new TaskRedirection.TaskFacts(task.getId(), task.getProcessInstanceId(), businessKey, task.getName());
	}

	private static TaskRedirection.TaskFacts facts(Task task, ProcessEngineServices engine) {
		String businessKey = null;
		if (task.getProcessInstanceId() != null) {
			ProcessInstance instance = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.singleResult();
			businessKey = (instance != null) ? instance.getBusinessKey() : null;
		}
		return new TaskRedirection.TaskFacts(task.getId(), task.getProcessInstanceId(), businessKey, task.getName());
	}

}
