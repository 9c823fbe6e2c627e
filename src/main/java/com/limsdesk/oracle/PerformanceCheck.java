package com.limsdesk.oracle;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.limsdesk.oracle.PerformanceCheckWaitSample.Baseline;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Comparison;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Counter;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Delta;
import com.limsdesk.oracle.PerformanceCheckWaitSample.Event;
import org.springframework.stereotype.Component;

/**
 * Blocking sessions, long-running calls and the wait events that took the most time since
 * the last run. Blocking and long calls set the status. The wait events are reported for
 * diagnosis and trends only, because no fixed threshold fits every workload.
 * V$SYSTEM_EVENT counts from the instance startup, so the check keeps the last sample of
 * each instance in its state and reports the difference.
 */
@Component
class PerformanceCheck implements OracleCheck {

	static final String NAME = "performance";

	/** Number of blockers, long calls and wait events named in the message. */
	static final int LISTED = 3;

	/** Number of wait events given as figures. */
	static final int TOP_EVENTS = 10;

	/** Rows read of the longest active calls, before ignored programs are removed. */
	static final int ACTIVE_CALL_ROWS = 200;

	/** State key of the wait sample, followed by the instance name. */
	static final String SAMPLE_KEY_PREFIX = "waitSample.";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PerformanceThresholds thresholds;

	private final List<Pattern> ignoredPrograms;

	PerformanceCheck(PerformanceThresholds thresholds) {
		this.thresholds = thresholds;
		this.ignoredPrograms = thresholds.ignoredPrograms().stream().map(PerformanceCheck::wildcard).toList();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "性能";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		Row instance = context.single("instance");
		List<String> parts = new ArrayList<>();
		List<Figure> figures = new ArrayList<>();
		CheckStatus status = blocking(context, instance.longValue("INSTANCE_NUMBER", 1), parts, figures);
		status = status.worst(longCalls(context, parts, figures));
		waits(context, instance, parts, figures);
		return CheckResult.of(NAME, status, String.join("；", parts), figures);
	}

