package com.limsdesk.oracle;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Tables left behind by maintenance work, such as copies made before a data correction:
 * tables in the configured schemas whose name matches a configured pattern and that are
 * older than the minimum age. They take space and confuse later work, so any such table
 * is a warning that calls for a cleanup run (process temp-table-cleanup). A target
 * without schemas configured is not checked and is OK.
 */
@Component
class TemporaryTablesCheck implements OracleCheck {

	static final String NAME = TemporaryTableCandidates.CHECK_NAME;

	/** Tables named in the message at most; the figures count all of them. */
	static final int NAMES_IN_MESSAGE = 5;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "临时表";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		OracleProperties.TemporaryTables settings = context.target().temporaryTables();
		if (settings.schemas().isEmpty()) {
			return CheckResult.of(NAME, CheckStatus.OK, "未配置临时表所在的用户（temporary-tables.schemas），未检查临时表", List.of());
		}
		List<TemporaryTableCandidate> candidates = TemporaryTableCandidates.list(context);
		List<Figure> figures = figures(settings, candidates);
		String schemas = String.join("、", settings.schemas());
		String criteria = "创建超过 " + age(settings.minimumAge()) + "、名称匹配 " + String.join("、", settings.patterns())
				+ " 的表";
		if (candidates.isEmpty()) {
			return CheckResult.of(NAME, CheckStatus.OK, schemas + " 中没有" + criteria, figures);
		}
		long bytes = candidates.stream().mapToLong(TemporaryTableCandidate::bytes).sum();
		return CheckResult.of(NAME, CheckStatus.WARNING, schemas + " 中有 " + candidates.size() + " 张" + criteria + "（共 "
				+ ByteSizes.formatShort(bytes) + "），需要发起临时表清理：" + names(candidates), figures);
	}

	/** Figures of the target as a whole and of each configured schema, zeros included. */
	private static List<Figure> figures(OracleProperties.TemporaryTables settings,
			List<TemporaryTableCandidate> candidates) {
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.of("", "candidate_count", candidates.size(), "count"));
		figures.add(Figure.of("", "candidate_bytes",
				candidates.stream().mapToLong(TemporaryTableCandidate::bytes).sum(), "bytes"));
		for (String schema : settings.schemas()) {
			List<TemporaryTableCandidate> own = candidates.stream()
				.filter((candidate) -> candidate.owner().equals(schema))
				.toList();
			figures.add(Figure.of(schema, "candidate_count", own.size(), "count"));
			figures.add(Figure.of(schema, "candidate_bytes",
					own.stream().mapToLong(TemporaryTableCandidate::bytes).sum(), "bytes"));
		}
		return figures;
	}

	private static String names(List<TemporaryTableCandidate> candidates) {
		String listed = candidates.stream()
			.limit(NAMES_IN_MESSAGE)
			.map((candidate) -> candidate.qualifiedName() + "（"
					+ (candidate.temporary() ? "全局临时表" : ByteSizes.formatShort(candidate.bytes())) + "）")
			.collect(Collectors.joining("、"));
		int more = candidates.size() - NAMES_IN_MESSAGE;
		return (more > 0) ? listed + " 等，另有 " + more + " 张" : listed;
	}

	/**
	 * Formats the minimum age in whole days, or in hours when it is shorter than a day.
	 */
	static String age(Duration age) {
		if (age.toDays() >= 1 && age.toHours() % 24 == 0) {
			return age.toDays() + " 天";
		}
		return Math.max(1, age.toHours()) + " 小时";
	}

}
