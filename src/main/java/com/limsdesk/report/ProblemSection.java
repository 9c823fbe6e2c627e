package com.limsdesk.report;

import java.util.List;

import org.springframework.stereotype.Component;

/** Problems opened, escalated to the maintenance department and solved in the period. */
@Component
class ProblemSection implements ReportSection {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("problems", "问题管理情况");
		List<ReportData.Problem> all = data.problems();
		long opened = all.stream().filter((p) -> data.inPeriod(p.openedAt())).count();
		long escalated = all.stream().filter((p) -> data.inPeriod(p.escalatedAt())).count();
		long solved = all.stream().filter((p) -> data.inPeriod(p.closedAt())).count();
		long open = all.stream().filter((p) -> p.closedAt() == null || !p.closedAt().isBefore(data.endsAt())).count();
		content.figure("problems.opened", "本期建立的问题数", opened);
		content.figure("problems.escalated", "本期升级到维保部门的问题数", escalated);
		content.figure("problems.solved", "本期解决关闭的问题数", solved);
		content.figure("problems.openAtEnd", "期末未关闭的问题数", open);
		content.paragraph(
				"本期建立问题 " + opened + " 个，升级到维保部门 " + escalated + " 个，解决关闭 " + solved + " 个，期末未关闭 " + open + " 个。");
		List<List<String>> rows = all.stream()
			.map((p) -> List.of(p.number(), p.title(), Labels.problemStatus(p.status()),
					Labels.time(p.openedAt(), data.zone()), Labels.time(p.escalatedAt(), data.zone()),
					Labels.time(p.closedAt(), data.zone())))
			.toList();
		List<String> header = List.of("编号", "标题", "状态", "建立时间", "升级时间", "关闭时间");
		content.table("表 本期涉及的问题", header, rows);
		content.sheet("问题", header, rows);
		return content;
	}

}
