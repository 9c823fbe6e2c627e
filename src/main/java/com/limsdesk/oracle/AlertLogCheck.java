package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * New alert log entries since the last run, read from the text alert log file mounted on
 * the desk's host or, when no file is set, from an alert log view. Entries matching a
 * critical pattern make the result CRITICAL, and those matching a warning pattern or
 * frequent "Checkpoint not complete" messages make it WARNING. Other ORA errors are
 * counted and named but leave the result OK, because the alert log contains many that
 * need no action, such as ORA-3136 for a client login that timed out.
 * <p>
 * Only a run that completes moves the watermark, so a run that fails reads the same
 * entries again.
 */
@Component
class AlertLogCheck implements OracleCheck {

	static final String NAME = "alert-log";

	private static final Logger logger = LoggerFactory.getLogger(AlertLogCheck.class);

	private final AlertLogThresholds thresholds;

	private final AlertLogClassifier classifier;

	AlertLogCheck(AlertLogThresholds thresholds) {
		this.thresholds = thresholds;
		this.classifier = new AlertLogClassifier(thresholds);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "告警日志";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		OracleProperties.AlertLog source = context.target().alertLog();
		if (source.file() != null) {
			return runOnFile(context, source);
		}
		if (source.view() != null) {
			return runOnView(context, source.view());
		}
		return CheckResult.unknown(NAME, "未配置告警日志来源，请为该目标设置 alert-log.file（告警日志文件）或 alert-log.view（告警日志视图）", null);
	}

	@Override
	public boolean needsConnection(OracleProperties.Target target) {
		return target.alertLog().file() == null;
	}

	private CheckResult runOnFile(CheckContext context, OracleProperties.AlertLog source) throws SQLException {
		Path path = source.file();
		Charset charset;
		try {
			charset = Charset.forName(source.charset());
		}
		catch (IllegalArgumentException ex) {
			return CheckResult.unknown(NAME, "告警日志编码 " + source.charset() + " 无效，请检查 alert-log.charset", ex.toString());
		}

		ZoneId zone = context.target().serverZone();
		AlertLogFile file = new AlertLogFile(path, charset, zone, (int) this.thresholds.maxBytesPerRun().toBytes());
		AlertLogFile.Read read;
		try {
			read = file.read(context.state(), firstRunCutoff(context));
		}
		catch (NoSuchFileException ex) {
			return unreadable(context, path, "告警日志文件 " + path + " 不存在，请检查 alert-log.file 及其挂载", ex);
		}
		catch (AccessDeniedException ex) {
			return unreadable(context, path, "没有读取告警日志文件 " + path + " 的权限", ex);
		}
		catch (IOException ex) {
			return unreadable(context, path, "读取告警日志文件 " + path + " 失败", ex);
		}

		AlertLogFindings findings = findings(zone, read.entries());
		List<Figure> figures = new ArrayList<>(findings.figures());
		figures.add(Figure.of("", "bytes_read", read.bytesRead(), "bytes"));
		figures.add(Figure.of("", "bytes_remaining", read.bytesRemaining(), "bytes"));
		read.state().forEach(context.state()::put);
		return result(findings, figures, fileNotes(context, path, read));
	}

	private List<String> fileNotes(CheckContext context, Path path, AlertLogFile.Read read) {
		List<String> notes = new ArrayList<>();
		if (read.start() == AlertLogFile.Start.FIRST_RUN) {
			notes.add("首次读取该告警日志，只统计最近 " + describe(this.thresholds.initialLookback()) + "内的记录");
		}
		if (read.start() == AlertLogFile.Start.ROTATED) {
			notes.add("告警日志文件 " + path.getFileName() + " 已轮换或被截断（上次巡检时 " + ByteSizes.format(read.previousSize())
					+ "，现为 " + ByteSizes.format(read.size()) + "），已从文件开头重新读取并跳过读过的记录");
			logger.info("Alert log file {} of target {} was rotated or truncated and is read from its start", path,
					context.target().name());
		}
		if (read.limited()) {
			notes.add("本次读取 " + ByteSizes.format(read.bytesRead()) + "（每次上限 "
					+ ByteSizes.format(this.thresholds.maxBytesPerRun().toBytes()) + "），还有 "
					+ ByteSizes.format(read.bytesRemaining()) + " 未读，将在后续巡检中继续");
		}
		return notes;
	}

	private CheckResult runOnView(CheckContext context, String view) throws SQLException {
		ZoneId zone = context.target().serverZone();
		AlertLogView.Read read = new AlertLogView(view, this.thresholds.maxRowsPerRun()).read(context,
				firstRunCutoff(context));
		AlertLogFindings findings = findings(zone, read.entries());
		List<String> notes = new ArrayList<>();
		if (read.firstRun()) {
			notes.add("首次读取告警日志视图 " + view + "，只统计最近 " + describe(this.thresholds.initialLookback()) + "内的记录");
		}
		if (read.limited()) {
			notes.add("本次读取已达上限 " + this.thresholds.maxRowsPerRun() + " 条，其余记录将在后续巡检中读取");
		}
		read.state().forEach(context.state()::put);
		return result(findings, findings.figures(), notes);
	}

	private AlertLogFindings findings(ZoneId zone, List<AlertLogEntry> entries) {
		AlertLogFindings findings = new AlertLogFindings(this.classifier, zone, this.thresholds);
		entries.forEach(findings::add);
		return findings;
	}

	private static CheckResult result(AlertLogFindings findings, List<Figure> figures, List<String> notes) {
		List<String> sentences = new ArrayList<>(findings.sentences());
		sentences.addAll(notes);
		CheckStatus status = findings.status();
		CheckResult result = CheckResult.of(NAME, status, String.join("；", sentences), figures);
		if (status == CheckStatus.CRITICAL) {
			// Only lost or corrupt data files justify the highest fault severity.
			return result.withSeverityHint(findings.dataLoss() ? "critical" : "major");
		}
		return result;
	}

	/**
	 * Returns the time before which entries are not counted on a first run, measured on
	 * the server's clock.
	 */
	private OffsetDateTime firstRunCutoff(CheckContext context) throws SQLException {
		return context.databaseTime()
			.atZone(context.target().serverZone())
			.toOffsetDateTime()
			.minus(this.thresholds.initialLookback());
	}

	private static CheckResult unreadable(CheckContext context, Path path, String message, IOException ex) {
		logger.warn("Failed to read the alert log file {} of target {}: {}", path, context.target().name(),
				ex.toString());
		return CheckResult.unknown(NAME, message, ex.toString());
	}

	private static String describe(Duration duration) {
		if (duration.toMinutes() % 60 != 0) {
			return duration.toMinutes() + " 分钟";
		}
		return duration.toHours() + " 小时";
	}

}
