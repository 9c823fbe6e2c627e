package com.limsdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Database inspections of the period: findings by check and status, the backup success
 * rate over the backup jobs that the checks saw finish, and the growth of each tablespace
 * from its first to its last measurement in the period.
 */
@Component
class DatabaseSection implements ReportSection {

	/** Tablespaces drawn in the growth chart, those that grew most. */
	static final int CHART_TABLESPACES = 8;

	private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1024L * 1024);

	@Override
	public int order() {
		return 70;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return true;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("database", "数据库巡检情况");
		List<ReportData.CheckResult> results = data.checkResults();
		long inspections = results.stream().map(ReportData.CheckResult::inspectionNumber).distinct().count();
		long findings = results.stream().filter((r) -> !"OK".equals(r.status())).count();
		content.figure("database.inspections", "本期巡检次数", inspections);
		content.figure("database.results", "本期检查项结果数", results.size());
		content.figure("database.findings", "本期异常检查结果数（警告、严重、未知）", findings);
		content.table("表 检查结果按检查项统计", List.of("检查项", "正常", "警告", "严重", "未知"), byCheck(results));
		backups(data, content);
		List<Growth> growth = tablespaceGrowth(data);
		content.figure("database.tablespaces", "本期有测量的表空间数", growth.size());
		content.table("表 表空间增长", List.of("数据库", "表空间", "期初已用（MB）", "期末已用（MB）", "增长（MB）", "期末使用率"),
				growth.stream()
					.map((g) -> List.of(g.target(), g.tablespace(), mebibytes(g.first()), mebibytes(g.last()),
							mebibytes(g.last().subtract(g.first())),
							(g.lastPercent() != null) ? g.lastPercent().setScale(1, RoundingMode.HALF_UP) + "%" : ""))
					.toList());
		if (!growth.isEmpty()) {
			content.chart(growthChart(data, growth));
		}
		content.table("表 异常检查结果", List.of("时间", "数据库", "检查项", "状态", "说明", "工单"), results.stream()
			.filter((r) -> !"OK".equals(r.status()))
			.map((r) -> List.of(Labels.time(r.checkedAt(), data.zone()), r.target(), r.checkName(),
					Labels.checkStatus(r.status()), r.message(), (r.ticketNumber() != null) ? r.ticketNumber() : ""))
			.toList());
		content.sheet("巡检结果", List.of("巡检编号", "时间", "数据库", "检查项", "状态", "说明", "工单"),
				results.stream()
					.map((r) -> List.of(r.inspectionNumber(), Labels.time(r.checkedAt(), data.zone()), r.target(),
							r.checkName(), Labels.checkStatus(r.status()), r.message(),
							(r.ticketNumber() != null) ? r.ticketNumber() : ""))
					.toList());
		content.sheet("备份与表空间测量值", List.of("时间", "数据库", "检查项", "对象", "指标", "值", "单位"),
				data.checkFigures()
					.stream()
					.map((f) -> List.of(Labels.time(f.checkedAt(), data.zone()), f.target(), f.checkName(), f.subject(),
							f.name(), f.value().toPlainString(), f.unit()))
					.toList());
		return content;
	}

	private static List<List<String>> byCheck(List<ReportData.CheckResult> results) {
		Map<String, long[]> counts = new TreeMap<>();
		List<String> statuses = List.of("OK", "WARNING", "CRITICAL", "UNKNOWN");
		for (ReportData.CheckResult result : results) {
			long[] row = counts.computeIfAbsent(result.checkName(), (name) -> new long[statuses.size()]);
			int index = statuses.indexOf(result.status());
			row[(index >= 0) ? index : statuses.size() - 1]++;
		}
		List<List<String>> rows = new ArrayList<>();
		counts.forEach((check, row) -> rows.add(List.of(check, String.valueOf(row[0]), String.valueOf(row[1]),
				String.valueOf(row[2]), String.valueOf(row[3]))));
		return rows;
	}

	private static void backups(ReportData data, SectionContent content) {
		long finished = sum(data, "jobs_finished");
		long completed = sum(data, "jobs_completed");
		Double rate = (finished > 0) ? Math.round(completed * 1000.0 / finished) / 10.0 : null;
		long failedChecks = data.checkResults()
			.stream()
			.filter((r) -> "backups".equals(r.checkName()) && !"OK".equals(r.status()))
			.count();
		content.figure("database.backups.finished", "本期结束的备份作业数", finished);
		content.figure("database.backups.completed", "本期成功的备份作业数", completed);
		content.figure("database.backups.percent", "备份成功率（%）", rate);
		content.paragraph("本期巡检共看到结束的备份作业 " + finished + " 个，其中成功 " + completed + " 个，备份成功率 " + Labels.percent(rate)
				+ "；备份检查异常 " + failedChecks + " 次。");
	}

	private static long sum(ReportData data, String name) {
		return data.checkFigures()
			.stream()
			.filter((f) -> "backups".equals(f.checkName()) && name.equals(f.name()))
			.mapToLong((f) -> f.value().longValue())
			.sum();
	}

	private static List<Growth> tablespaceGrowth(ReportData data) {
		Map<String, List<ReportData.CheckFigure>> used = new LinkedHashMap<>();
		Map<String, ReportData.CheckFigure> lastPercent = new LinkedHashMap<>();
		for (ReportData.CheckFigure figure : data.checkFigures()) {
			if (!"tablespaces".equals(figure.checkName())) {
				continue;
			}
			String key = figure.target() + "\u0000" + figure.subject();
			if ("used_bytes".equals(figure.name())) {
				used.computeIfAbsent(key, (k) -> new ArrayList<>()).add(figure);
			}
			if ("used_percent".equals(figure.name())) {
				lastPercent.put(key, figure);
			}
		}
		List<Growth> growth = new ArrayList<>();
		used.forEach((key, figures) -> {
			ReportData.CheckFigure first = figures.get(0);
			ReportData.CheckFigure last = figures.get(figures.size() - 1);
			ReportData.CheckFigure percent = lastPercent.get(key);
			growth.add(new Growth(first.target(), first.subject(), first.value(), last.value(),
					(percent != null) ? percent.value() : null, figures));
		});
		growth.sort(Comparator.comparing(Growth::target).thenComparing(Growth::tablespace));
		return growth;
	}

	private static SectionContent.Chart growthChart(ReportData data, List<Growth> growth) {
		List<LocalDate> buckets = data.period().buckets();
		List<Growth> drawn = growth.stream()
			.sorted(Comparator.comparing((Growth g) -> g.last().subtract(g.first())).reversed())
			.limit(CHART_TABLESPACES)
			.toList();
		List<SectionContent.Series> series = new ArrayList<>();
		for (Growth g : drawn) {
			List<Double> values = new ArrayList<>();
			for (LocalDate bucket : buckets) {
				BigDecimal value = null;
				for (ReportData.CheckFigure figure : g.figures()) {
					if (data.period().bucketOf(data.dateOf(figure.checkedAt())).equals(bucket)) {
						value = figure.value();
					}
				}
				values.add((value != null) ? value.divide(MEBIBYTE, 1, RoundingMode.HALF_UP).doubleValue() : null);
			}
			series.add(new SectionContent.Series(g.target() + " " + g.tablespace(), values));
		}
		return new SectionContent.Chart("图 表空间已用空间（MB，每" + data.period().bucketUnit() + "最后一次测量）",
				SectionContent.Chart.Type.LINE, data.period().bucketUnit(), "已用（MB）",
				buckets.stream().map(data.period()::bucketLabel).toList(), series);
	}

	static String mebibytes(BigDecimal bytes) {
		return bytes.divide(MEBIBYTE, 1, RoundingMode.HALF_UP).toPlainString();
	}

	/** Used bytes of one tablespace at the first and the last measurement. */
	record Growth(String target, String tablespace, BigDecimal first, BigDecimal last, BigDecimal lastPercent,
			List<ReportData.CheckFigure> figures) {
	}

}
