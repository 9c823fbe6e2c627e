package com.limsdesk.cleanup;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.limsdesk.oracle.ByteSizes;
import com.limsdesk.oracle.TemporaryTableCandidate;

/** The Chinese texts of the cleanup: checklist labels, summaries and mail bodies. */
final class CleanupTexts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private CleanupTexts() {
	}

	/**
	 * Describes a table in one line, such as
	 * {@code [LIMS] LIMS.TMP_SAMPLE（8 MiB，统计行数 1200，创建于 2025-01-03）}.
	 */
	static String describe(CleanupTable table) {
		String size = table.isTemporary() ? "全局临时表" : ByteSizes.formatShort(table.getBytes());
		String rows = (table.getNumRows() != null) ? "，统计行数 " + table.getNumRows() : "，无统计行数";
		String created = (table.getCreated() != null) ? "，创建于 " + DAY.format(table.getCreated()) : "";
		return "[" + table.getTarget() + "] " + table.qualifiedName() + "（" + size + rows + created + "）";
	}

	static long totalBytes(List<CleanupTable> tables) {
		return tables.stream().mapToLong(CleanupTable::getBytes).sum();
	}

	/** Lists the tables, one per line. */
	static String lines(List<CleanupTable> tables) {
		return tables.stream().map((table) -> "- " + describe(table)).collect(Collectors.joining("\n"));
	}

	/**
	 * Describes the outcome of one approved table, with the statement that restores a
	 * dropped one.
	 */
	static String outcome(CleanupTable table) {
		StringBuilder line = new StringBuilder("- ").append(describe(table))
			.append("：")
			.append(table.getOutcome().label());
		if (table.getOutcome() == CleanupOutcome.DROPPED) {
			line.append("，删除前 ").append(table.getRowsAtDrop()).append(" 行");
			if (table.isTemporary()) {
				line.append("；全局临时表按记录的 DDL 重建");
			}
			else {
				line.append("；恢复：FLASHBACK TABLE ")
					.append(TableIdentifiers.qualified(table.getOwner(), table.getName()))
					.append(" TO BEFORE DROP;");
			}
		}
		else if (table.getError() != null) {
			line.append("（").append(table.getError()).append("）");
		}
		return line.toString();
	}

	/** Summarizes the drop step over every approved table. */
	static String result(Cleanup cleanup, List<CleanupTable> approved) {
		List<CleanupTable> dropped = withOutcome(approved, CleanupOutcome.DROPPED);
		List<CleanupTable> failed = withOutcome(approved, CleanupOutcome.FAILED);
		List<CleanupTable> skipped = approved.stream()
			.filter((table) -> table.getOutcome() != CleanupOutcome.DROPPED
					&& table.getOutcome() != CleanupOutcome.FAILED)
			.toList();
		StringBuilder text = new StringBuilder();
		text.append("临时表清理 ")
			.append(cleanup.number())
			.append("：批准 ")
			.append(approved.size())
			.append(" 张，已删除 ")
			.append(dropped.size())
			.append(" 张（共 ")
			.append(ByteSizes.formatShort(totalBytes(dropped)))
			.append("），跳过 ")
			.append(skipped.size())
			.append(" 张，失败 ")
			.append(failed.size())
			.append(" 张。");
		section(text, "已删除（表在回收站中，DBA 可恢复）", dropped);
		section(text, "跳过", skipped);
		section(text, "失败", failed);
		if (cleanup.getListingNote() != null) {
			text.append("\n\n").append(cleanup.getListingNote());
		}
		return text.toString();
	}

	/** Returns the subject line of the result mail. */
	static String resultSubject(Cleanup cleanup, List<CleanupTable> approved) {
		long dropped = withOutcome(approved, CleanupOutcome.DROPPED).size();
		long failed = withOutcome(approved, CleanupOutcome.FAILED).size();
		return "[" + cleanup.number() + "] 临时表清理结果：删除 " + dropped + " 张，跳过 " + (approved.size() - dropped - failed)
				+ " 张，失败 " + failed + " 张";
	}

	private static void section(StringBuilder text, String title, List<CleanupTable> tables) {
		if (!tables.isEmpty()) {
			text.append("\n\n").append(title).append("：\n");
			text.append(tables.stream().map(CleanupTexts::outcome).collect(Collectors.joining("\n")));
		}
	}

	private static List<CleanupTable> withOutcome(List<CleanupTable> tables, CleanupOutcome outcome) {
		return tables.stream().filter((table) -> table.getOutcome() == outcome).toList();
	}

}
