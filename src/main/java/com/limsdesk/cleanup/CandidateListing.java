package com.limsdesk.cleanup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.limsdesk.oracle.CheckContext;
import com.limsdesk.oracle.CheckQueries;
import com.limsdesk.oracle.CheckState;
import com.limsdesk.oracle.OracleCheckRunner;
import com.limsdesk.oracle.OracleConnections;
import com.limsdesk.oracle.OracleErrors;
import com.limsdesk.oracle.OracleProperties;
import com.limsdesk.oracle.TemporaryTableCandidate;
import com.limsdesk.oracle.TemporaryTableCandidates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lists the cleanup candidates of every target with cleanup enabled, through the
 * read-only monitoring connection and the statements of the temporary tables check. A
 * target that cannot be read is reported and never stops the others.
 */
@Component
class CandidateListing {

	private static final Logger logger = LoggerFactory.getLogger(CandidateListing.class);

	private final OracleProperties properties;

	private final OracleConnections connections;

	private final OracleCheckRunner runner;

	CandidateListing(OracleProperties properties, OracleConnections connections, OracleCheckRunner runner) {
		this.properties = properties;
		this.connections = connections;
		this.runner = runner;
	}

	Listing listAll() {
		List<TargetCandidates> listed = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (OracleProperties.Target target : this.properties.targets()) {
			if (!target.cleanupEnabled()) {
				skipped.add(target.name() + "（未配置维护账户）");
			}
			else if (target.temporaryTables().schemas().isEmpty()) {
				skipped.add(target.name() + "（未配置 temporary-tables.schemas）");
			}
			else {
				try {
					listed.add(new TargetCandidates(target.name(), list(target)));
				}
				catch (SQLException | RuntimeException ex) {
					OracleErrors.Problem problem = OracleErrors.classify(ex);
					logger.warn("Listing the temporary tables of target {} failed: {} ({})", target.name(), problem,
							OracleErrors.describe(ex));
					failed.add(target.name() + "：" + problem.label() + "（" + OracleErrors.describe(ex) + "）");
				}
			}
		}
		return new Listing(listed, skipped, failed);
	}

	private List<TemporaryTableCandidate> list(OracleProperties.Target target) throws SQLException {
		try (Connection connection = this.connections.openMonitor(target)) {
			CheckContext context = new CheckContext(target, connection,
					CheckQueries.of(TemporaryTableCandidates.CHECK_NAME), new CheckState(Map.of()),
					this.runner.queryTimeout(target));
			return TemporaryTableCandidates.list(context);
		}
	}

	/** The candidates of one target, largest first. */
	record TargetCandidates(String target, List<TemporaryTableCandidate> candidates) {
	}

	/**
	 * The result over all targets.
	 *
	 * @param listed targets that were read, with their candidates
	 * @param skipped targets without cleanup, each with the reason
	 * @param failed targets that could not be read, each with the problem
	 */
	record Listing(List<TargetCandidates> listed, List<String> skipped, List<String> failed) {
	}

}
