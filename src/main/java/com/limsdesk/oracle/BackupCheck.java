package com.limsdesk.oracle;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Backup health of the database: the RMAN backup jobs that failed or warned, the age of
 * the last successful database and archived log backups, the use of the fast recovery
 * area and the archive destinations in error.
 * <p>
 * Jobs are judged from the earlier of the previous run and the start of the look-back, so
 * that no job goes unseen when the desk was stopped for a while. A failed job counts as a
 * warning, not as critical, once a later job of the same input type completed. The
 * success rate covers the look-back. The figures {@code jobs_finished} and
 * {@code jobs_completed} count the jobs that ended since the previous run, so that their
 * sums over a quarter count every job once.
 */
@Component
class BackupCheck implements OracleCheck {

	static final String NAME = "backups";

	/** State key of the database time of the previous run. */
	static final String LAST_RUN_KEY = "lastRunAt";

	/** Input types of V$RMAN_BACKUP_JOB_DETAILS that back up the whole database. */
	static final Set<String> DATABASE_TYPES = Set.of("DB FULL", "DB INCR");

	/** Statuses of V$ARCHIVE_DEST under which the destination receives no redo. */
	static final Set<String> DESTINATION_ERRORS = Set.of("ERROR", "BAD PARAM", "DISABLED", "FULL");

	/** Number of jobs named in the message for each finding. */
	static final int LISTED = 3;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final BackupThresholds thresholds;

	BackupCheck(BackupThresholds thresholds) {
		this.thresholds = thresholds;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "备份";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		LocalDateTime now = context.databaseTime();
		LocalDateTime lastRun = parseTime(context.state().get(LAST_RUN_KEY));
		boolean archivelogMode = "ARCHIVELOG".equals(context.single("database").text("LOG_MODE"));
		Map<String, Row> lastSuccesses = new HashMap<>();
		for (Row row : context.query("last-successes")) {
			lastSuccesses.put(row.text("INPUT_TYPE"), row);
		}
		Findings findings = new Findings();

		jobs(context, now, lastRun, lastSuccesses, findings);
		lastSuccessFigures(now, lastSuccesses, findings);
		databaseBackupAge(now, lastSuccesses, findings);
		if (archivelogMode) {
			archivelogBackupAge(context, now, lastSuccesses, findings);
		}
		else {
			findings.note("数据库未开启归档模式，不检查归档日志备份");
		}
		recoveryArea(context, archivelogMode, findings);
		archiveDestinations(context, findings);

		context.state().put(LAST_RUN_KEY, now.toString());
		return findings.result();
	}