	private CheckStatus blocking(CheckContext context, long localInstance, List<String> parts, List<Figure> figures)
			throws SQLException {
		Map<Long, Row> sessions = new HashMap<>();
		Map<Long, Row> waiters = new LinkedHashMap<>();
		for (Row row : context.query("blocking", localInstance)) {
			long sid = row.longValue("SID", -1);
			sessions.put(sid, row);
			if (row.number("BLOCKING_SESSION") != null && !"Idle".equals(row.text("WAIT_CLASS"))) {
				waiters.put(sid, row);
			}
		}
		long maxWait = waiters.values().stream().mapToLong(PerformanceCheck::waitSeconds).max().orElse(0);
		figures.add(Figure.of("", "blocked_sessions", waiters.size(), "count"));
		figures.add(Figure.of("", "max_blocked_wait", maxWait, "seconds"));
		if (waiters.isEmpty()) {
			parts.add("没有被阻塞的会话");
			return CheckStatus.OK;
		}

		CheckStatus status = judge(maxWait, this.thresholds.blockedWaitWarning(),
				this.thresholds.blockedWaitCritical());
		parts.add(waiters.size() + " 个会话被其他会话阻塞，最长等待 " + maxWait + " 秒"
				+ thresholdText(status, this.thresholds.blockedWaitWarning(), this.thresholds.blockedWaitCritical()));
		Map<Blocker, List<Row>> byRoot = new LinkedHashMap<>();
		for (Row waiter : waiters.values()) {
			byRoot.computeIfAbsent(root(waiter, waiters, localInstance), (key) -> new ArrayList<>()).add(waiter);
		}
		byRoot.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<Blocker, List<Row>> entry) -> maxWait(entry.getValue()))
				.reversed())
			.limit(LISTED)
			.forEach((entry) -> parts.add(describeBlocker(entry.getKey(), sessions, localInstance, entry.getValue())));
		return status;
	}

	/**
	 * Follows the chain of blockers from a waiter to the session that is not waiting on
	 * another one, so that a chain A blocks B blocks C is reported as A blocking two
	 * sessions. A blocker on another instance ends the chain, as does a cycle.
	 */
	private static Blocker root(Row waiter, Map<Long, Row> waiters, long localInstance) {
		Set<Long> seen = new HashSet<>();
		Row current = waiter;
		while (true) {
			long instance = current.longValue("BLOCKING_INSTANCE", localInstance);
			long sid = current.longValue("BLOCKING_SESSION", -1);
			Row next = (instance == localInstance) ? waiters.get(sid) : null;
			if (next == null || !seen.add(sid)) {
				return new Blocker(instance, sid);
			}
			current = next;
		}
	}

	private static String describeBlocker(Blocker blocker, Map<Long, Row> sessions, long localInstance,
			List<Row> waiters) {
		Row longest = waiters.stream().max(Comparator.comparingLong(PerformanceCheck::waitSeconds)).orElseThrow();
		String blocked = "阻塞 " + waiters.size() + " 个会话，最长等待 " + waitSeconds(longest) + " 秒（" + longest.text("EVENT")
				+ "）";
		Row session = (blocker.instance() == localInstance) ? sessions.get(blocker.sid()) : null;
		if (session == null) {
			return "实例 " + blocker.instance() + " 的会话 " + blocker.sid() + " " + blocked;
		}
		List<String> details = new ArrayList<>();
		details.add("用户 " + orDash(session.text("USERNAME")));
		details.add("机器 " + orDash(session.text("MACHINE")));
		details.add("程序 " + orDash(session.text("PROGRAM")));
		details.add(callState(session));
		if (session.text("SQL_ID") != null) {
			details.add("SQL_ID " + session.text("SQL_ID"));
		}
		return "会话 " + sessionId(session) + "（" + String.join("，", details) + "）" + blocked;
	}

	private static String callState(Row session) {
		long seconds = session.longValue("LAST_CALL_ET", 0);
		return switch (String.valueOf(session.text("STATUS"))) {
			case "ACTIVE" -> "当前调用已执行 " + seconds + " 秒";
			case "INACTIVE" -> "已空闲 " + seconds + " 秒，可能有未提交的事务";
			default -> "状态 " + session.text("STATUS") + " " + seconds + " 秒";
		};
	}

	private CheckStatus longCalls(CheckContext context, List<String> parts, List<Figure> figures) throws SQLException {
		List<Row> calls = context.query("active-calls", ACTIVE_CALL_ROWS)
			.stream()
			.filter((row) -> !isIgnored(row.text("PROGRAM")))
			.toList();
		long warningSeconds = this.thresholds.longCallWarning().toSeconds();
		List<Row> longCalls = calls.stream().filter((row) -> callSeconds(row) > warningSeconds).toList();
		long maxCall = calls.stream().mapToLong(PerformanceCheck::callSeconds).max().orElse(0);
		figures.add(Figure.of("", "long_running_calls", longCalls.size(), "count"));
		figures.add(Figure.of("", "max_call_seconds", maxCall, "seconds"));
		if (longCalls.isEmpty()) {
			parts.add("没有运行超过 " + warningSeconds + " 秒的用户调用");
			return CheckStatus.OK;
		}

		CheckStatus status = judge(maxCall, this.thresholds.longCallWarning(), this.thresholds.longCallCritical());
		String listed = longCalls.stream()
			.limit(LISTED)
			.map(PerformanceCheck::describeCall)
			.collect(Collectors.joining("、"));
		parts.add(longCalls.size() + " 个用户调用已运行超过 " + warningSeconds + " 秒，最长 " + maxCall + " 秒"
				+ thresholdText(status, this.thresholds.longCallWarning(), this.thresholds.longCallCritical()) + "："
				+ listed);
		return status;
	}

	private static String describeCall(Row call) {
		List<String> details = new ArrayList<>();
		details.add("用户 " + orDash(call.text("USERNAME")));
		details.add("机器 " + orDash(call.text("MACHINE")));
		if (call.text("SQL_ID") != null) {
			details.add("SQL_ID " + call.text("SQL_ID"));
		}
		if (call.text("EVENT") != null) {
			details.add("等待 " + call.text("EVENT"));
		}
		return "会话 " + sessionId(call) + " 运行 " + callSeconds(call) + " 秒（" + String.join("，", details) + "）";
	}

	private boolean isIgnored(String program) {
		return program != null
				&& this.ignoredPrograms.stream().anyMatch((pattern) -> pattern.matcher(program).matches());
	}

	private void waits(CheckContext context, Row instance, List<String> parts, List<Figure> figures)
			throws SQLException {
		List<Event> events = new ArrayList<>();
		for (Row row : context.query("wait-events")) {
			if (row.number("EVENT_ID") != null) {
				events.add(new Event(row.longValue("EVENT_ID", 0), row.text("EVENT"),
						new Counter(row.longValue("TOTAL_WAITS", 0), row.longValue("TIME_WAITED_MICRO", 0))));
			}
		}
		LocalDateTime now = context.databaseTime();
		LocalDateTime startup = instance.dateTime("STARTUP_TIME");
		String key = SAMPLE_KEY_PREFIX + instance.text("INSTANCE_NAME");
		PerformanceCheckWaitSample previous = PerformanceCheckWaitSample.parse(context.state().get(key));
		Comparison comparison = PerformanceCheckWaitSample.compare(previous, startup, events);
		context.state().put(key, PerformanceCheckWaitSample.of(startup, now, events).format());

		parts.add(describeWaits(comparison, events.size(), now));
		if (comparison.since() != null) {
			figures.add(
					Figure.of("", "sample_interval", Duration.between(comparison.since(), now).toSeconds(), "seconds"));
			for (Delta delta : comparison.deltas().stream().limit(TOP_EVENTS).toList()) {
				figures.add(Figure.of(delta.name(), "wait_seconds_delta", delta.waitSeconds(), "seconds"));
				figures.add(Figure.of(delta.name(), "waits_delta", delta.waits(), "count"));
			}
		}
	}

	private static String describeWaits(Comparison comparison, int eventCount, LocalDateTime now) {
		if (comparison.baseline() == Baseline.FIRST) {
			return "已记录 " + eventCount + " 个非空闲等待事件的基线，下次检查起报告等待增量";
		}
		if (comparison.baseline() == Baseline.RESET) {
			return "等待事件计数器小于上次采样而实例未重启，已重新记录基线";
		}
		String interval = (comparison.baseline() == Baseline.RESTARTED)
				? "实例于 " + TIME.format(comparison.since()) + " 重启，自启动以来"
				: "近 " + duration(Duration.between(comparison.since(), now)) + "内";
		if (comparison.deltas().isEmpty()) {
			return interval + "没有非空闲等待";
		}
		String listed = comparison.deltas()
			.stream()
			.limit(LISTED)
			.map((delta) -> delta.name() + " " + String.format(Locale.ROOT, "%.1f", delta.waitSeconds()) + " 秒（"
					+ delta.waits() + " 次）")
			.collect(Collectors.joining("、"));
		return interval + "等待时间最多的非空闲事件：" + listed;
	}

	/**
	 * Returns how long a blocked session has waited, in whole seconds: WAIT_TIME_MICRO,
	 * or SECONDS_IN_WAIT where WAIT_TIME_MICRO is null.
	 */
	static long waitSeconds(Row session) {
		if (session.number("WAIT_TIME_MICRO") != null) {
			return session.longValue("WAIT_TIME_MICRO", 0) / 1_000_000;
		}
		return session.longValue("SECONDS_IN_WAIT", 0);
	}

	private static long maxWait(List<Row> waiters) {
		return waiters.stream().mapToLong(PerformanceCheck::waitSeconds).max().orElse(0);
	}

	private static long callSeconds(Row call) {
		return call.longValue("LAST_CALL_ET", 0);
	}

	private static CheckStatus judge(long seconds, Duration warning, Duration critical) {
		if (seconds > critical.toSeconds()) {
			return CheckStatus.CRITICAL;
		}
		return (seconds > warning.toSeconds()) ? CheckStatus.WARNING : CheckStatus.OK;
	}

	private static String thresholdText(CheckStatus status, Duration warning, Duration critical) {
		return switch (status) {
			case CRITICAL -> "，超过严重阈值 " + critical.toSeconds() + " 秒";
			case WARNING -> "，超过警告阈值 " + warning.toSeconds() + " 秒";
			default -> "";
		};
	}

	private static String sessionId(Row session) {
		return session.longValue("SID", -1) + "," + session.longValue("SERIAL#", -1);
	}

	private static String orDash(String text) {
		return (text != null) ? text : "-";
	}

	private static String duration(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 1) {
			return duration.toSeconds() + " 秒";
		}
		if (minutes < 120) {
			return minutes + " 分钟";
		}
		return String.format(Locale.ROOT, "%.1f 小时", duration.toSeconds() / 3600.0);
	}

	/** Compiles a PROGRAM pattern in which {@code *} is any text, ignoring case. */
	private static Pattern wildcard(String pattern) {
		String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * The session at the head of a chain of blocked sessions.
	 *
	 * @param instance INSTANCE_NUMBER of the blocker
	 * @param sid SID of the blocker on that instance
	 */
	record Blocker(long instance, long sid) {
	}

}
