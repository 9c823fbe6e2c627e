package com.limsdesk.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Changes raised in the period by type, and the outcome of every change that ended in the
 * period (closed, rolled back, rejected or withdrawn), with the emergency changes.
 */
@Component
class ChangeSection implements ReportSection {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("changes", "变更情况");
		List<ReportData.Change> raised = data.changes().stream().filter((c) -> data.inPeriod(c.raisedAt())).toList();
		List<ReportData.Change> ended = data.changes().stream().filter((c) -> data.inPeriod(c.endedAt())).toList();
		List<ReportData.Change> emergency = raised.stream().filter(ReportData.Change::emergency).toList();
		content.figure("changes.raised", "本期提出的变更数", raised.size());
		content.figure("changes.emergency", "本期紧急变更数", emergency.size());
		content.figure("changes.ended", "本期结束的变更数", ended.size());
		content.figure("changes.rolledBack", "本期回退的变更数",
				ended.stream().filter((c) -> "ROLLED_BACK".equals(c.status())).count());
		content.paragraph("本期提出变更 " + raised.size() + " 项，其中紧急变更 " + emergency.size() + " 项；本期结束变更 " + ended.size()
				+ " 项。变更按提出时间计入类型统计，按结束时间计入结果统计。");
		content.table("表 变更按类型统计", List.of("类型", "变更数"), Counts.by(raised, (c) -> Labels.changeType(c.type())));
		content.table("表 本期结束变更的结果", List.of("结果", "变更数"), Counts.by(ended, (c) -> Labels.changeStatus(c.status())));
		content.table("表 紧急变更", List.of("编号", "标题", "提出时间", "状态"),
				emergency.stream()
					.map((c) -> List.of(c.number(), c.title(), Labels.time(c.raisedAt(), data.zone()),
							Labels.changeStatus(c.status())))
					.toList());
		content.sheet("变更", List.of("编号", "提出时间", "结束时间", "类型", "状态", "紧急变更", "标题"),
				data.changes()
					.stream()
					.map((c) -> List.of(c.number(), Labels.time(c.raisedAt(), data.zone()),
							Labels.time(c.endedAt(), data.zone()), Labels.changeType(c.type()),
							Labels.changeStatus(c.status()), c.emergency() ? "是" : "否", c.title()))
					.toList());
		return content;
	}

}
