package com.limsdesk.fault;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.TaskViews;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the change or the data recovery request that a fault's fix needs. Each starts
 * with a draft task for the engineer, filled in from the ticket. Once registered, it
 * names the ticket and the ticket's journal names it, so the link reads both ways.
 */
@Component
class FaultFollowUps {

	static final String NONE = "none";

	static final String CHANGE = "change";

	static final String CORRECTION = "correction";

	static final List<String> CODES = List.of(NONE, CHANGE, CORRECTION);

	private final RuntimeService runtimeService;

	private final FaultTicketService tickets;

	FaultFollowUps(RuntimeService runtimeService, FaultTicketService tickets) {
		this.runtimeService = runtimeService;
		this.tickets = tickets;
	}

	void start(String followUp, FaultTicket ticket, String engineer, Instant now) {
		if (CHANGE.equals(followUp)) {
			this.runtimeService.startProcessInstanceByKey("change-control", changeDraft(ticket, engineer));
			this.tickets.journal(ticket, now, engineer, "FOLLOW_UP", "已发起变更申请，待工程师填写");
		}
		else if (CORRECTION.equals(followUp)) {
			this.runtimeService.startProcessInstanceByKey("service-request", correctionDraft(ticket, engineer));
			this.tickets.journal(ticket, now, engineer, "FOLLOW_UP", "已发起缺陷数据恢复请求，待工程师填写");
		}
	}

	private static Map<String, Object> changeDraft(FaultTicket ticket, String engineer) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("needsDraft", true);
		draft.put("raisedBy", engineer);
		draft.put("title", "修复故障 " + ticket.getNumber() + "（" + ticket.getModule() + "）");
		draft.put("changeType", "defect-fix");
		draft.put("modules", ticket.getModule());
		// The description alone may fill the 4000 characters of a string variable, so
		// the reason is cut to fit. The ticket keeps the full text.
		draft.put("reason", TaskViews.fit("故障 " + ticket.getNumber() + "：" + ticket.getDescription()));
		draft.put("linkedTickets", ticket.getNumber());
		draft.put("requesterUser", ticket.getReporterUser());
		return draft;
	}

	private static Map<String, Object> correctionDraft(FaultTicket ticket, String engineer) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("needsDraft", true);
		draft.put("raisedBy", engineer);
		draft.put("requestType", "defect-recovery");
		draft.put("title", "恢复故障 " + ticket.getNumber() + " 损坏的数据");
		draft.put("module", ticket.getModule());
		draft.put("description", ticket.getDescription());
		draft.put("contactName", ticket.getContactName());
		draft.put("contactPhone", ticket.getContactPhone());
		draft.put("faultNumber", ticket.getNumber());
		draft.put("reporterUser", ticket.getReporterUser());
		return draft;
	}

}
