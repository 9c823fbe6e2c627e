package com.limsdesk.oracle;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.limsdesk.web.NotFoundException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs every check, or only the one named by {@code desk.oracle.check-only}, once against
 * the target named by {@code desk.oracle.check-once} (or {@code all}), prints the results
 * and exits, so that a DBA can verify the SQL on the institute's own database. It runs
 * before the desk's other start-up work, which never starts. The exit status is 0 when no
 * result is critical or unknown, 2 otherwise, and 1 for an unknown target or check name.
 * Once the instance check finds the database unreachable, the checks that need a
 * connection are skipped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("desk.oracle.check-once")
class OracleCheckCommand implements ApplicationRunner {

	private final OracleCheckRunner runner;

	private final OracleProperties properties;

	private final ConfigurableApplicationContext context;

	OracleCheckCommand(OracleCheckRunner runner, OracleProperties properties, ConfigurableApplicationContext context) {
		this.runner = runner;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		int status;
		try {
			status = runChecks(out) ? 0 : 2;
		}
		catch (NotFoundException ex) {
			out.println(ex.getMessage() + "; configured targets: "
					+ this.properties.targets().stream().map(OracleProperties.Target::name).toList() + "; checks: "
					+ OracleCheckRunner.CHECK_ORDER);
			status = 1;
		}
		int exitStatus = status;
		System.exit(SpringApplication.exit(this.context, () -> exitStatus));
	}

	/** Runs the checks and returns whether no result was critical or unknown. */
	private boolean runChecks(PrintStream out) {
		String name = this.context.getEnvironment().getProperty("desk.oracle.check-once", "").strip();
		List<OracleProperties.Target> targets = "all".equals(name) ? this.properties.targets()
				: List.of(this.runner.target(name));
		String only = this.context.getEnvironment().getProperty("desk.oracle.check-only");
		List<OracleCheck> checks = (only != null && !only.isBlank()) ? List.of(this.runner.check(only.strip()))
				: this.runner.checks();
		boolean healthy = true;
		for (OracleProperties.Target target : targets) {
			out.println("目标 " + target.name());
			boolean reachable = true;
			for (OracleCheck check : checks) {
				if (!reachable && check.needsConnection(target)) {
					out.println("  [SKIPPED] " + check.label() + "（" + check.name() + "）：数据库不可用，未检查");
					healthy = false;
					continue;
				}
				CheckResult result = this.runner.run(target, check);
				healthy &= result.status() == CheckStatus.OK || result.status() == CheckStatus.WARNING;
				reachable &= !(check.name().equals(InstanceCheck.NAME) && result.status() == CheckStatus.CRITICAL
						&& result.error() != null);
				print(out, check, result);
			}
		}
		return healthy;
	}

	private static void print(PrintStream out, OracleCheck check, CheckResult result) {
		out.println("  [" + result.status() + " " + result.status().label() + "] " + check.label() + "（" + check.name()
				+ "）：" + result.message());
		if (result.error() != null) {
			out.println("      错误：" + result.error());
		}
		for (Figure figure : result.figures()) {
			out.println("      " + figure.text());
		}
	}

}
