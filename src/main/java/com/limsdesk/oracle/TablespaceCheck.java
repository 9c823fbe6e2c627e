package com.limsdesk.oracle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Usage of every permanent, undo and temporary tablespace against the size its files can
 * reach by autoextend, because a tablespace fills up only when no file can grow any
 * further. A 10 GiB file that autoextends to 32 GiB with 1 GiB free is 28 % used, not 90
 * %. Undo counts its active and unexpired extents as used, temporary tablespaces the
 * blocks in use by sort segments. Bigfile and other large tablespaces are also judged by
 * their free space in bytes. Tablespaces that are offline or read only are listed but not
 * judged, since nothing can be written to them.
 */
@Component
class TablespaceCheck implements OracleCheck {

	static final String NAME = "tablespaces";

	/**
	 * How many tablespaces over a threshold the message names before it counts the rest.
	 */
	private static final int LISTED = 5;

	private final TablespaceThresholds thresholds;

	TablespaceCheck(TablespaceThresholds thresholds) {
		this.thresholds = thresholds;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "表空间使用率";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		List<Usage> usages = read(context);
		if (usages.isEmpty()) {
			return CheckResult.unknown(NAME, "未查到任何表空间，监控账户可能缺少 SELECT_CATALOG_ROLE", null);
		}
		List<Figure> figures = new ArrayList<>();
		List<Assessment> judged = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (Usage usage : usages) {
			if ("OFFLINE".equals(usage.status())) {
				notes.add(usage.kind().label() + " " + usage.subject() + " 已脱机，未计算使用率");
				continue;
			}
			if (usage.maxBytes() <= 0) {
				judged.add(new Assessment(usage, CheckStatus.WARNING,
						usage.kind().label() + " " + usage.subject() + " 的数据文件大小无法读取（文件可能脱机或丢失）"));
				continue;
			}
			figures.addAll(usage.figures());
			if ("READ ONLY".equals(usage.status())) {
				continue;
			}
			judged.add(assess(usage));
		}
		return result(judged, notes, figures);
	}

	private List<Usage> read(CheckContext context) throws SQLException {
		boolean cdb = isContainerDatabase(context);
		String suffix = cdb ? "-cdb" : "";
		List<Usage> usages = new ArrayList<>();
		for (Row row : context.query("data-tablespaces" + suffix)) {
			boolean undo = "UNDO".equals(row.text("CONTENTS"));
			long used = undo ? row.longValue("ACTIVE_BYTES", 0) + row.longValue("UNEXPIRED_BYTES", 0)
					: row.longValue("ALLOCATED_BYTES", 0) - row.longValue("FREE_BYTES", 0);
			usages.add(usage(row, cdb, undo ? Kind.UNDO : Kind.PERMANENT, used));
		}
		for (Row row : context.query("temporary-tablespaces" + suffix)) {
			long used = row.longValue("USED_BLOCKS", 0) * row.longValue("BLOCK_SIZE", 0);
			usages.add(usage(row, cdb, Kind.TEMPORARY, used));
		}
		return usages;
	}

	private static boolean isContainerDatabase(CheckContext context) throws SQLException {
		String version = context.single("version").text("VERSION");
		return InstanceCheck.isAtLeast12(version) && "YES".equals(context.single("container").text("CDB"));
	}

	/**
	 * Builds the usage of one tablespace row. On a container database the subject is
	 * CONTAINER/TABLESPACE, because every PDB may have a tablespace named USERS.
	 */
	private static Usage usage(Row row, boolean cdb, Kind kind, long usedBytes) {
		String name = row.text("TABLESPACE_NAME");
		String subject = cdb ? row.text("CONTAINER_NAME") + "/" + name : name;
		return new Usage(subject, kind, "YES".equals(row.text("BIGFILE")), row.text("STATUS"),
				row.longValue("ALLOCATED_BYTES", 0), row.longValue("MAX_BYTES", 0), usedBytes);
	}

