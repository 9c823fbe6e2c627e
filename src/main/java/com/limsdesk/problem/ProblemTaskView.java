package com.limsdesk.problem;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.DeskGroups;
import org.springframework.stereotype.Component;

/** The read-only text of a problem that its tasks show. */
@Component
class ProblemTaskView {

	private final ProblemService problems;

	private final DeskProperties properties;

	ProblemTaskView(ProblemService problems, DeskProperties properties) {
		this.problems = problems;
		this.properties = properties;
	}

	String summary(Problem problem) {
		StringBuilder text = new StringBuilder();
		text.append("问题：").append(problem.getNumber()).append("（").append(problem.getStatus().label()).append("）");
		text.append("\n标题：").append(problem.getTitle());
		text.append("\n模块：").append(problem.getModule()).append("，来源：").append(problem.getOrigin().label());
		appendDeadlines(text, problem);
		List<ProblemLink> links = this.problems.linksOf(problem);
		if (!links.isEmpty()) {
			text.append("\n关联故障工单：")
				.append(String.join("、", links.stream().map(ProblemLink::getTicketNumber).toList()));
		}
		text.append("\n描述：").append(problem.getDescription());
		appendAnalysis(text, problem);
		appendDecisions(text, problem);
		return ProblemText.fit(text.toString());
	}

	private void appendDeadlines(StringBuilder text, Problem problem) {
		if (problem.getOpenedAt() != null) {
			text.append("\n建立：").append(problem.getOpenedBy()).append("，").append(format(problem.getOpenedAt()));
			text.append("\n驻点工程师处理期限：").append(format(problem.getEscalationDue()));
		}
		if (problem.isEscalated()) {
			text.append("\n转维保部门：").append(format(problem.getEscalatedAt()));
			text.append("，方案提交期限：").append(format(problem.getPlanDue()));
		}
	}

	private void appendAnalysis(StringBuilder text, Problem problem) {
		appendIfPresent(text, "根本原因", problem.getRootCause());
		appendIfPresent(text, "临时解决办法", problem.getWorkaround());
		appendIfPresent(text, "解决方案", problem.getSolution());
		appendIfPresent(text, "预防措施", problem.getPreventionPlan());
		if (problem.isKnownError()) {
			text.append("\n已知错误：已发布（").append(problem.getKnownErrorBy()).append("，");
			text.append(format(problem.getKnownErrorAt())).append("）");
		}
	}

	/** Appends each decided solution with the managers' decision. */
	private void appendDecisions(StringBuilder text, Problem problem) {
		for (ProblemSolution solution : this.problems.solutionsOf(problem)) {
			if (solution.getDecision() != ProblemSolution.Decision.WAITING) {
				text.append("\n第 ").append(solution.getRound()).append(" 轮方案（");
				text.append(DeskGroups.nameOf(solution.getProposerGroup()))
					.append(" ")
					.append(solution.getProposedBy());
				text.append("）：").append(solution.getDecision().label()).append("，").append(solution.getDecidedBy());
				if (solution.getDecisionComment() != null) {
					text.append("：").append(solution.getDecisionComment());
				}
			}
		}
	}

	private static void appendIfPresent(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append("\n").append(label).append("：").append(value);
		}
	}

	private String format(Instant instant) {
		return ProblemText.format(instant, this.properties.zone());
	}

}
