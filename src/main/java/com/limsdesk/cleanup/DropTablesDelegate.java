package com.limsdesk.cleanup;

import static com.limsdesk.cleanup.CleanupProcess.Variables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Drops the approved tables, target by target, then stores the summary and mails it to
 * managers and engineers. Nothing about a target or a table is thrown: each outcome is
 * recorded, so a failing database leaves no incident. The step runs asynchronously after
 * the approval has committed, because each outcome is committed in a transaction of its
 * own. When the step runs again after a failure, it skips the tables with an outcome.
 */
@Component("dropTemporaryTables")
class DropTablesDelegate implements JavaDelegate {

	private final CleanupRecords records;

	private final TableDropper dropper;

	private final CleanupMail mail;

	DropTablesDelegate(CleanupRecords records, TableDropper dropper, CleanupMail mail) {
		this.records = records;
		this.dropper = dropper;
		this.mail = mail;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long cleanupId = this.records.forProcessInstance(execution.getProcessInstanceId()).getId();
		Cleanup cleanup = this.records.get(cleanupId);
		Map<String, List<CleanupTable>> byTarget = new LinkedHashMap<>();
		for (CleanupTable table : this.records.pendingDrops(cleanupId)) {
			byTarget.computeIfAbsent(table.getTarget(), (target) -> new ArrayList<>()).add(table);
		}
		byTarget.forEach((target, tables) -> this.dropper.dropAll(cleanup, target, tables,
				(table, result) -> this.records.recordOutcome(table.getId(), result)));

		List<CleanupTable> approved = this.records.approvedTables(cleanupId);
		String summary = CleanupTexts.result(cleanup, approved);
		this.records.finish(cleanupId, summary, SystemContext.now());
		execution.setVariable(Variables.SUMMARY, CleanupTaskSupport.fit(summary));
		this.mail.result(cleanup, approved, summary);
	}

}
