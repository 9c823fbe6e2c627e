package com.limsdesk.fault;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.limsdesk.engine.TaskViews;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the change, the data recovery request or the problem that a fault's fix needs. A
 * change and a request start with a draft task for the engineer, filled in from the
 * ticket. A problem is opened at once from the ticket. Once registered, each names the
 * ticket and the ticket's journal names it, so the link reads both ways.
 */
@Component
class FaultFollowUps {

	static final String NONE = "none";

	static final String CHANGE = "change";

	static final String CORRECTION = "correction";

	static final String PROBLEM = "problem";

	static final List<String> CODES = List.of(NONE, CHANGE, CORRECTION, PROBLEM);

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
		else if (PROBLEM.equals(followUp)) {
			this.tickets.journal(ticket, now, engineer, "FOLLOW_UP", "已发起问题管理，查找根本原因");
			this.runtimeService.startProcessInstanceByKey("problem-management", problemReport(ticket));
		}
	}

	private static Map<String, Object> problemReport(FaultTicket ticket) {
		Map<String, Object> report = new HashMap<>();
		report.put("title", "查找故障 " + ticket.getNumber() + " 的根本原因");
		report.put("module", ticket.getModule());
		report.put("description", TaskViews.fit("故障 " + ticket.getNumber() + "：" + ticket.getDescription()));
		report.put("linkedTickets", ticket.getNumber());
		report.put("sourceTicket", ticket.getNumber());
		return report;
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