	private void jobs(CheckContext context, LocalDateTime now, LocalDateTime lastRun, Map<String, Row> lastSuccesses,
			Findings findings) throws SQLException {
		LocalDateTime lookBackStart = now.minus(this.thresholds.lookBack());
		boolean sinceLastRun = lastRun != null && lastRun.isBefore(lookBackStart);
		LocalDateTime windowStart = sinceLastRun ? lastRun : lookBackStart;
		String lookBack = "近 " + duration(this.thresholds.lookBack());
		String window = sinceLastRun ? "自上次检查（" + TIME.format(lastRun) + "）以来" : lookBack;
		Timestamp since = Timestamp.valueOf(windowStart);
		List<Job> jobs = context.query("jobs", since, since).stream().map(Job::of).toList();

		List<Job> failed = jobs.stream().filter(Job::isFailure).toList();
		List<Job> open = failed.stream().filter((job) -> !isSuperseded(job, lastSuccesses)).toList();
		List<Job> superseded = failed.stream().filter((job) -> isSuperseded(job, lastSuccesses)).toList();
		List<Job> warned = jobs.stream().filter(Job::hasWarnings).toList();
		findings.figure(Figure.of("", "failed_jobs", failed.size(), "count"));
		findings.figure(Figure.of("", "warning_jobs", warned.size(), "count"));
		if (!open.isEmpty()) {
			findings.add(CheckStatus.CRITICAL, window + "有 " + open.size() + " 个备份作业失败：" + list(open));
		}
		if (!superseded.isEmpty()) {
			findings.add(CheckStatus.WARNING,
					window + "有 " + superseded.size() + " 个备份作业失败，之后同类备份已成功：" + list(superseded));
		}
		if (!warned.isEmpty()) {
			findings.add(CheckStatus.WARNING, window + "有 " + warned.size() + " 个备份作业带警告：" + list(warned));
		}

		List<Job> finishedInLookBack = jobs.stream().filter((job) -> job.hasEndedAfter(lookBackStart)).toList();
		long completedInLookBack = finishedInLookBack.stream().filter(Job::isSuccess).count();
		if (finishedInLookBack.isEmpty()) {
			findings.note(lookBack + "没有结束的备份作业");
		}
		else {
			double rate = completedInLookBack * 100.0 / finishedInLookBack.size();
			findings.figure(Figure.of("", "success_rate", rate, "percent"));
			findings.note(lookBack + "备份成功率 " + percent(rate) + "（" + completedInLookBack + "/"
					+ finishedInLookBack.size() + "）");
		}

		LocalDateTime countFrom = (lastRun != null) ? lastRun : lookBackStart;
		List<Job> endedSinceLastRun = jobs.stream().filter((job) -> job.hasEndedAfter(countFrom)).toList();
		findings.figure(Figure.of("", "jobs_finished", endedSinceLastRun.size(), "count"));
		findings.figure(
				Figure.of("", "jobs_completed", endedSinceLastRun.stream().filter(Job::isSuccess).count(), "count"));
	}

	/** Returns whether a later job of the same input type completed after the failure. */
	private static boolean isSuperseded(Job failed, Map<String, Row> lastSuccesses) {
		Row success = lastSuccesses.get(failed.inputType());
		LocalDateTime successEnd = (success != null) ? success.dateTime("END_TIME") : null;
		return successEnd != null && failed.start() != null && successEnd.isAfter(failed.start());
	}

	private static void lastSuccessFigures(LocalDateTime now, Map<String, Row> lastSuccesses, Findings findings) {
		for (Row success : lastSuccesses.values()) {
			String type = success.text("INPUT_TYPE");
			LocalDateTime end = success.dateTime("END_TIME");
			if (end != null) {
				findings.figure(Figure.of(type, "last_success_age", age(end, now).toSeconds(), "seconds"));
			}
			findings.figure(Figure.of(type, "output_bytes", success.longValue("OUTPUT_BYTES", 0), "bytes"));
			findings.figure(Figure.of(type, "elapsed_seconds", success.longValue("ELAPSED_SECONDS", 0), "seconds"));
		}
	}

	private void databaseBackupAge(LocalDateTime now, Map<String, Row> lastSuccesses, Findings findings) {
		Row newest = null;
		for (String type : DATABASE_TYPES) {
			Row success = lastSuccesses.get(type);
			if (success != null && success.dateTime("END_TIME") != null
					&& (newest == null || success.dateTime("END_TIME").isAfter(newest.dateTime("END_TIME")))) {
				newest = success;
			}
		}
		if (newest == null) {
			findings.add(CheckStatus.CRITICAL, "控制文件中没有成功的数据库备份（DB FULL 或 DB INCR）记录");
			return;
		}
		Duration age = age(newest.dateTime("END_TIME"), now);
		findings.figure(Figure.of("", "database_backup_age", age.toSeconds(), "seconds"));
		judgeAge(findings, "最近一次成功的数据库备份（" + newest.text("INPUT_TYPE") + "）", age,
				this.thresholds.databaseBackupWarning(), this.thresholds.databaseBackupCritical());
	}

