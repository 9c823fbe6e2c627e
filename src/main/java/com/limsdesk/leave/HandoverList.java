package com.limsdesk.leave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.change.Change;
import com.limsdesk.change.ChangeService;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.request.RequestService;
import com.limsdesk.request.ServiceRequest;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open work an engineer hands over before a leave: the tasks assigned or offered to
 * them by name, and the fault tickets, service requests and changes they hold. Work of
 * one record is one item, named by the record's number.
 */
@Component
class HandoverList {

	static final String FIELD = "handoverNotes";

	static final String LABEL = "交接说明";

	static final int MAX_NOTE_LENGTH = 1000;

	private final FaultTicketService faults;

	private final RequestService requests;

	private final ChangeService changes;

	HandoverList(FaultTicketService faults, RequestService requests, ChangeService changes) {
		this.faults = faults;
		this.requests = requests;
		this.changes = changes;
	}

	/** Returns the engineer's open work, leaving out the leave's own process instance. */
	List<Item> of(String engineer, String leaveProcessInstanceId, ProcessEngineServices engine) {
		Map<String, List<String>> items = new LinkedHashMap<>();
		for (FaultTicket ticket : this.faults.openTicketsHeldBy(engineer)) {
			add(items, ticket.getNumber(), "故障工单（" + ticket.getStatus().label() + "，模块 " + ticket.getModule() + "）");
		}
		for (ServiceRequest request : this.requests.openRequestsHeldBy(engineer)) {
			add(items, request.getNumber(), "服务请求（" + request.getStatus().label() + "）" + request.getTitle());
		}
		for (Change change : this.changes.openChangesHeldBy(engineer)) {
			add(items, change.getNumber(), "变更（" + change.getStatus().label() + "）" + change.getTitle());
		}
		List<Task> assigned = engine.getTaskService().createTaskQuery().taskAssignee(engineer).list();
		List<Task> offered = engine.getTaskService()
			.createTaskQuery()
			.taskCandidateUser(engineer)
			.list()
			.stream()
			.filter((task) -> isCandidateUser(engine, task, engineer))
			.toList();
		for (Task task : assigned) {
			addTask(items, engine, task, "待办：", leaveProcessInstanceId);
		}
		for (Task task : offered) {
			addTask(items, engine, task, "可认领：", leaveProcessInstanceId);
		}
		List<Item> list = new ArrayList<>();
		items.forEach((reference, parts) -> list.add(new Item(reference, String.join("；", parts))));
		return list;
	}

	/**
	 * Returns the text that the handover form starts from: one line per item, as
	 * {@code reference | description | }, for the engineer to add a note to each.
	 */
	static String template(List<Item> items) {
		StringBuilder text = new StringBuilder();
		for (Item item : items) {
			text.append(item.reference()).append(" | ").append(item.description()).append(" | \n");
		}
		return text.toString();
	}

	/**
	 * Reads the engineer's note on each item from lines {@code reference | description |
	 * note}. The description may be left out; every item needs a note, and a line may
	 * only name a listed item.
	 */
	static Map<String, String> notes(String text, List<Item> items) {
		Map<String, Item> byReference = new LinkedHashMap<>();
		items.forEach((item) -> byReference.put(item.reference(), item));
		Map<String, String> notes = new LinkedHashMap<>();
		String[] lines = (text != null) ? text.split("\\R") : new String[0];
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("[|｜]", -1);
			String reference = parts[0].strip();
			if (!byReference.containsKey(reference)) {
				throw new FormInputException(FIELD, LABEL,
						"第 " + (i + 1) + " 行的 '" + reference + "' 不在交接清单中，每行以清单中的编号开头");
			}
			String note = (parts.length > 1) ? parts[parts.length - 1].strip() : "";
			if (note.isEmpty()) {
				throw new FormInputException(FIELD, LABEL,
						"第 " + (i + 1) + " 行（" + reference + "）缺少备注，格式为：编号 | 说明 | 备注");
			}
			if (note.length() > MAX_NOTE_LENGTH) {
				throw new FormInputException(FIELD, LABEL, "第 " + (i + 1) + " 行的备注不能超过 " + MAX_NOTE_LENGTH + " 个字符");
			}
			notes.put(reference, note);
		}
		for (String reference : byReference.keySet()) {
			if (!notes.containsKey(reference)) {
				throw new FormInputException(FIELD, LABEL, reference + " 缺少交接备注，清单中的每一项都要写明");
			}
		}
		return notes;
	}

	private void addTask(Map<String, List<String>> items, ProcessEngineServices engine, Task task, String kind,
			String leaveProcessInstanceId) {
		if (leaveProcessInstanceId.equals(task.getProcessInstanceId())) {
			return;
		}
		String businessKey = businessKey(engine, task);
		String reference = (businessKey != null) ? businessKey : "任务-" + task.getId();
		String name = (task.getName() != null) ? task.getName() : task.getTaskDefinitionKey();
		if (businessKey != null && name.startsWith(businessKey + " ")) {
			name = name.substring(businessKey.length() + 1);
		}
		add(items, reference, kind + name);
	}

	private static void add(Map<String, List<String>> items, String reference, String part) {
		items.computeIfAbsent(reference, (key) -> new ArrayList<>()).add(part.replace('|', '/'));
	}

	private static String businessKey(ProcessEngineServices engine, Task task) {
		if (task.getProcessInstanceId() == null) {
			return null;
		}
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return (instance != null && instance.getBusinessKey() != null && !instance.getBusinessKey().isBlank())
				? instance.getBusinessKey() : null;
	}

	private static boolean isCandidateUser(ProcessEngineServices engine, Task task, String user) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch((link) -> user.equals(link.getUserId()) && "candidate".equals(link.getType()));
	}

	/**
	 * One item of the handover.
	 *
	 * @param reference record number, or {@code 任务-<id>} for a task outside any record
	 * @param description what the record or task is and where it stands
	 */
	record Item(String reference, String description) {
	}

}
