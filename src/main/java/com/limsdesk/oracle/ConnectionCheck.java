package com.limsdesk.oracle;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Use of the instance's PROCESSES and SESSIONS limits, and the users, machines and
 * programs that own the user sessions. Each limit is judged on its own, because either
 * one rejects new logins when it is reached (ORA-00020 for processes, ORA-00018 for
 * sessions). The top users, machines and programs by session count are listed so that an
 * engineer finds at once the application that leaks connections.
 */
@Component
class ConnectionCheck implements OracleCheck {

	static final String NAME = "connections";

	/** Number of users, machines and programs listed in the message and the figures. */
	static final int TOP_COUNT = 5;

	private final ConnectionThresholds thresholds;

	ConnectionCheck(ConnectionThresholds thresholds) {
		this.thresholds = thresholds;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "连接数";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		Map<String, Row> limits = byName(context.query("limits"), "RESOURCE_NAME");
		Row processesRow = limits.get("processes");
		Row sessionsRow = limits.get("sessions");
		if (processesRow == null || sessionsRow == null) {
			return CheckResult.unknown(NAME, "V$RESOURCE_LIMIT 中没有 processes 或 sessions 行，无法检查连接数", null);
		}
		Map<String, Row> parameters = (isNumber(processesRow) && isNumber(sessionsRow)) ? Map.of()
				: byName(context.query("parameters"), "NAME");
		Usage processes = new Usage("processes", "进程数", processesRow,
				processesLimit(processesRow, parameters.get("processes")));
		Usage sessions = new Usage("sessions", "会话数", sessionsRow,
				sessionsLimit(sessionsRow, parameters.get("sessions"), processes.limit()));

		List<Figure> figures = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		CheckStatus status = CheckStatus.OK;
		for (Usage usage : List.of(processes, sessions)) {
			CheckStatus judged = judge(usage);
			status = status.worst(judged);
			parts.add(describe(usage, judged));
			figures.addAll(usage.figures());
		}
		addTop(context, "top-users", "user", "会话最多的用户", parts, figures);
		addTop(context, "top-machines", "machine", "机器", parts, figures);
		addTop(context, "top-programs", "program", "程序", parts, figures);

		CheckResult result = CheckResult.of(NAME, status, String.join("；", parts), figures);
		return (processes.isAtLimit() || sessions.isAtLimit()) ? result.withSeverityHint("major") : result;
	}

	private static Map<String, Row> byName(List<Row> rows, String column) {
		Map<String, Row> byName = new HashMap<>();
		for (Row row : rows) {
			byName.put(row.text(column).toLowerCase(Locale.ROOT), row);
		}
		return byName;
	}

	private static boolean isNumber(Row limitRow) {
		return limitRow.number("LIMIT_VALUE") != null;
	}

	/**
	 * Returns the processes limit: LIMIT_VALUE when it is a number, else the PROCESSES
	 * parameter.
	 */
	static Limit processesLimit(Row limitRow, Row parameter) {
		Limit fromView = fromLimitValue(limitRow);
		if (fromView != null) {
			return fromView;
		}
		BigDecimal value = (parameter != null) ? parameter.number("VALUE") : null;
		return (value != null) ? new Limit(LimitSource.PARAMETER, value.longValue()) : Limit.UNKNOWN;
	}

	/**
	 * Returns the sessions limit: LIMIT_VALUE when it is a number, else the SESSIONS
	 * parameter, else the default derived from the processes limit. A SESSIONS setting
	 * below the derived default does not count, because Oracle uses the default as the
	 * minimum (SESSIONS in the Oracle Database Reference 11g Release 2).
	 */
	static Limit sessionsLimit(Row limitRow, Row parameter, Limit processes) {
		Limit fromView = fromLimitValue(limitRow);
		if (fromView != null) {
			return fromView;
		}
		Long derived = (processes.value() != null) ? derivedSessions(processes.value()) : null;
		BigDecimal value = (parameter != null) ? parameter.number("VALUE") : null;
		if (value != null) {
			boolean setBelowDefault = "FALSE".equals(parameter.text("ISDEFAULT")) && derived != null
					&& value.longValue() < derived;
			return setBelowDefault ? new Limit(LimitSource.DERIVED, derived)
					: new Limit(LimitSource.PARAMETER, value.longValue());
		}
		return (derived != null) ? new Limit(LimitSource.DERIVED, derived) : Limit.UNKNOWN;
	}

	/**
	 * Returns the default of SESSIONS on 11.2, {@code (1.5 * PROCESSES) + 22}, as given
	 * for the SESSIONS parameter in the Oracle Database Reference 11g Release 2 (11.2).
	 * The value an instance derives may differ by a few sessions, so this is an estimate
	 * used only when neither V$RESOURCE_LIMIT nor V$PARAMETER returns a number.
	 */
	static long derivedSessions(long processes) {
		return (long) Math.floor(1.5 * processes) + 22;
	}

