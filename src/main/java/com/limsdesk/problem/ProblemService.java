package com.limsdesk.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems and everything recorded about them. Each step runs in the transaction of the
 * process step that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ProblemService {

	/** Problems that still cover their module, so that no suggestion is raised for it. */
	static final List<ProblemStatus> OPEN = List.of(ProblemStatus.SUGGESTED, ProblemStatus.ANALYSING,
			ProblemStatus.ESCALATED, ProblemStatus.AWAITING_ACCEPTANCE);

	private static final Logger logger = LoggerFactory.getLogger(ProblemService.class);

	private final ProblemRepository problems;

	private final ProblemLinkRepository links;

	private final ProblemSuggestedTicketRepository suggestedTickets;

	private final ProblemSolutionRepository solutions;

	private final ProblemEventRepository events;

	private final TicketNumbers numbers;

	private final FaultTicketService faults;

	private final DeskProperties properties;

	private final ProblemProperties settings;

	ProblemService(ProblemRepository problems, ProblemLinkRepository links,
			ProblemSuggestedTicketRepository suggestedTickets, ProblemSolutionRepository solutions,
			ProblemEventRepository events, TicketNumbers numbers, FaultTicketService faults, DeskProperties properties,
			ProblemProperties settings) {
		this.problems = problems;
		this.links = links;
		this.suggestedTickets = suggestedTickets;
		this.solutions = solutions;
		this.events = events;
		this.numbers = numbers;
		this.faults = faults;
		this.properties = properties;
		this.settings = settings;
	}

	Problem open(ProblemReport report, ProblemOrigin origin, String user, String processInstanceId, Instant now) {
		String number = this.numbers.next(ProblemProcess.NUMBER_PREFIX, now, this.properties.zone());
		Problem problem = this.problems
			.save(Problem.opened(number, processInstanceId, origin, report, user, now, escalationDue(now)));
		journal(problem, now, user, "OPENED", origin.label() + "：" + report.title() + "（模块 " + report.module() + "）");
		link(problem, report.linkedTickets(), user, now);
		logger.info("Problem {} opened by {} in process instance {}", number, user, processInstanceId);
		return problem;
	}

	/**
	 * Records a suggestion for those of the given tickets that still make a recurrence of
	 * the module, as {@link #recurringTickets} finds them now. Returns null, recording
	 * nothing, when they no longer reach the count, for example because a concurrent
	 * report raised a suggestion for the same tickets first.
	 */
	Problem suggest(String module, List<String> candidates, String processInstanceId, Instant now) {
		List<String> tickets = recurringTickets(module, now).stream().filter(candidates::contains).toList();
		if (tickets.size() < this.settings.recurrence().count()) {
			logger.info("No problem suggested for module {} in process instance {}: tickets {} no longer recur", module,
					processInstanceId, candidates);
			return null;
		}
		StringBuilder listing = new StringBuilder();
		for (String ticket : tickets) {
			listing.append("\n").append(ticket).append("：").append(this.faults.findByNumber(ticket).getDescription());
		}
		String number = this.numbers.next(ProblemProcess.NUMBER_PREFIX, now, this.properties.zone());
		String title = module + "模块故障反复出现";
		String description = "模块“" + module + "”在 " + windowText() + "内报告了 " + tickets.size() + " 次故障：" + listing;
		Problem problem = this.problems
			.save(Problem.suggested(number, processInstanceId, module, title, ProblemText.fit(description), now));
		for (String ticket : tickets) {
			this.suggestedTickets.save(new ProblemSuggestedTicket(problem.getId(), ticket));
		}
		journal(problem, now, null, "SUGGESTED", "建议建立问题，涉及 " + String.join("、", tickets));
		logger.info("Problem {} suggested for module {} with tickets {}", number, module, tickets);
		return problem;
	}

	void confirm(Problem problem, String title, String description, String user, Instant now) {
		problem.confirm(title, description, user, now, escalationDue(now));
		journal(problem, now, user, "CONFIRMED", "确认建立问题：" + title);
		link(problem, suggestedTicketsOf(problem), user, now);
	}

	void dismiss(Problem problem, String reason, String user, Instant now) {
		problem.dismiss(reason, user, now);
		journal(problem, now, user, "DISMISSED", reason);
		logger.info("Problem suggestion {} dismissed by {}", problem.getNumber(), user);
	}

	void analyse(Problem problem, String rootCause, String workaround, String user, Instant now) {
		problem.analyse(rootCause, workaround);
		journal(problem, now, user, "ANALYSED", analysisText(rootCause, workaround));
	}

	ProblemSolution propose(Problem problem, String group, ProblemSolution.Proposal proposal, String user,
			Instant now) {
		int round = this.solutions.findByProblemIdOrderByRound(problem.getId()).size() + 1;
		ProblemSolution solution = this.solutions
			.save(new ProblemSolution(problem.getId(), round, group, proposal, user, now));
		problem.propose(solution);
		String text = analysisText(proposal.rootCause(), proposal.workaround()) + "\n解决方案：" + proposal.solution()
				+ ((proposal.preventionPlan() != null) ? "\n预防措施：" + proposal.preventionPlan() : "");
		journal(problem, now, user, "SOLUTION_PROPOSED", "第 " + round + " 轮：" + text);
		return solution;
	}

	void escalate(Problem problem, Instant now) {
		problem.escalate(now, planDue(now));
		journal(problem, now, null, "ESCALATED", this.settings.engineerDays() + " 天内未解决，转维保部门；方案须在 "
				+ ProblemText.format(problem.getPlanDue(), this.properties.zone()) + " 前提交");
		logger.warn("Problem {} is not solved {} days after it was opened; escalated to vendor-support",
				problem.getNumber(), this.settings.engineerDays());
	}

	/**
	 * Records that the maintenance department missed the due date of its plans. Returns
	 * false when the plans arrived in the meantime, so there is nothing to record.
	 */
	boolean planOverdue(Problem problem, Instant now) {
		if (problem.getStatus() != ProblemStatus.ESCALATED || now.isBefore(problem.getPlanDue())) {
			return false;
		}
		journal(problem, now, null, "PLAN_OVERDUE",
				"维保部门未在 " + ProblemText.format(problem.getPlanDue(), this.properties.zone()) + " 前提交解决方案和预防措施");
		logger.warn("Problem {} has no vendor plans at their due date {}", problem.getNumber(), problem.getPlanDue());
		return true;
	}

	/** Records the managers' decision on the solution waiting for it. */
	ProblemSolution decide(Problem problem, boolean accepted, String comment, String user, Instant now) {
		ProblemSolution waiting = solutionsOf(problem).stream()
			.filter((solution) -> solution.getDecision() == ProblemSolution.Decision.WAITING)
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("problem " + problem.getNumber() + " has no solution to decide"));
		waiting.decide(accepted, comment, user, now);
		if (accepted) {
			problem.close(user, now);
			journal(problem, now, user, "CLOSED",
					"验收通过第 " + waiting.getRound() + " 轮解决方案" + ((comment != null) ? "：" + comment : ""));
			logger.info("Problem {} closed by {}", problem.getNumber(), user);
		}
		else {
			problem.returnSolution(planDue(now));
			journal(problem, now, user, "RETURNED", "退回第 " + waiting.getRound() + " 轮解决方案：" + comment);
		}
		return waiting;
	}

	void publishKnownError(Problem problem, String user, Instant now) {
		boolean first = !problem.isKnownError();
		problem.publishKnownError(user, now);
		journal(problem, now, user, "KNOWN_ERROR",
				(first ? "发布为已知错误" : "更新已知错误") + "\n" + analysisText(problem.getRootCause(), problem.getWorkaround()));
	}

	/** Links fault tickets to a problem outside its tasks, for the REST API. */
	@Transactional
	public Problem linkTickets(String number, List<String> tickets, String user, Instant now) {
		Problem problem = findByNumber(number);
		if (problem.getStatus() == ProblemStatus.SUGGESTED || problem.getStatus().isFinal()) {
			throw new InvalidFieldException("tickets",
					"problem " + number + " is " + problem.getStatus().name().toLowerCase(Locale.ROOT)
							+ "; only an open problem takes links, so open a new problem for these tickets");
		}
		link(problem, tickets, user, now);
		return problem;
	}

	/**
	 * Publishes a problem's known error outside its tasks, for the REST API.
	 * @throws InvalidFieldException naming the missing root cause or workaround
	 */
	@Transactional
	public Problem publishKnownError(String number, String user, Instant now) {
		Problem problem = findByNumber(number);
		if (problem.getRootCause() == null) {
			throw new InvalidFieldException("rootCause", "is missing; record the root cause before publishing");
		}
		if (problem.getWorkaround() == null) {
			throw new InvalidFieldException("workaround", "is missing; record a workaround before publishing");
		}
		publishKnownError(problem, user, now);
		return problem;
	}

	/**
	 * Links fault tickets to a problem and notes the problem in each ticket's journal.
	 * Tickets linked before are left as they are.
	 */
	void link(Problem problem, List<String> tickets, String user, Instant now) {
		if (problem.getStatus() == ProblemStatus.SUGGESTED || problem.getStatus() == ProblemStatus.DISMISSED) {
			throw new IllegalStateException("problem " + problem.getNumber() + " is not open for links");
		}
		for (String ticket : tickets) {
			if (!this.links.existsByProblemIdAndTicketNumber(problem.getId(), ticket)) {
				this.links.save(new ProblemLink(problem.getId(), ticket, user, now));
				this.faults.noteLink(ticket, problem.getNumber(), "问题（" + problem.getTitle() + "）", user, now);
				journal(problem, now, user, "LINKED", "关联故障工单 " + ticket);
			}
		}
	}

	/**
	 * Returns the tickets of the module that make a recurrence: those reported within the
	 * window before the moment and neither suggested nor linked to a problem before, when
	 * they reach the count and no open problem covers the module. Returns an empty list
	 * otherwise.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> recurringTickets(String module, Instant now) {
		if (this.problems.existsByModuleAndStatusIn(module, OPEN)) {
			return List.of();
		}
		List<String> tickets = this.faults.numbersInModuleSince(module, now.minus(this.settings.recurrence().window()))
			.stream()
			.filter((ticket) -> !this.suggestedTickets.existsByTicketNumber(ticket))
			.filter((ticket) -> !this.links.existsByTicketNumber(ticket))
			.toList();
		return (tickets.size() >= this.settings.recurrence().count()) ? tickets : List.of();
	}

	private Instant escalationDue(Instant openedAt) {
		return openedAt.atZone(this.properties.zone()).plusDays(this.settings.engineerDays()).toInstant();
	}

	private Instant planDue(Instant from) {
		return from.atZone(this.properties.zone()).plusDays(this.settings.vendorPlanDays()).toInstant();
	}

	private String windowText() {
		Duration window = this.settings.recurrence().window();
		return (window.toHoursPart() == 0 && window.toMinutesPart() == 0) ? window.toDays() + " 天"
				: window.toHours() + " 小时";
	}

	private static String analysisText(String rootCause, String workaround) {
		return "根本原因：" + ((rootCause != null) ? rootCause : "（未填写）") + "\n临时解决办法："
				+ ((workaround != null) ? workaround : "（未填写）");
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Problem findByNumber(String number) {
		return this.problems.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("problem " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Problem forProcessInstance(String processInstanceId) {
		return this.problems.findByProcessInstanceId(processInstanceId)
			.orElseThrow(
					() -> new IllegalStateException("no problem belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Problem> findForProcessInstance(String processInstanceId) {
		return this.problems.findByProcessInstanceId(processInstanceId);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Problem> all() {
		return this.problems.findAllByOrderByIdDesc();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Problem> knownErrors() {
		return this.problems.findByKnownErrorAtNotNullOrderByKnownErrorAtDesc();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ProblemLink> linksOf(Problem problem) {
		return this.links.findByProblemIdOrderById(problem.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> suggestedTicketsOf(Problem problem) {
		return this.suggestedTickets.numbersOf(problem.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ProblemSolution> solutionsOf(Problem problem) {
		return this.solutions.findByProblemIdOrderByRound(problem.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ProblemEvent> journalOf(Problem problem) {
		return this.events.findByProblemIdOrderByIdAsc(problem.getId());
	}

	/** Returns the numbers of the problems linked to a fault ticket. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> problemsLinkedTo(String ticketNumber) {
		return this.links.problemsLinkedTo(ticketNumber);
	}

	private void journal(Problem problem, Instant at, String actor, String kind, String detail) {
		this.events.save(new ProblemEvent(problem.getId(), at, actor, kind, detail));
	}

}
