package com.limsdesk.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.engine.TaskViews;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the engineer replacement process, called from its BPMN as
 * {@code ${replacementSteps.reviewed(task)}}. Each step checks who completes it, reads
 * its form and calls {@link ReplacementService}; a bad field rolls the completion back
 * and leaves the task open.
 */
@Component("replacementSteps")
public class ReplacementSteps {

	private static final List<String> STARTERS = List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT);

	private static final List<String> VENDOR = List.of(DeskGroups.VENDOR_SUPPORT);

	private static final List<String> MANAGERS = List.of(DeskGroups.MANAGERS);

	private static final String APPROVE = "approve";

	private static final String EXTEND = "extend";

	private static final String REJECT = "reject";

	private final ReplacementService replacements;

	private final ReplacementForms forms;

	private final ReplacementMail mail;

	private final EngineerHandover handover;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ReplacementSteps(ReplacementService replacements, ReplacementForms forms, ReplacementMail mail,
			EngineerHandover handover, CurrentUser currentUser, DeskProperties properties) {
		this.replacements = replacements;
		this.forms = forms;
		this.mail = mail;
		this.handover = handover;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Checks the request, records it and makes the replacement number the business key.
	 */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.requireMemberOf("提出人员更换", STARTERS);
		boolean manager = this.currentUser.isInAny(DeskGroups.MANAGERS);
		ReplacementForms.Request request = this.forms.request(this.forms.values(execution.getVariables()), manager);
		Replacement replacement = this.replacements.request(request, user, execution.getProcessInstanceId(),
				SystemContext.now());
		execution.setProcessBusinessKey(replacement.getNumber());
		execution.removeVariables(ReplacementForms.REQUEST_FIELDS);
		execution.setVariable(ReplacementProcess.Variables.NUMBER, replacement.getNumber());
		this.mail.requested(replacement);
	}

	/** Shows the replacement and its current candidate on each task. */
	public void details(DelegateTask task) {
		Replacement replacement = replacement(task.getProcessInstanceId());
		StringBuilder text = new StringBuilder(this.mail.summary(replacement));
		for (Candidate candidate : this.replacements.candidatesOf(replacement)) {
			text.append("\n第 ")
				.append(candidate.getProposalNumber())
				.append(" 位候选人（")
				.append(candidate.getStatus().label())
				.append("）\n")
				.append(ReplacementMail.profile(candidate));
			if (candidate.getTrainingStart() != null) {
				text.append(training(candidate));
			}
		}
		task.setVariableLocal("replacementSummary", TaskViews.fit(text.toString()));
	}

	private String training(Candidate candidate) {
		List<TrainingEntry> log = this.replacements.trainingLogOf(candidate);
		BigDecimal hours = log.stream().map(TrainingEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
		return "培训：" + candidate.getTrainingStart() + " 起，最早 " + candidate.getTrainingEnd() + " 可批准上岗，带教人 "
				+ candidate.getTrainer() + "\n系统架构：" + candidate.getPlanArchitecture() + "\n运维要求："
				+ candidate.getPlanOperation()
				+ ((candidate.getPlanOther() != null) ? "\n其他：" + candidate.getPlanOther() : "") + "\n培训记录 "
				+ log.size() + " 条，共 " + hours.toPlainString() + " 小时\n";
	}

	/** Records the vendor's candidate. */
	public void proposed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), VENDOR);
		Replacement replacement = replacement(task.getProcessInstanceId());
		Candidate.Profile profile = this.forms.profile(this.forms.values(task.getVariables()), replacement);
		Candidate candidate = this.replacements.propose(replacement, profile, user, SystemContext.now());
		SubmittedFields.remove(task, ReplacementForms.PROFILE_FIELDS);
		this.mail.candidateProposed(replacement, candidate);
	}

	/** Records the institute's review of the candidate: accepted for training or not. */
	public void reviewed(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), MANAGERS);
		Replacement replacement = replacement(task.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		ReplacementForms.Decision decision = this.forms.decision(this.forms.values(task.getVariables()),
				"candidateDecision", "审核结论", List.of("accept", REJECT), "candidateComment", "不接受候选人时必须说明理由");
		boolean accepted = "accept".equals(decision.choice());
		if (accepted) {
			this.replacements.acceptCandidate(replacement, candidate, decision.reason(), user, SystemContext.now());
		}
		else {
			this.replacements.rejectCandidate(replacement, candidate, ReplacementDecision.Kind.CANDIDATE_REJECTED,
					decision.reason(), user, SystemContext.now());
		}
		SubmittedFields.remove(task, List.of("candidateDecision", "candidateComment"));
		this.mail.candidateDecided(replacement, candidate, accepted, decision.reason());
	}

	/** Returns whether the institute accepted the current candidate for training. */
	public boolean candidateAccepted(DelegateExecution execution) {
		Replacement replacement = replacement(execution.getProcessInstanceId());
		return this.replacements.currentCandidate(replacement).getStatus() == Candidate.Status.ACCEPTED;
	}

	/** Records the start of training and its plan. */
	public void trainingStarted(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), VENDOR);
		Replacement replacement = replacement(task.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		Map<String, Object> variables = task.getVariables();
		Candidate.TrainingPlan plan = this.forms.trainingPlan(this.forms.values(variables), variables, candidate,
				SystemContext.now());
		this.replacements.startTraining(replacement, candidate, plan, user, SystemContext.now());
		SubmittedFields.remove(task, ReplacementForms.PLAN_FIELDS);
		this.mail.trainingStarted(replacement, candidate);
	}

	/** Returns the trainer of the current candidate, a candidate user of the log task. */
	public String trainer(DelegateExecution execution) {
		return this.replacements.currentCandidate(replacement(execution.getProcessInstanceId())).getTrainer();
	}

	/**
	 * Adds one entry to the training log. Only vendor-support and the candidate's trainer
	 * add entries.
	 */
	public void trainingRecorded(DelegateTask task) {
		Replacement replacement = replacement(task.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		String user = this.currentUser.id();
		if (user == null
				|| !(user.equals(candidate.getTrainer()) || this.currentUser.isInAny(DeskGroups.VENDOR_SUPPORT))) {
			throw new AuthorizationException("The user with id '" + user + "' may not complete the task '"
					+ task.getName() + "': it is for vendor-support and the trainer " + candidate.getTrainer() + ".");
		}
		Map<String, Object> variables = task.getVariables();
		Instant now = SystemContext.now();
		TrainingEntry.Line line = this.forms.trainingLine(this.forms.values(variables), variables, candidate, now);
		this.replacements.recordTraining(candidate, line, user, now);
		SubmittedFields.remove(task, ReplacementForms.ENTRY_FIELDS);
	}

	/**
	 * Returns the earliest moment of approval on post, the follow-up date of the approval
	 * task.
	 */
	public Date earliestApproval(DelegateExecution execution) {
		Candidate candidate = this.replacements.currentCandidate(replacement(execution.getProcessInstanceId()));
		return Date.from(TrainingPeriod.startOf(candidate.getTrainingEnd(), this.properties.zone()));
	}

	/**
	 * Tells the managers that the training of the current candidate reached its end, so
	 * that approval on post is possible from now on.
	 */
	public void trainingMonthOver(DelegateExecution execution) {
		Replacement replacement = replacement(execution.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		int entries = this.replacements.trainingLogOf(candidate).size();
		this.replacements.trainingMonthOver(replacement, candidate, entries, SystemContext.now());
		this.mail.trainingMonthOver(replacement, candidate, entries);
	}

	/**
	 * Records the institute's decision at the end of training: approval on post, an
	 * extension of the training, or rejection. Approval takes a manager, a training log,
	 * and a training that is over.
	 */
	public void onPostDecided(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), MANAGERS);
		Replacement replacement = replacement(task.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		Map<String, Object> variables = task.getVariables();
		ReplacementForms.Decision decision = this.forms.decision(this.forms.values(variables),
				ReplacementProcess.Variables.ON_POST_DECISION, "审批结论", List.of(APPROVE, EXTEND, REJECT),
				"onPostComment", "延长培训或不予上岗时必须说明理由");
		Instant now = SystemContext.now();
		switch (decision.choice()) {
			case APPROVE -> {
				requireApprovable(replacement, candidate, now);
				this.replacements.approveOnPost(replacement, candidate, decision.reason(), user, now);
			}
			case EXTEND -> {
				LocalDate end = this.forms.extendedEnd(variables, candidate);
				this.replacements.extendTraining(replacement, candidate, end, decision.reason(), user, now);
				this.mail.trainingExtended(replacement, candidate, decision.reason());
			}
			default -> {
				this.replacements.rejectCandidate(replacement, candidate, ReplacementDecision.Kind.ON_POST_REJECTED,
						decision.reason(), user, now);
				this.mail.rejectedAfterTraining(replacement, candidate, decision.reason());
			}
		}
		SubmittedFields.remove(task,
				List.of(ReplacementProcess.Variables.ON_POST_DECISION, "onPostComment", "newTrainingEnd"));
	}

	private void requireApprovable(Replacement replacement, Candidate candidate, Instant now) {
		if (!TrainingPeriod.isOver(candidate.getTrainingEnd(), now, this.properties.zone())) {
			throw new FormInputException(ReplacementProcess.Variables.ON_POST_DECISION, "审批结论",
					"培训于 " + candidate.getTrainingStart() + " 开始，须满一个月：最早可于 " + candidate.getTrainingEnd()
							+ " 批准上岗，今天是 " + now.atZone(this.properties.zone()).toLocalDate());
		}
		if (this.replacements.trainingLogOf(candidate).isEmpty()) {
			throw new FormInputException(ReplacementProcess.Variables.ON_POST_DECISION, "审批结论", "还没有培训记录，不能批准上岗");
		}
		this.forms.requireLoginAvailable(candidate.getLoginId(), candidate.getEmail(),
				ReplacementProcess.Variables.ON_POST_DECISION, "审批结论");
	}

	/**
	 * Returns the outcome of the approval task, read from the candidate: approve, extend
	 * or reject.
	 */
	public String onPostOutcome(DelegateExecution execution) {
		Candidate candidate = this.replacements.currentCandidate(replacement(execution.getProcessInstanceId()));
		return switch (candidate.getStatus()) {
			case ON_POST -> APPROVE;
			case TRAINING -> EXTEND;
			default -> REJECT;
		};
	}

	/**
	 * Returns whether the current candidate is approved on post, for the gateway after
	 * training.
	 */
	public boolean onPostApproved(DelegateExecution execution) {
		return APPROVE.equals(onPostOutcome(execution));
	}

	/**
	 * Puts the approved candidate on post and hands them the old engineer's open work. It
	 * runs in the approval's transaction, as the manager who approved.
	 */
	public void handOver(DelegateExecution execution) {
		Replacement replacement = replacement(execution.getProcessInstanceId());
		Candidate candidate = this.replacements.currentCandidate(replacement);
		if (candidate.getStatus() != Candidate.Status.ON_POST) {
			throw new IllegalStateException("candidate " + candidate.getLoginId() + " of replacement "
					+ replacement.getNumber() + " is not approved on post");
		}
		String user = this.currentUser.id();
		Instant now = SystemContext.now();
		List<String> handedOver = this.handover.handOver(replacement, candidate, user, now);
		this.replacements.onPost(replacement, candidate, handedOver, user, now);
		this.mail.onPost(replacement, candidate, handedOver);
	}

	private Replacement replacement(String processInstanceId) {
		return this.replacements.forProcessInstance(processInstanceId);
	}

}
