package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacements and everything recorded about them. Each step runs in the transaction of
 * the task completion that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReplacementService {

	private static final Logger logger = LoggerFactory.getLogger(ReplacementService.class);

	private final ReplacementRepository replacements;

	private final CandidateRepository candidates;

	private final ReplacementDecisionRepository decisions;

	private final TrainingEntryRepository trainingLog;

	private final ReplacementEventRepository events;

	private final TicketNumbers numbers;

	private final DeskProperties properties;

	ReplacementService(ReplacementRepository replacements, CandidateRepository candidates,
			ReplacementDecisionRepository decisions, TrainingEntryRepository trainingLog,
			ReplacementEventRepository events, TicketNumbers numbers, DeskProperties properties) {
		this.replacements = replacements;
		this.candidates = candidates;
		this.decisions = decisions;
		this.trainingLog = trainingLog;
		this.events = events;
		this.numbers = numbers;
		this.properties = properties;
	}

	Replacement request(ReplacementForms.Request request, String user, String processInstanceId, Instant now) {
		String number = this.numbers.next(ReplacementProcess.NUMBER_PREFIX, now, this.properties.zone());
		Replacement replacement = this.replacements.save(new Replacement(number, processInstanceId,
				request.replacedEngineer(), request.cause(), request.reason(), user, now));
		journal(replacement, now, user, "REQUESTED",
				"更换工程师 " + request.replacedEngineer() + "（" + request.cause().label() + "）：" + request.reason());
		logger.info("Replacement {} of engineer {} requested by {} in process instance {}", number,
				request.replacedEngineer(), user, processInstanceId);
		return replacement;
	}

	Candidate propose(Replacement replacement, Candidate.Profile profile, String user, Instant now) {
		int proposalNumber = (int) this.candidates.countByReplacementId(replacement.getId()) + 1;
		Candidate candidate = this.candidates
			.save(new Candidate(replacement.getId(), proposalNumber, profile, user, now));
		replacement.candidateProposed(candidate);
		journal(replacement, now, user, "CANDIDATE_PROPOSED", "第 " + proposalNumber + " 位候选人 " + profile.fullName()
				+ "（" + profile.loginId() + (profile.existingUser() ? "，已有账号" : "") + "）");
		return candidate;
	}

	void acceptCandidate(Replacement replacement, Candidate candidate, String reason, String user, Instant now) {
		candidate.accept();
		replacement.candidateAccepted();
		decide(replacement, candidate, ReplacementDecision.Kind.CANDIDATE_ACCEPTED, reason, user, now);
	}

	/**
	 * Rejects the current candidate, at the review or at the end of training, so that the
	 * vendor proposes another.
	 */
	void rejectCandidate(Replacement replacement, Candidate candidate, ReplacementDecision.Kind kind, String reason,
			String user, Instant now) {
		candidate.reject();
		replacement.candidateRejected();
		decide(replacement, candidate, kind, reason, user, now);
		logger.info("Replacement {}: candidate {} rejected by {}", replacement.getNumber(), candidate.getLoginId(),
				user);
	}

	void startTraining(Replacement replacement, Candidate candidate, Candidate.TrainingPlan plan, String user,
			Instant now) {
		LocalDate end = TrainingPeriod.minimumEnd(plan.start());
		candidate.startTraining(plan, end, user, now);
		replacement.trainingStarted();
		journal(replacement, now, user, "TRAINING_STARTED", candidate.getFullName() + " 于 " + plan.start()
				+ " 开始培训，带教人 " + plan.trainer() + "，最早 " + end + " 可批准上岗");
	}

	TrainingEntry recordTraining(Candidate candidate, TrainingEntry.Line line, String user, Instant now) {
		return this.trainingLog.save(new TrainingEntry(candidate, line, user, now));
	}

	void extendTraining(Replacement replacement, Candidate candidate, LocalDate end, String reason, String user,
			Instant now) {
		LocalDate previous = candidate.getTrainingEnd();
		candidate.extendTraining(end);
		this.decisions.save(ReplacementDecision.extension(candidate, previous, end, reason, user, now));
		journal(replacement, now, user, "TRAINING_EXTENDED", "培训由 " + previous + " 延长至 " + end + "：" + reason);
	}

	void trainingMonthOver(Replacement replacement, Candidate candidate, int entries, Instant now) {
		journal(replacement, now, null, "TRAINING_OVER",
				candidate.getFullName() + " 的培训于 " + candidate.getTrainingEnd() + " 期满，培训记录 " + entries + " 条，可审批上岗");
	}

	void approveOnPost(Replacement replacement, Candidate candidate, String reason, String user, Instant now) {
		candidate.putOnPost();
		decide(replacement, candidate, ReplacementDecision.Kind.ON_POST_APPROVED, reason, user, now);
	}

	/** Records that the new engineer is on post and the old one's open work theirs. */
	void onPost(Replacement replacement, Candidate candidate, List<String> handedOver, String user, Instant now) {
		replacement.onPost(candidate.getLoginId(), now);
		journal(replacement, now, user, "ON_POST",
				candidate.getLoginId() + " 上岗，" + replacement.getReplacedEngineer() + " 离岗；转交任务 " + handedOver.size()
						+ " 项" + (handedOver.isEmpty() ? "" : "：\n" + String.join("\n", handedOver)));
		logger.info("Replacement {}: {} is on post in place of {}, {} tasks handed over", replacement.getNumber(),
				candidate.getLoginId(), replacement.getReplacedEngineer(), handedOver.size());
	}

	private void decide(Replacement replacement, Candidate candidate, ReplacementDecision.Kind kind, String reason,
			String user, Instant now) {
		this.decisions.save(new ReplacementDecision(candidate, kind, reason, user, now));
		journal(replacement, now, user, kind.name(),
				candidate.getFullName() + "：" + kind.label() + ((reason != null) ? "，" + reason : ""));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Replacement findByNumber(String number) {
		return this.replacements.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("replacement " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Replacement forProcessInstance(String processInstanceId) {
		return this.replacements.findByProcessInstanceId(processInstanceId)
			.orElseThrow(
					() -> new IllegalStateException("no replacement belongs to process instance " + processInstanceId));
	}

	/** Returns the candidate under consideration, the one last proposed. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Candidate currentCandidate(Replacement replacement) {
		List<Candidate> all = candidatesOf(replacement);
		if (all.isEmpty()) {
			throw new IllegalStateException("replacement " + replacement.getNumber() + " has no candidate");
		}
		return all.get(all.size() - 1);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Replacement> all() {
		return this.replacements.findAllByOrderByRequestedAtDesc();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Candidate> candidatesOf(Replacement replacement) {
		return this.candidates.findByReplacementIdOrderByProposalNumber(replacement.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReplacementDecision> decisionsOf(Replacement replacement) {
		return this.decisions.findByReplacementIdOrderByIdAsc(replacement.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingEntry> trainingLogOf(Replacement replacement) {
		return this.trainingLog.findByReplacementIdOrderByTrainingDateAscIdAsc(replacement.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingEntry> trainingLogOf(Candidate candidate) {
		return this.trainingLog.findByCandidateIdOrderByTrainingDateAscIdAsc(candidate.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReplacementEvent> journalOf(Replacement replacement) {
		return this.events.findByReplacementIdOrderByIdAsc(replacement.getId());
	}

	private void journal(Replacement replacement, Instant at, String actor, String kind, String detail) {
		this.events.save(new ReplacementEvent(replacement.getId(), at, actor, kind, detail));
	}

}
