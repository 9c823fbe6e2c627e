package com.limsdesk.cleanup;

import static com.limsdesk.cleanup.CleanupProcess.Variables;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Records the engineer's pick. Every picked id must be a candidate record of this run:
 * the checklist offers only those, but a form can be submitted through the REST API with
 * any values. A bad value raises {@link FormInputException}, which rolls the task
 * completion back.
 */
@Component("recordCleanupReview")
class RecordReviewDelegate implements JavaDelegate {

	static final String FIELD_LABEL = "要删除的表";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CleanupRecords records;

	private final CleanupTaskSupport support;

	RecordReviewDelegate(CleanupRecords records, CleanupTaskSupport support) {
		this.records = records;
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String user = this.support.actingMember("选择要删除的表", List.of(DeskGroups.ENGINEERS));
		long cleanupId = this.records.forProcessInstance(execution.getProcessInstanceId()).getId();
		Set<Long> picked = pickedIds(execution.getVariableTyped(Variables.SELECTED_TABLES, false));
		Cleanup cleanup = this.records.get(cleanupId);
		Set<Long> candidates = new LinkedHashSet<>();
		this.records.tablesOf(cleanupId).forEach((table) -> candidates.add(table.getId()));
		for (Long id : picked) {
			if (!candidates.contains(id)) {
				throw new FormInputException(Variables.SELECTED_TABLES, FIELD_LABEL,
						"编号 " + id + " 不是本次清理 " + cleanup.number() + " 的候选表，只能选择列表中的表");
			}
		}
		String note = this.support.form(execution).optionalText("reviewNote", "说明", 2000);
		Instant now = SystemContext.now();
		this.records.review(cleanupId, picked, user, note, now);
		execution.setVariable(Variables.SELECTED_COUNT, picked.size());
		execution.removeVariables(List.of(Variables.SELECTED_TABLES, "reviewNote"));
		if (picked.isEmpty()) {
			String summary = "临时表清理 " + cleanup.number() + "：工程师 " + user + " 没有选择要删除的表，未删除任何表。";
			this.records.finish(cleanupId, summary, now);
			execution.setVariable(Variables.SUMMARY, CleanupTaskSupport.fit(summary));
		}
	}

	/**
	 * Reads the checklist value: a JSON array of record ids as Tasklist submits it, a
	 * list from the Java API, or a text with a JSON array. Missing means nothing picked.
	 */
	static Set<Long> pickedIds(TypedValue value) {
		if (value == null) {
			return Set.of();
		}
		Object items;
		if (value instanceof ObjectValue object) {
			items = object.isDeserialized() ? object.getValue() : parse(object.getValueSerialized());
		}
		else if (value.getValue() instanceof String text) {
			items = text.isBlank() ? List.of() : parse(text);
		}
		else {
			items = value.getValue();
		}
		if (items == null) {
			return Set.of();
		}
		if (!(items instanceof Collection<?> collection)) {
			throw new FormInputException(Variables.SELECTED_TABLES, FIELD_LABEL, "必须是候选表编号的列表");
		}
		Set<Long> ids = new LinkedHashSet<>();
		for (Object item : collection) {
			ids.add(id(item));
		}
		return ids;
	}

	private static List<?> parse(String json) {
		if (json == null) {
			return List.of();
		}
		try {
			Object parsed = JSON.readValue(json, Object.class);
			if (parsed instanceof List<?> list) {
				return list;
			}
		}
		catch (JsonProcessingException ex) {
			// Reported below like any other value that is no list.
		}
		throw new FormInputException(Variables.SELECTED_TABLES, FIELD_LABEL, "必须是候选表编号的 JSON 列表");
	}

	private static Long id(Object item) {
		String text = (item != null) ? item.toString().strip() : "";
		if (!text.matches("\\d{1,18}")) {
			throw new FormInputException(Variables.SELECTED_TABLES, FIELD_LABEL, "'" + text + "' 不是候选表编号");
		}
		return Long.valueOf(text);
	}

}
