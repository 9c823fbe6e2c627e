package com.limsdesk.leave;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A task that went from an engineer on leave to their cover, as assignee or as candidate
 * user, and what became of it at the end of the leave.
 */
@Entity
@Table(name = "desk_task_redirection")
public class TaskRedirection {

	/** Role of the absent engineer on the task. */
	public enum Role {

		ASSIGNEE, CANDIDATE

	}

	/** Outcome of the task at the end of the leave. */
	public enum Outcome {

		/** The task went back to the engineer. */
		RETURNED,

		/** The cover chose to keep the task. */
		KEPT,

		/** The task was completed or deleted during the leave. */
		CLOSED,

		/** A user other than the cover held the task, so it stayed with that user. */
		REASSIGNED,

		/**
		 * The engineer left engineers and vendor-support during the leave, for example on
		 * being replaced, so the task stayed with the cover.
		 */
		OFF_POST

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "leave_id", nullable = false, updatable = false)
	private Long leaveId;

	@Column(name = "task_id", nullable = false, updatable = false, length = 64)
	private String taskId;

	@Column(name = "process_instance_id", updatable = false, length = 64)
	private String processInstanceId;

	@Column(name = "business_key", updatable = false)
	private String businessKey;

	@Column(name = "task_name", updatable = false)
	private String taskName;

	@Column(name = "from_user", nullable = false, updatable = false, length = 64)
	private String fromUser;

	@Column(name = "to_user", nullable = false, updatable = false, length = 64)
	private String toUser;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Role role;

	@Column(name = "cover_added", nullable = false, updatable = false)
	private boolean coverAdded;

	@Column(name = "redirected_at", nullable = false, updatable = false)
	private Instant redirectedAt;

	@Column(nullable = false)
	private boolean kept;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private Outcome outcome;

	@Column(name = "settled_at")
	private Instant settledAt;

	protected TaskRedirection() {
	}

	TaskRedirection(Long leaveId, TaskFacts task, String fromUser, String toUser, Role role, boolean coverAdded,
			Instant redirectedAt) {
		this.leaveId = leaveId;
		this.taskId = task.id();
		this.processInstanceId = task.processInstanceId();
		this.businessKey = task.businessKey();
		this.taskName = cut(task.name());
		this.fromUser = fromUser;
		this.toUser = toUser;
		this.role = role;
		this.coverAdded = coverAdded;
		this.redirectedAt = redirectedAt;
	}

	void keep(boolean keep) {
		if (this.outcome != null) {
			throw new IllegalStateException("redirection " + this.id + " is settled as " + this.outcome);
		}
		this.kept = keep;
	}

	void settle(Outcome result, Instant now) {
		this.outcome = result;
		this.settledAt = now;
	}

	private static String cut(String text) {
		return (text != null && text.length() > 255) ? text.substring(0, 255) : text;
	}

	public Long getId() {
		return this.id;
	}

	public Long getLeaveId() {
		return this.leaveId;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getBusinessKey() {
		return this.businessKey;
	}

	public String getTaskName() {
		return this.taskName;
	}

	public String getFromUser() {
		return this.fromUser;
	}

	public String getToUser() {
		return this.toUser;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isCoverAdded() {
		return this.coverAdded;
	}

	public Instant getRedirectedAt() {
		return this.redirectedAt;
	}

	public boolean isKept() {
		return this.kept;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public Instant getSettledAt() {
		return this.settledAt;
	}

	/** The facts of a task that a redirection keeps. */
	record TaskFacts(String id, String processInstanceId, String businessKey, String name) {
	}

}
