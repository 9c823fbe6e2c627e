package com.limsdesk.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Reports that fell due in this period and whether they came in on time, so that a late
 * or escalated report shows in the next one.
 */
@Component
class TimelinessSection implements ReportSection {

	@Override
	public int order() {
		return 90;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("timeliness", "报告提交情况");
		List<ReportData.EarlierReport> due = data.earlierReports();
		long late = due.stream().filter((r) -> r.late(data.endsAt())).count();
		content.figure("reports.due", "本期到期的报告数", due.size());
		content.figure("reports.late", "逾期提交或未提交的报告数", late);
		List<String> header = List.of("报告编号", "报告", "周期", "截止时间", "首次提交时间", "逾期通报时间", "是否逾期");
		List<List<String>> rows = due.stream()
			.map((r) -> List.of(r.number(), r.kind(), r.periodLabel(), Labels.time(r.dueAt(), data.zone()),
					(r.firstSubmittedAt() != null) ? Labels.time(r.firstSubmittedAt(), data.zone()) : "未提交",
					Labels.time(r.escalatedAt(), data.zone()), r.late(data.endsAt()) ? "逾期" : "按时"))
			.toList();
		content.paragraph("本期到期的报告 " + due.size() + " 份，其中逾期提交或截至期末未提交 " + late + " 份。");
		content.table("表 本期到期的报告", header, rows);
		content.sheet("报告提交情况", header, rows);
		return content;
	}

}