	private static Limit fromLimitValue(Row limitRow) {
		BigDecimal value = limitRow.number("LIMIT_VALUE");
		if (value != null) {
			return new Limit(LimitSource.LIMIT_VALUE, value.longValue());
		}
		return "UNLIMITED".equals(limitRow.text("LIMIT_VALUE")) ? Limit.UNLIMITED : null;
	}

	private CheckStatus judge(Usage usage) {
		Double percent = usage.percent();
		if (percent == null) {
			return CheckStatus.OK;
		}
		if (percent >= this.thresholds.criticalPercent()) {
			return CheckStatus.CRITICAL;
		}
		return (percent >= this.thresholds.warningPercent()) ? CheckStatus.WARNING : CheckStatus.OK;
	}

	private String describe(Usage usage, CheckStatus judged) {
		if (usage.limit().source() == LimitSource.UNLIMITED) {
			return usage.label() + " " + usage.current() + "（无上限）";
		}
		if (usage.limit().value() == null) {
			return usage.label() + " " + usage.current() + "（上限未知）";
		}
		StringBuilder text = new StringBuilder();
		text.append(usage.label())
			.append(' ')
			.append(usage.current())
			.append('/')
			.append(usage.limit().value())
			.append("（")
			.append(percent(usage.percent()))
			.append("，启动以来最高 ")
			.append(usage.max());
		if (usage.limit().source() == LimitSource.DERIVED) {
			text.append("，上限按 1.5 × PROCESSES + 22 估算");
		}
		text.append("）");
		if (judged == CheckStatus.CRITICAL) {
			text.append("，已达严重阈值 ").append(percent(this.thresholds.criticalPercent()));
		}
		else if (judged == CheckStatus.WARNING) {
			text.append("，已达警告阈值 ").append(percent(this.thresholds.warningPercent()));
		}
		if (usage.isAtLimit()) {
			text.append("，新连接将被拒绝");
		}
		else if (usage.max() >= usage.limit().value()) {
			text.append("，启动以来曾达到上限");
		}
		return text.toString();
	}

	private static void addTop(CheckContext context, String statement, String kind, String heading, List<String> parts,
			List<Figure> figures) throws SQLException {
		List<String> entries = new ArrayList<>();
		for (Row row : context.query(statement, TOP_COUNT)) {
			String name = (row.text("NAME") != null) ? row.text("NAME") : "";
			long count = row.longValue("SESSION_COUNT", 0);
			entries.add((name.isEmpty() ? "（空）" : name) + " " + count);
			figures.add(Figure.of(kind + ":" + name, "session_count", count, "count"));
		}
		if (!entries.isEmpty()) {
			parts.add(heading + "：" + String.join("、", entries));
		}
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f%%", value);
	}

	/** Source of a limit. */
	enum LimitSource {

		LIMIT_VALUE, PARAMETER, DERIVED, UNLIMITED, UNKNOWN

	}

	/**
	 * A limit and its source.
	 *
	 * @param source where the limit was read from
	 * @param value the limit, or null when it is unlimited or unknown
	 */
	record Limit(LimitSource source, Long value) {

		static final Limit UNLIMITED = new Limit(LimitSource.UNLIMITED, null);

		static final Limit UNKNOWN = new Limit(LimitSource.UNKNOWN, null);

	}

	/**
	 * Use of one resource of V$RESOURCE_LIMIT.
	 *
	 * @param resource the resource name, used as the figure prefix
	 * @param label the Chinese name in the message
	 * @param current current utilization
	 * @param max maximum utilization since the instance started
	 * @param limit the limit
	 */
	record Usage(String resource, String label, long current, long max, Limit limit) {

		Usage(String resource, String label, Row limitRow, Limit limit) {
			this(resource, label, limitRow.longValue("CURRENT_UTILIZATION", 0),
					limitRow.longValue("MAX_UTILIZATION", 0), limit);
		}

		/** Returns the current use in percent of the limit, or null without a limit. */
		Double percent() {
			return (this.limit.value() != null && this.limit.value() > 0) ? this.current * 100.0 / this.limit.value()
					: null;
		}

		boolean isAtLimit() {
			return this.limit.value() != null && this.current >= this.limit.value();
		}

		List<Figure> figures() {
			List<Figure> figures = new ArrayList<>();
			figures.add(Figure.of("", this.resource + "_current", this.current, "count"));
			if (this.limit.value() != null) {
				figures.add(Figure.of("", this.resource + "_limit", this.limit.value(), "count"));
			}
			if (percent() != null) {
				figures.add(Figure.of("", this.resource + "_percent", percent(), "percent"));
			}
			figures.add(Figure.of(this.resource, "max_utilization", this.max, "count"));
			return figures;
		}

	}

}
