package com.limsdesk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Response and repair deadlines of the contract. A deadline is judged in the period in
 * which it fell due. A recorded breach is judged against the deadline in force when it
 * was recorded, even when a later reclassification moved the ticket's deadline; the
 * reclassifications of the period are listed. Response and repair times count in the
 * period in which the response or the fix happened.
 */
@Component
class ServiceLevelSection implements ReportSection {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("serviceLevels", "服务时限达成情况");
		List<Judgement> judgements = new ArrayList<>();
		for (ReportData.Fault fault : data.faults()) {
			judge(data, fault, "RESPONSE", fault.responseDue(), fault.respondedAt()).ifPresent(judgements::add);
			judge(data, fault, "REPAIR", fault.repairDue(), fault.fixedAt()).ifPresent(judgements::add);
		}
		List<ReportData.Breach> breaches = data.breaches().stream().filter((b) -> data.inPeriod(b.dueAt())).toList();
		List<ReportData.Reclassification> reclassified = data.reclassifications()
			.stream()
			.filter((r) -> data.inPeriod(r.occurredAt()))
			.toList();

		List<List<String>> rates = new ArrayList<>();
		for (String kind : List.of("RESPONSE", "REPAIR")) {
			String name = kind.equals("RESPONSE") ? "response" : "repair";
			String label = kind.equals("RESPONSE") ? "响应" : "修复";
			List<Judgement> ofKind = judgements.stream().filter((j) -> j.kind().equals(kind)).toList();
			long met = ofKind.stream().filter(Judgement::met).count();
			Double percent = rate(met, ofKind.size());
			content.figure("sla." + name + ".judged", "本期到期的" + label + "时限数", ofKind.size());
			content.figure("sla." + name + ".met", label + "时限达成数", met);
			content.figure("sla." + name + ".percent", label + "时限达成率（%）", percent);
			rates.add(List.of(label, String.valueOf(ofKind.size()), String.valueOf(met),
					String.valueOf(ofKind.size() - met), Labels.percent(percent)));
		}
		content.figure("sla.breaches", "本期超时记录数", breaches.size());
		content.figure("sla.reclassified", "本期重新分级工单数", reclassified.size());

		List<List<String>> times = new ArrayList<>();
		times(data, content, times, "response", "响应",
				data.faults()
					.stream()
					.filter((f) -> data.inPeriod(f.respondedAt()))
					.map((f) -> new Elapsed(f.number(), Duration.between(f.reportedAt(), f.respondedAt())))
					.toList());
		times(data, content, times, "repair", "修复",
				data.faults()
					.stream()
					.filter((f) -> data.inPeriod(f.fixedAt()))
					.map((f) -> new Elapsed(f.number(), Duration.between(f.reportedAt(), f.fixedAt())))
					.toList());