	/**
	 * Judges one tablespace by its used percentage and, when it is large, by its free
	 * space in bytes. The worse of the two wins.
	 */
	private Assessment assess(Usage usage) {
		double percent = usage.usedPercent();
		CheckStatus status = CheckStatus.OK;
		if (percent >= this.thresholds.criticalPercent()) {
			status = CheckStatus.CRITICAL;
		}
		else if (percent >= this.thresholds.warningPercent()) {
			status = CheckStatus.WARNING;
		}
		String text = usage.kind().label() + " " + usage.subject() + " 已用 " + formatPercent(percent) + "（可扩展至 "
				+ ByteSizes.format(usage.maxBytes()) + "，剩余 " + ByteSizes.format(usage.freeBytes()) + "）";
		if (isLarge(usage)) {
			long free = usage.freeBytes();
			CheckStatus freeStatus = CheckStatus.OK;
			long limit = 0;
			if (free < this.thresholds.criticalFree().toBytes()) {
				freeStatus = CheckStatus.CRITICAL;
				limit = this.thresholds.criticalFree().toBytes();
			}
			else if (free < this.thresholds.warningFree().toBytes()) {
				freeStatus = CheckStatus.WARNING;
				limit = this.thresholds.warningFree().toBytes();
			}
			if (freeStatus != CheckStatus.OK) {
				text = text + "，剩余空间低于 " + ByteSizes.format(limit);
				status = status.worst(freeStatus);
			}
		}
		return new Assessment(usage, status, text);
	}

	private boolean isLarge(Usage usage) {
		return usage.bigfile() || usage.maxBytes() > this.thresholds.largeTablespace().toBytes();
	}

	private static CheckResult result(List<Assessment> judged, List<String> notes, List<Figure> figures) {
		List<Assessment> ranked = judged.stream()
			.sorted(Comparator.comparing((Assessment assessment) -> assessment.status().ordinal())
				.thenComparingDouble((assessment) -> assessment.usage().usedPercent())
				.reversed())
			.toList();
		CheckStatus status = ranked.stream().map(Assessment::status).reduce(CheckStatus.OK, CheckStatus::worst);
		List<String> parts = new ArrayList<>();
		if (status == CheckStatus.OK) {
			String highest = ranked.isEmpty() ? "" : "，最高为" + ranked.get(0).text();
			parts.add(ranked.size() + " 个表空间使用率正常" + highest);
		}
		else {
			List<Assessment> flagged = ranked.stream()
				.filter((assessment) -> assessment.status() != CheckStatus.OK)
				.toList();
			flagged.stream().limit(LISTED).forEach((assessment) -> parts.add(assessment.text()));
			if (flagged.size() > LISTED) {
				parts.add("另有 " + (flagged.size() - LISTED) + " 个表空间超过阈值");
			}
		}
		parts.addAll(notes);
		CheckResult result = CheckResult.of(NAME, status, String.join("；", parts), figures);
		return (status == CheckStatus.CRITICAL) ? result.withSeverityHint("major") : result;
	}

	static String formatPercent(double percent) {
		return String.format(Locale.ROOT, "%.1f%%", percent);
	}

	enum Kind {

		PERMANENT("表空间"), UNDO("撤销表空间"), TEMPORARY("临时表空间");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * Space of one tablespace, in bytes.
	 *
	 * @param subject the tablespace name, with its container on a container database
	 * @param kind permanent, undo or temporary
	 * @param bigfile whether the tablespace has a single bigfile data file
	 * @param status ONLINE, OFFLINE or READ ONLY
	 * @param allocatedBytes current size of the files
	 * @param maxBytes size the files can reach by autoextend
	 * @param usedBytes space in use
	 */
	record Usage(String subject, Kind kind, boolean bigfile, String status, long allocatedBytes, long maxBytes,
			long usedBytes) {

		/** Returns the space still reachable by autoextend. */
		long freeBytes() {
			return this.maxBytes - this.usedBytes;
		}

		double usedPercent() {
			return (this.maxBytes > 0) ? 100.0 * this.usedBytes / this.maxBytes : 0;
		}

		List<Figure> figures() {
			return List.of(Figure.of(this.subject, "used_bytes", this.usedBytes, "bytes"),
					Figure.of(this.subject, "max_bytes", this.maxBytes, "bytes"),
					Figure.of(this.subject, "allocated_bytes", this.allocatedBytes, "bytes"),
					Figure.of(this.subject, "free_bytes", freeBytes(), "bytes"),
					Figure.of(this.subject, "used_percent", usedPercent(), "percent"));
		}

	}

	private record Assessment(Usage usage, CheckStatus status, String text) {
	}

}
