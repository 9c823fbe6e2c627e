package com.limsdesk.cleanup;

import com.limsdesk.engine.JsonListSerializer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.oracle.ByteSizes;
import com.limsdesk.oracle.TemporaryTableCandidate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Puts what the cleanup's tasks show on the task as task-local variables, read from the
 * records: the checklist options and the list of candidates for the review, the selection
 * for the approval. They vanish with the task; the records stay.
 */
@Component("cleanupTaskDetails")
class CleanupTaskDetails implements TaskListener {

	private final CleanupRecords records;

	CleanupTaskDetails(CleanupRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		long cleanupId = this.records.forProcessInstance(task.getProcessInstanceId()).getId();
		Cleanup cleanup = this.records.get(cleanupId);
		List<CleanupTable> tables = this.records.tablesOf(cleanupId);
		if (CleanupProcess.REVIEW.equals(task.getTaskDefinitionKey())) {
			task.setVariableLocal(CleanupProcess.Variables.CANDIDATE_OPTIONS,
					Variables.objectValue(options(tables))
						.serializationDataFormat(JsonListSerializer.DATA_FORMAT)
						.create());
			task.setVariableLocal("candidateSummary", CleanupTaskSupport.fit(candidateSummary(cleanup, tables)));
		}
		else if (CleanupProcess.APPROVE.equals(task.getTaskDefinitionKey())) {
			task.setVariableLocal("selectionSummary", CleanupTaskSupport.fit(selectionSummary(cleanup, tables)));
		}
	}

	/** Returns the checklist options: the record id as value, the table as label. */
	static List<Map<String, String>> options(List<CleanupTable> tables) {
		List<Map<String, String>> options = new ArrayList<>();
		for (CleanupTable table : tables) {
			Map<String, String> option = new LinkedHashMap<>();
			option.put("label", CleanupTexts.describe(table));
			option.put("value", String.valueOf(table.getId()));
			options.add(option);
		}
		return options;
	}

	private static String candidateSummary(Cleanup cleanup, List<CleanupTable> tables) {
		String text = "清理 " + cleanup.number() + " 列出 " + tables.size() + " 张表，共 "
				+ ByteSizes.formatShort(CleanupTexts.totalBytes(tables)) + "：\n" + CleanupTexts.lines(tables);
		return (cleanup.getListingNote() != null) ? text + "\n\n" + cleanup.getListingNote() : text;
	}

	private static String selectionSummary(Cleanup cleanup, List<CleanupTable> tables) {
		List<CleanupTable> selected = tables.stream().filter(CleanupTable::isSelected).toList();
		String text = "工程师 " + cleanup.getReviewedBy() + " 选择删除 " + selected.size() + " 张表（共 "
				+ ByteSizes.formatShort(CleanupTexts.totalBytes(selected)) + "）：\n" + CleanupTexts.lines(selected);
		return (cleanup.getReviewNote() != null) ? text + "\n\n说明：" + cleanup.getReviewNote() : text;
	}

}
