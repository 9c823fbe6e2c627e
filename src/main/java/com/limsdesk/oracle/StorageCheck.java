package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static com.limsdesk.oracle.TablespaceCheck.formatPercent;

/**
 * The storage under the database: ASM disk groups that are not mounted or nearly full,
 * data files that are offline, need media recovery or cannot be read, and the free space
 * of the server file systems configured as the target's {@code diskPaths}. A damaged data
 * file or a full disk means data can be lost or no longer written, so every critical
 * finding carries the {@code critical} severity hint. The file systems are read on the
 * desk's own host, so a configured path that does not exist here is reported as not
 * mounted and not checked.
 */
@Component
class StorageCheck implements OracleCheck {

	static final String NAME = "storage";

	/** How many damaged files the message names before it counts the rest. */
	private static final int LISTED_FILES = 5;

	private static final long MIB = 1024L * 1024;

	private static final Logger logger = LoggerFactory.getLogger(StorageCheck.class);

	private final StorageThresholds thresholds;

	StorageCheck(StorageThresholds thresholds) {
		this.thresholds = thresholds;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "存储";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		Findings findings = new Findings();
		List<Figure> figures = new ArrayList<>();
		diskGroups(context, findings, figures);
		damagedFiles(context, findings, figures);
		diskPaths(context.target(), findings, figures);
		return findings.result(figures);
	}

	private void diskGroups(CheckContext context, Findings findings, List<Figure> figures) throws SQLException {
		List<Row> groups = context.query("disk-groups");
		if (groups.isEmpty()) {
			// Empty when the database does not use ASM, and when queried from a PDB.
			findings.fine.add("未查到 ASM 磁盘组");
		}
		for (Row group : groups) {
			String name = group.text("NAME");
			String state = group.text("STATE");
			if (!"MOUNTED".equals(state) && !"CONNECTED".equals(state)) {
				findings.critical.add("ASM 磁盘组 " + name + " 状态为 " + state);
				continue;
			}
			diskGroupSpace(group, findings, figures);
			long offlineDisks = group.longValue("OFFLINE_DISKS", 0);
			if (offlineDisks > 0) {
				findings.warnings.add("ASM 磁盘组 " + name + " 有 " + offlineDisks + " 块磁盘脱机，冗余已降低");
			}
		}
	}

	/**
	 * Judges the space of a mounted disk group after redundancy. The used share is taken
	 * of the space files can use, (TOTAL_MB - REQUIRED_MIRROR_FREE_MB) / mirror copies,
	 * so that a group with normal redundancy is full when USABLE_FILE_MB reaches 0.
	 */
	private void diskGroupSpace(Row group, Findings findings, List<Figure> figures) {
		String name = group.text("NAME");
		long totalMb = group.longValue("TOTAL_MB", 0);
		long freeMb = group.longValue("FREE_MB", 0);
		long usableMb = group.longValue("USABLE_FILE_MB", 0);
		long requiredMb = group.longValue("REQUIRED_MIRROR_FREE_MB", 0);
		double copies = mirrorCopies(group.text("TYPE"), freeMb, requiredMb, usableMb);
		double usableTotalMb = usableMb + (totalMb - freeMb) / copies;
		double percent = (usableTotalMb > 0) ? 100.0 * (1 - usableMb / usableTotalMb) : 100.0;
		figures.add(Figure.of(name, "total_bytes", totalMb * MIB, "bytes"));
		figures.add(Figure.of(name, "usable_free_bytes", usableMb * MIB, "bytes"));
		figures.add(Figure.of(name, "used_percent", percent, "percent"));
		String text = "ASM 磁盘组 " + name + " 已用 " + formatPercent(percent) + "（冗余后可用 " + ByteSizes.format(usableMb * MIB)
				+ "）";
		if (usableMb < 0) {
			findings.critical.add(text + "，磁盘故障后已无法恢复完整冗余");
		}
		else if (percent >= this.thresholds.diskGroupCriticalPercent()) {
			findings.critical.add(text);
		}
		else if (percent >= this.thresholds.diskGroupWarningPercent()) {
			findings.warnings.add(text);
		}
		else {
			findings.fine.add(text);
		}
	}

	/**
	 * Returns how many copies of each extent the group keeps. Flex and extended groups
	 * (12.2) set it per file, so for them it is derived from the free space and
	 * USABLE_FILE_MB, or taken as two when USABLE_FILE_MB is 0 or less.
	 */
	static double mirrorCopies(String type, long freeMb, long requiredMb, long usableMb) {
		if ("EXTERN".equals(type)) {
			return 1;
		}
		if ("NORMAL".equals(type)) {
			return 2;
		}
		if ("HIGH".equals(type)) {
			return 3;
		}
		if (usableMb > 0 && freeMb - requiredMb >= usableMb) {
			return (double) (freeMb - requiredMb) / usableMb;
		}
		return 2;
	}