	/**
	 * Judges the newest archived log backup: the newest ARCHIVELOG job or, when later,
	 * the newest archived log backup set, which covers logs backed up inside a database
	 * job.
	 */
	private void archivelogBackupAge(CheckContext context, LocalDateTime now, Map<String, Row> lastSuccesses,
			Findings findings) throws SQLException {
		Row job = lastSuccesses.get("ARCHIVELOG");
		LocalDateTime newest = (job != null) ? job.dateTime("END_TIME") : null;
		LocalDateTime backupSet = context.single("archived-log-backups").dateTime("LAST_COMPLETION");
		if (backupSet != null && (newest == null || backupSet.isAfter(newest))) {
			newest = backupSet;
		}
		if (newest == null) {
			findings.add(CheckStatus.CRITICAL, "控制文件中没有归档日志备份记录");
			return;
		}
		Duration age = age(newest, now);
		findings.figure(Figure.of("", "archivelog_backup_age", age.toSeconds(), "seconds"));
		judgeAge(findings, "最近一次归档日志备份", age, this.thresholds.archivelogBackupWarning(),
				this.thresholds.archivelogBackupCritical());
	}

	private static void judgeAge(Findings findings, String subject, Duration age, Duration warning, Duration critical) {
		String text = subject + "完成于 " + hours(age) + "前";
		if (age.compareTo(critical) > 0) {
			findings.add(CheckStatus.CRITICAL, text + "，超过严重阈值 " + hours(critical));
		}
		else if (age.compareTo(warning) > 0) {
			findings.add(CheckStatus.WARNING, text + "，超过警告阈值 " + hours(warning));
		}
		else {
			findings.note(text);
		}
	}

	private void recoveryArea(CheckContext context, boolean archivelogMode, Findings findings) throws SQLException {
		Row area = context.query("recovery-area")
			.stream()
			.filter((row) -> row.text("NAME") != null && row.longValue("SPACE_LIMIT", 0) > 0)
			.findFirst()
			.orElse(null);
		if (area == null) {
			findings.note("未配置快速恢复区");
			return;
		}
		long limit = area.longValue("SPACE_LIMIT", 0);
		long used = area.longValue("SPACE_USED", 0);
		long reclaimable = area.longValue("SPACE_RECLAIMABLE", 0);
		double usedPercent = Math.max(0, used - reclaimable) * 100.0 / limit;
		findings.figure(Figure.of("", "fra_used_percent", usedPercent, "percent"));
		findings.figure(Figure.of("", "fra_used_bytes", used, "bytes"));
		findings.figure(Figure.of("", "fra_reclaimable_bytes", reclaimable, "bytes"));
		findings.figure(Figure.of("", "fra_limit_bytes", limit, "bytes"));

		String text = "快速恢复区 " + area.text("NAME") + " 扣除可回收的 " + gibibytes(reclaimable) + " 后已用 "
				+ percent(usedPercent) + "（上限 " + gibibytes(limit) + "）";
		if (usedPercent >= this.thresholds.recoveryAreaCriticalPercent()) {
			String effect = archivelogMode ? "，写满后归档停止，数据库将挂起" : "";
			findings.add(CheckStatus.CRITICAL,
					text + "，已达严重阈值 " + percent(this.thresholds.recoveryAreaCriticalPercent()) + effect);
			if (archivelogMode) {
				findings.markMajor();
			}
		}
		else if (usedPercent >= this.thresholds.recoveryAreaWarningPercent()) {
			findings.add(CheckStatus.WARNING,
					text + "，已达警告阈值 " + percent(this.thresholds.recoveryAreaWarningPercent()));
		}
		else {
			findings.note(text);
		}
	}

	private static void archiveDestinations(CheckContext context, Findings findings) throws SQLException {
		int errors = 0;
		for (Row destination : context.query("archive-destinations")) {
			String status = destination.text("STATUS");
			if (!DESTINATION_ERRORS.contains(status)) {
				continue;
			}
			errors++;
			String target = (destination.text("DESTINATION") != null) ? "（" + destination.text("DESTINATION") + "）"
					: " ";
			String error = (destination.text("ERROR") != null) ? "：" + destination.text("ERROR") : "";
			findings.add(CheckStatus.CRITICAL,
					"归档目标 " + destination.text("DEST_NAME") + target + "状态为 " + status + error);
			findings.markMajor();
		}
		findings.figure(Figure.of("", "archive_dest_errors", errors, "count"));
	}

