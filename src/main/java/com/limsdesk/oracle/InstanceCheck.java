package com.limsdesk.oracle;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Whether the instance is open, active and accepts logins, the database is open read
 * write (read only is expected on a physical standby), the archiver runs, and whether the
 * instance restarted since the last run. A database that cannot be reached or does not
 * respond within the query timeout is a critical finding of this check.
 */
@Component
class InstanceCheck implements OracleCheck {

	static final String NAME = "instance";

	private static final String STARTUP_KEY = "startupTime";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "实例状态";
	}

	@Override
	public CheckResult run(CheckContext context) throws SQLException {
		Row instance = context.single("instance");
		Row database = context.single("database");
		LocalDateTime now = context.databaseTime();
		LocalDateTime startup = instance.dateTime("STARTUP_TIME");
		List<String> critical = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		expect(critical, instance, "STATUS", "OPEN", "实例状态为 %s，未打开");
		expect(critical, instance, "DATABASE_STATUS", "ACTIVE", "数据库状态为 %s");
		expect(critical, instance, "LOGINS", "ALLOWED", "登录受限（LOGINS=%s）");
		expect(warnings, instance, "SHUTDOWN_PENDING", "NO", "实例正在等待关闭（SHUTDOWN_PENDING=%s）");
		expect(warnings, instance, "ACTIVE_STATE", "NORMAL", "实例处于静默状态（%s）");
		archiver(critical, warnings, instance, database);
		openMode(critical, database);
		if (isAtLeast12(instance.text("VERSION")) && "YES".equals(context.single("container").text("CDB"))) {
			for (Row pdb : context.query("pdbs")) {
				if (!"READ WRITE".equals(pdb.text("OPEN_MODE"))) {
					critical.add("可插拔数据库 " + pdb.text("NAME") + " 的打开模式为 " + pdb.text("OPEN_MODE"));
				}
			}
		}
		boolean restarted = restarted(context.state(), startup);
		if (restarted) {
			warnings.add("实例自上次巡检后重启过，启动时间 " + startup);
		}
		long uptimeSeconds = Duration.between(startup, now).toSeconds();
		List<Figure> figures = List.of(Figure.of("", "uptime", uptimeSeconds / 86400.0, "days"),
				Figure.of("", "restarted", restarted ? 1 : 0, "count"));
		return result(critical, warnings, instance, database, figures);
	}

	private CheckResult result(List<String> critical, List<String> warnings, Row instance, Row database,
			List<Figure> figures) {
		String name = instance.text("INSTANCE_NAME") + "（" + database.text("NAME") + "，" + instance.text("VERSION")
				+ "）";
		if (!critical.isEmpty()) {
			List<String> all = new ArrayList<>(critical);
			all.addAll(warnings);
			return CheckResult.of(NAME, CheckStatus.CRITICAL, "实例 " + name + "：" + String.join("；", all), figures);
		}
		if (!warnings.isEmpty()) {
			return CheckResult.of(NAME, CheckStatus.WARNING, "实例 " + name + "：" + String.join("；", warnings), figures);
		}
		return CheckResult.of(NAME, CheckStatus.OK, "实例 " + name + " 已打开，运行正常", figures);
	}

	private static void expect(List<String> findings, Row row, String column, String expected, String message) {
		String value = row.text(column);
		if (value != null && !expected.equals(value)) {
			findings.add(String.format(message, value));
		}
	}

	private static void archiver(List<String> critical, List<String> warnings, Row instance, Row database) {
		String archiver = instance.text("ARCHIVER");
		if ("FAILED".equals(archiver)) {
			critical.add("归档进程失败（ARCHIVER=FAILED）");
		}
		else if ("ARCHIVELOG".equals(database.text("LOG_MODE")) && "STOPPED".equals(archiver)) {
			critical.add("数据库处于归档模式，但归档进程已停止");
		}
		else if ("NOARCHIVELOG".equals(database.text("LOG_MODE"))) {
			warnings.add("数据库未开启归档模式，无法恢复到任意时间点");
		}
	}

	private static void openMode(List<String> critical, Row database) {
		String openMode = database.text("OPEN_MODE");
		boolean standby = database.text("DATABASE_ROLE") != null && database.text("DATABASE_ROLE").contains("STANDBY");
		if (standby ? !openMode.startsWith("READ ONLY") && !"MOUNTED".equals(openMode)
				: !"READ WRITE".equals(openMode)) {
			critical.add("数据库打开模式为 " + openMode);
		}
	}

	/** Compares the startup time with the stored one and stores the new one. */
	private static boolean restarted(CheckState state, LocalDateTime startup) {
		String previous = state.get(STARTUP_KEY);
		state.put(STARTUP_KEY, startup.toString());
		return previous != null && !previous.equals(startup.toString());
	}

	static boolean isAtLeast12(String version) {
		if (version == null) {
			return false;
		}
		String major = version.split("\\.")[0].strip();
		return major.matches("\\d+") && Integer.parseInt(major) >= 12;
	}

	@Override
	public CheckResult failed(OracleErrors.Problem problem, String error) {
		return switch (problem) {
			case DOWN, STARTING_OR_STOPPING, LISTENER, LIMIT, ARCHIVER_STUCK, HUNG, UNREACHABLE ->
				new CheckResult(NAME, CheckStatus.CRITICAL, "数据库不可用：" + problem.label(), List.of(), error, null);
			case ACCESS_DENIED, NO_PRIVILEGE, OTHER -> CheckResult.unknown(NAME, "无法检查实例：" + problem.label(), error);
		};
	}

}