		content.paragraph("时限按到期时间计入所在周期；已记录的超时按记录时有效的时限判定，之后重新分级不改变判定结果。响应和修复用时按完成时间计入所在周期，自报告时间起算。");
		content.table("表 时限达成率", List.of("时限", "本期到期", "达成", "未达成", "达成率"), rates);
		content.chart(rateChart(data, judgements));
		content.table("表 响应与修复用时", List.of("项目", "工单数", "平均用时", "最长用时", "最长用时工单"), times);
		content.table("表 超时记录", List.of("工单号", "超时类型", "当时时限", "记录时间", "之后是否重新分级"), breaches.stream()
			.map((b) -> List.of(b.ticketNumber(), Labels.breachKind(b.kind()), Labels.time(b.dueAt(), data.zone()),
					Labels.time(b.recordedAt(), data.zone()), reclassifiedAfter(data, b) ? "是" : "否"))
			.toList());
		content.table("表 重新分级记录", List.of("工单号", "时间", "操作人", "内容"), reclassified.stream()
			.map((r) -> List.of(r.ticketNumber(), Labels.time(r.occurredAt(), data.zone()), r.actor(), r.detail()))
			.toList());
		content.sheet("时限判定", List.of("工单号", "时限", "判定时限", "完成时间", "是否达成", "依据"),
				judgements.stream()
					.map((j) -> List.of(j.ticket(), j.kind().equals("RESPONSE") ? "响应" : "修复",
							Labels.time(j.due(), data.zone()), Labels.time(j.doneAt(), data.zone()),
							j.met() ? "达成" : "未达成", j.basis()))
					.toList());
		content.sheet("超时与重新分级", List.of("工单号", "类型", "时间", "内容"),
				breachAndReclassificationRows(data, breaches, reclassified));
		return content;
	}

	/**
	 * Judges one deadline of a ticket when it fell due in the period. A breach record
	 * decides, with its own deadline; otherwise the ticket's current deadline and the
	 * moment the work was done.
	 */
	private static Optional<Judgement> judge(ReportData data, ReportData.Fault fault, String kind, Instant due,
			Instant doneAt) {
		Optional<ReportData.Breach> breach = data.breaches()
			.stream()
			.filter((b) -> b.ticketNumber().equals(fault.number()) && b.kind().equals(kind))
			.findFirst();
		if (breach.isPresent()) {
			Instant breachDue = breach.get().dueAt();
			return data.inPeriod(breachDue)
					? Optional.of(new Judgement(fault.number(), kind, breachDue, doneAt, false, "超时记录"))
					: Optional.empty();
		}
		if (due == null || !data.inPeriod(due)) {
			return Optional.empty();
		}
		boolean met = doneAt != null && !doneAt.isAfter(due);
		return Optional.of(new Judgement(fault.number(), kind, due, doneAt, met, "当前时限"));
	}

	private static boolean reclassifiedAfter(ReportData data, ReportData.Breach breach) {
		return data.reclassifications()
			.stream()
			.anyMatch((r) -> r.ticketNumber().equals(breach.ticketNumber()) && r.occurredAt().isAfter(breach.dueAt()));
	}

	private static void times(ReportData data, SectionContent content, List<List<String>> rows, String name,
			String label, List<Elapsed> elapsed) {
		Duration mean = elapsed.isEmpty() ? null : Duration
			.ofSeconds(Math.round(elapsed.stream().mapToLong((e) -> e.duration().toSeconds()).average().orElse(0)));
		Elapsed longest = elapsed.stream().max(Comparator.comparing(Elapsed::duration)).orElse(null);
		content.figure("sla." + name + ".count", label + "完成工单数", elapsed.size());
		content.figure("sla." + name + ".meanMinutes", "平均" + label + "用时（分钟）",
				(mean != null) ? mean.toMinutes() : null);
		content.figure("sla." + name + ".maxMinutes", "最长" + label + "用时（分钟）",
				(longest != null) ? longest.duration().toMinutes() : null);
		content.figure("sla." + name + ".maxTicket", "最长" + label + "用时工单",
				(longest != null) ? longest.ticket() : null);
		rows.add(List.of(label, String.valueOf(elapsed.size()), Labels.duration(mean),
				(longest != null) ? Labels.duration(longest.duration()) : "",
				(longest != null) ? longest.ticket() : ""));
	}

	private static SectionContent.Chart rateChart(ReportData data, List<Judgement> judgements) {
		List<LocalDate> buckets = data.period().buckets();
		List<SectionContent.Series> series = new ArrayList<>();
		for (String kind : List.of("RESPONSE", "REPAIR")) {
			List<Double> values = new ArrayList<>();
			for (LocalDate bucket : buckets) {
				List<Judgement> inBucket = judgements.stream()
					.filter((j) -> j.kind().equals(kind) && data.period().bucketOf(data.dateOf(j.due())).equals(bucket))
					.toList();
				values.add(rate(inBucket.stream().filter(Judgement::met).count(), inBucket.size()));
			}
			series.add(new SectionContent.Series(kind.equals("RESPONSE") ? "响应达成率" : "修复达成率", values));
		}
		return new SectionContent.Chart("图 每" + data.period().bucketUnit() + "时限达成率（%）", SectionContent.Chart.Type.BAR,
				data.period().bucketUnit(), "达成率（%）", buckets.stream().map(data.period()::bucketLabel).toList(),
				series);
	}

	private static List<List<String>> breachAndReclassificationRows(ReportData data, List<ReportData.Breach> breaches,
			List<ReportData.Reclassification> reclassified) {
		List<List<String>> rows = new ArrayList<>();
		for (ReportData.Breach b : breaches) {
			rows.add(List.of(b.ticketNumber(), Labels.breachKind(b.kind()), Labels.time(b.dueAt(), data.zone()),
					"当时时限，记录于 " + Labels.time(b.recordedAt(), data.zone())));
		}
		for (ReportData.Reclassification r : reclassified) {
			rows.add(List.of(r.ticketNumber(), "重新分级", Labels.time(r.occurredAt(), data.zone()), r.detail()));
		}
		return rows;
	}

	private static Double rate(long met, long judged) {
		return (judged > 0) ? Math.round(met * 1000.0 / judged) / 10.0 : null;
	}

	/** One deadline of a ticket as judged for the report. */
	record Judgement(String ticket, String kind, Instant due, Instant doneAt, boolean met, String basis) {
	}

	private record Elapsed(String ticket, Duration duration) {
	}

}
