package com.limsdesk.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Staffing events that touch the period: engineers' leave and who covered, the duty
 * roster, and engineer replacements with their onboarding.
 */
@Component
class StaffingSection implements ReportSection {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("staffing", "人员与值守情况");
		content.figure("staffing.leaves", "本期涉及的请假数", data.leaves().size());
		content.figure("staffing.dutyEntries", "本期值守安排数", data.duties().size());
		content.figure("staffing.replacements", "本期涉及的人员更换数", data.replacements().size());
		content.figure("staffing.onPost", "本期上岗的新工程师数",
				data.replacements().stream().filter((r) -> data.inPeriod(r.onPostAt())).count());
		List<String> leaveHeader = List.of("编号", "工程师", "开始日期", "结束日期", "替班工程师", "状态");
		List<List<String>> leaves = data.leaves()
			.stream()
			.map((l) -> List.of(l.number(), l.engineer(), l.firstDay().toString(), l.lastDay().toString(),
					l.coverUser(), Labels.leaveStatus(l.status())))
			.toList();
		List<String> dutyHeader = List.of("工程师", "开始日期", "结束日期", "值守时段");
		List<List<String>> duties = data.duties()
			.stream()
			.map((d) -> List.of(d.engineer(), d.firstDay().toString(), d.lastDay().toString(),
					Labels.dutyKind(d.kind())))
			.toList();
		List<String> replacementHeader = List.of("编号", "被更换工程师", "新工程师", "状态", "提出时间", "上岗时间");
		List<List<String>> replacements = data.replacements()
			.stream()
			.map((r) -> List.of(r.number(), r.replacedEngineer(), (r.newEngineer() != null) ? r.newEngineer() : "",
					Labels.replacementStatus(r.status()), Labels.time(r.requestedAt(), data.zone()),
					Labels.time(r.onPostAt(), data.zone())))
			.toList();
		content.table("表 请假与替班", leaveHeader, leaves);
		content.table("表 值守安排", dutyHeader, duties);
		content.table("表 人员更换与上岗", replacementHeader, replacements);
		content.sheet("请假与替班", leaveHeader, leaves);
		content.sheet("值守安排", dutyHeader, duties);
		content.sheet("人员更换", replacementHeader, replacements);
		return content;
	}

}