	private static String list(List<Job> jobs) {
		String listed = jobs.stream().limit(LISTED).map(Job::describe).collect(Collectors.joining("、"));
		return (jobs.size() > LISTED) ? listed + " 等" : listed;
	}

	/**
	 * Returns the time from {@code end} to {@code now}, or zero when the end is later.
	 */
	private static Duration age(LocalDateTime end, LocalDateTime now) {
		Duration age = Duration.between(end, now);
		return age.isNegative() ? Duration.ZERO : age;
	}

	private static LocalDateTime parseTime(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String duration(Duration duration) {
		long hours = duration.toHours();
		return (hours > 0 && hours % 24 == 0) ? (hours / 24) + " 天" : hours(duration);
	}

	private static String hours(Duration duration) {
		return String.format(Locale.ROOT, "%.1f 小时", duration.toSeconds() / 3600.0);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f%%", value);
	}

	private static String gibibytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
	}

	/**
	 * One row of V$RMAN_BACKUP_JOB_DETAILS.
	 *
	 * @param inputType INPUT_TYPE, such as DB INCR or ARCHIVELOG
	 * @param status STATUS, such as COMPLETED WITH WARNINGS
	 * @param start START_TIME, server local time
	 * @param end END_TIME, server local time
	 */
	record Job(String inputType, String status, LocalDateTime start, LocalDateTime end) {

		static Job of(Row row) {
			String status = (row.text("STATUS") != null) ? row.text("STATUS") : "";
			return new Job(row.text("INPUT_TYPE"), status, row.dateTime("START_TIME"), row.dateTime("END_TIME"));
		}

		boolean isFailure() {
			return "FAILED".equals(this.status) || this.status.endsWith("WITH ERRORS");
		}

		boolean hasWarnings() {
			return this.status.endsWith("WITH WARNINGS");
		}

		boolean isSuccess() {
			return "COMPLETED".equals(this.status) || "COMPLETED WITH WARNINGS".equals(this.status);
		}

		boolean isFinished() {
			return !this.status.startsWith("RUNNING");
		}

		boolean hasEndedAfter(LocalDateTime time) {
			return isFinished() && this.end != null && this.end.isAfter(time);
		}

		String describe() {
			String started = (this.start != null) ? TIME.format(this.start) + " 开始，" : "";
			return this.inputType + "（" + started + this.status + "）";
		}

	}

	/** Findings of one run, grouped by status, with the figures. */
	private static final class Findings {

		private final List<String> critical = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<String> notes = new ArrayList<>();

		private final List<Figure> figures = new ArrayList<>();

		/** Whether a finding may stop the database, which makes the ticket major. */
		private boolean major;

		void add(CheckStatus status, String text) {
			if (status == CheckStatus.CRITICAL) {
				this.critical.add(text);
			}
			else {
				this.warnings.add(text);
			}
		}

		void markMajor() {
			this.major = true;
		}

		void note(String text) {
			this.notes.add(text);
		}

		void figure(Figure figure) {
			this.figures.add(figure);
		}

		CheckResult result() {
			CheckStatus status = !this.critical.isEmpty() ? CheckStatus.CRITICAL
					: !this.warnings.isEmpty() ? CheckStatus.WARNING : CheckStatus.OK;
			List<String> all = new ArrayList<>(this.critical);
			all.addAll(this.warnings);
			all.addAll(this.notes);
			CheckResult result = CheckResult.of(NAME, status, String.join("；", all), this.figures);
			return this.major ? result.withSeverityHint("major") : result;
		}

	}

}