	private static void damagedFiles(CheckContext context, Findings findings, List<Figure> figures)
			throws SQLException {
		String role = context.single("role").text("DATABASE_ROLE");
		boolean standby = role != null && role.contains("STANDBY");
		List<String> damaged = new ArrayList<>();
		for (Row file : context.query("damaged-files")) {
			List<String> reasons = reasons(file, standby);
			if (!reasons.isEmpty()) {
				damaged.add(fileLabel(file) + String.join("，", reasons));
			}
		}
		figures.add(Figure.of("", "damaged_files", damaged.size(), "count"));
		if (damaged.isEmpty()) {
			findings.fine.add("数据文件均正常");
			return;
		}
		findings.critical.addAll(damaged.stream().limit(LISTED_FILES).toList());
		if (damaged.size() > LISTED_FILES) {
			findings.critical.add("另有 " + (damaged.size() - LISTED_FILES) + " 个数据文件脱机、损坏或需要恢复");
		}
	}

	private static String fileLabel(Row file) {
		String tablespace = file.text("TABLESPACE_NAME");
		String where = (tablespace != null) ? "，表空间 " + tablespace : "";
		return "数据文件 " + file.text("FILE#") + "（" + file.text("NAME") + where + "）";
	}

	/**
	 * Lists why a data file is damaged. A physical standby applies redo to its files all
	 * the time, so there a file that only needs media recovery is not reported.
	 */
	private static List<String> reasons(Row file, boolean standby) {
		List<String> reasons = new ArrayList<>();
		String status = file.text("STATUS");
		if ("OFFLINE".equals(status) || "RECOVER".equals(status) || "SYSOFF".equals(status)) {
			reasons.add("状态为 " + status);
		}
		else if ("OFFLINE".equals(file.text("HEADER_STATUS"))) {
			reasons.add("文件头状态为 OFFLINE");
		}
		String error = file.text("ERROR");
		if (error != null) {
			reasons.add("文件头错误 " + error);
		}
		String recoverError = file.text("RECOVER_ERROR");
		if (recoverError != null && !recoverError.equals(error)) {
			reasons.add("恢复错误 " + recoverError);
		}
		// NOTE: that a standby shows its files with RECOVER = YES or in V$RECOVER_FILE is
		// assumed and was not seen on a real standby. Offline files and header errors
		// count there too.
		boolean needsRecovery = "YES".equals(file.text("RECOVER")) || "YES".equals(file.text("IN_RECOVER_FILE"));
		if (needsRecovery && !standby) {
			reasons.add("需要介质恢复");
		}
		return reasons;
	}

	private void diskPaths(OracleProperties.Target target, Findings findings, List<Figure> figures) {
		if (target.diskPaths().isEmpty()) {
			findings.fine.add("未配置服务器磁盘路径");
		}
		for (Path path : target.diskPaths()) {
			// NOTE: a path that exists here only as a directory of the desk host's own
			// file
			// system is measured as that file system, because nothing distinguishes the
			// two
			// apart.
			if (!Files.exists(path)) {
				findings.notes.add("路径 " + path + " 未挂载到本机，未检查");
				continue;
			}
			try {
				FileStore store = Files.getFileStore(path);
				diskSpace(path.toString(), store.getTotalSpace(), store.getUsableSpace(), findings, figures);
			}
			catch (IOException ex) {
				logger.warn("Failed to read the free space of {} for target {}: {}", path, target.name(),
						ex.toString());
				findings.notes.add("路径 " + path + " 的磁盘空间无法读取（" + ex.getMessage() + "）");
			}
		}
	}

	/**
	 * Judges one file system. Usable space is what a non-root user such as oracle can
	 * still write, so blocks reserved for root count as used.
	 */
	private void diskSpace(String subject, long totalBytes, long usableBytes, Findings findings, List<Figure> figures) {
		if (totalBytes <= 0) {
			findings.notes.add("路径 " + subject + " 所在文件系统容量为 0，未检查");
			return;
		}
		double percent = 100.0 * (totalBytes - usableBytes) / totalBytes;
		figures.add(Figure.of(subject, "total_bytes", totalBytes, "bytes"));
		figures.add(Figure.of(subject, "free_bytes", usableBytes, "bytes"));
		figures.add(Figure.of(subject, "used_percent", percent, "percent"));
		String text = "磁盘 " + subject + " 已用 " + formatPercent(percent) + "（剩余 " + ByteSizes.format(usableBytes) + "，共 "
				+ ByteSizes.format(totalBytes) + "）";
		if (percent >= this.thresholds.diskCriticalPercent()) {
			findings.critical.add(text);
		}
		else if (percent >= this.thresholds.diskWarningPercent()) {
			findings.warnings.add(text);
		}
		else {
			findings.fine.add(text);
		}
	}

	/** Message parts of one run, by status. */
	private static final class Findings {

		private final List<String> critical = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<String> fine = new ArrayList<>();

		/** Paths that could not be checked. They never change the status. */
		private final List<String> notes = new ArrayList<>();

		CheckResult result(List<Figure> figures) {
			CheckStatus status = CheckStatus.OK;
			if (!this.critical.isEmpty()) {
				status = CheckStatus.CRITICAL;
			}
			else if (!this.warnings.isEmpty()) {
				status = CheckStatus.WARNING;
			}
			List<String> parts = new ArrayList<>(this.critical);
			parts.addAll(this.warnings);
			if (status == CheckStatus.OK) {
				parts.addAll(this.fine);
			}
			parts.addAll(this.notes);
			CheckResult result = CheckResult.of(NAME, status, String.join("；", parts), figures);
			return (status == CheckStatus.CRITICAL) ? result.withSeverityHint("critical") : result;
		}

	}

}
