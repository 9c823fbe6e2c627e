package com.limsdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import org.springframework.stereotype.Component;

/**
 * Faults of the period: a ticket counts in the period in which it was reported, by its
 * severity and category in force now. A ticket still open when the period ended is listed
 * as open, and one reported earlier and closed in the period is listed as carried over.
 */
@Component
class FaultSection implements ReportSection {

	static final List<String> TICKET_HEADER = List.of("工单号", "报告时间", "类别", "级别", "模块", "状态", "响应时间", "修复时间", "关闭时间",
			"故障描述");

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("faults", "故障处理情况");
		List<ReportData.Fault> reported = data.faults().stream().filter((f) -> data.inPeriod(f.reportedAt())).toList();
		List<ReportData.Fault> open = data.faults()
			.stream()
			.filter((f) -> f.closedAt() == null || !f.closedAt().isBefore(data.endsAt()))
			.toList();
		List<ReportData.Fault> carriedOver = data.faults()
			.stream()
			.filter((f) -> f.reportedAt().isBefore(data.startsAt()) && data.inPeriod(f.closedAt()))
			.toList();

		content.figure("faults.total", "本期报告故障数", reported.size());
		for (Severity severity : Severity.values()) {
			content.figure("faults.severity." + severity.code(), severity.label() + "故障数",
					count(reported, (f) -> severity.name().equals(f.severity())));
		}
		content.figure("faults.severity.none", "未分级故障数", count(reported, (f) -> f.severity() == null));
		for (FaultCategory category : FaultCategory.values()) {
			content.figure("faults.category." + category.code(), category.label() + "故障数",
					count(reported, (f) -> category.name().equals(f.category())));
		}
		content.figure("faults.openAtEnd", "期末未关闭工单数", open.size());
		content.figure("faults.carriedOverClosed", "前期遗留本期关闭工单数", carriedOver.size());

		content.paragraph("本期共报告故障 " + reported.size() + " 起，期末仍未关闭 " + open.size() + " 起，前期遗留并于本期关闭 "
				+ carriedOver.size() + " 起。故障按报告时间计入所在周期，级别和类别按当前分级统计，期间的重新分级见“服务时限达成情况”。");
		content.table("表 故障按级别统计", List.of("级别", "故障数"), bySeverity(reported));
		content.table("表 故障按类别统计", List.of("类别", "故障数"), Counts.by(reported, (f) -> Labels.category(f.category())));
		content.table("表 故障按模块统计", List.of("模块", "故障数"), Counts.by(reported, ReportData.Fault::module));
		content.chart(perBucket(data, reported));
		content.table("表 期末未关闭工单", List.of("工单号", "报告时间", "级别", "模块", "目前状态"),
				open.stream()
					.map((f) -> List.of(f.number(), Labels.time(f.reportedAt(), data.zone()),
							Labels.severity(f.severity()), f.module(), currentStatus(data, f)))
					.toList());
		if (!carriedOver.isEmpty()) {
			content.table("表 前期遗留本期关闭工单", List.of("工单号", "报告时间", "关闭时间", "级别"),
					carriedOver.stream()
						.map((f) -> List.of(f.number(), Labels.time(f.reportedAt(), data.zone()),
								Labels.time(f.closedAt(), data.zone()), Labels.severity(f.severity())))
						.toList());
		}
		content.sheet("故障工单", withPeriodColumn(), data.faults().stream().map((f) -> row(data, f)).toList());
		return content;
	}

	/** Returns the ticket's status now, with the time it was closed after the period. */
	private static String currentStatus(ReportData data, ReportData.Fault fault) {
		return (fault.closedAt() != null)
				? Labels.faultStatus(fault.status()) + "（" + Labels.time(fault.closedAt(), data.zone()) + "）"
				: Labels.faultStatus(fault.status());
	}

	private static List<String> withPeriodColumn() {
		List<String> header = new ArrayList<>(TICKET_HEADER);
		header.add("计入本期");
		header.add("期末未关闭");
		return header;
	}

	private static List<String> row(ReportData data, ReportData.Fault f) {
		return List.of(f.number(), Labels.time(f.reportedAt(), data.zone()), Labels.category(f.category()),
				Labels.severity(f.severity()), f.module(), Labels.faultStatus(f.status()),
				Labels.time(f.respondedAt(), data.zone()), Labels.time(f.fixedAt(), data.zone()),
				Labels.time(f.closedAt(), data.zone()), f.description(), data.inPeriod(f.reportedAt()) ? "是" : "否",
				(f.closedAt() == null || !f.closedAt().isBefore(data.endsAt())) ? "是" : "否");
	}

	private static SectionContent.Chart perBucket(ReportData data, List<ReportData.Fault> reported) {
		List<LocalDate> buckets = data.period().buckets();
		List<SectionContent.Series> series = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			List<Double> values = new ArrayList<>();
			for (LocalDate bucket : buckets) {
				values.add((double) count(reported, (f) -> severity.name().equals(f.severity())
						&& data.period().bucketOf(data.dateOf(f.reportedAt())).equals(bucket)));
			}
			series.add(new SectionContent.Series(severity.label(), values));
		}
		return new SectionContent.Chart("图 每" + data.period().bucketUnit() + "故障数（按级别）",
				SectionContent.Chart.Type.STACKED_BAR, data.period().bucketUnit(), "故障数",
				buckets.stream().map(data.period()::bucketLabel).toList(), series);
	}

	private static List<List<String>> bySeverity(List<ReportData.Fault> reported) {
		return Arrays.stream(Severity.values())
			.map((s) -> List.of(s.label(), String.valueOf(count(reported, (f) -> s.name().equals(f.severity())))))
			.toList();
	}

	private static long count(List<ReportData.Fault> faults, Predicate<ReportData.Fault> test) {
		return faults.stream().filter(test).count();
	}

}
