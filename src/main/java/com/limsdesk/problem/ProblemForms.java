package com.limsdesk.problem;

import java.util.List;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.RecordNumbers;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Reads and checks the problem forms. Every rejection names the field. */
@Component
class ProblemForms {

	/** Fields of the problem report, removed from the process once recorded. */
	static final List<String> REPORT_FIELDS = List.of("title", "module", "description", "linkedTickets",
			"sourceTicket");

	static final List<String> ANALYSIS_FIELDS = List.of("analysisOutcome", "rootCause", "workaround", "solution",
			"preventionPlan", "knownError", "addTickets");

	static final List<String> VENDOR_FIELDS = List.of("rootCause", "workaround", "solutionPlan", "preventionPlan",
			"knownError", "addTickets");

	private final FaultTicketService faults;

	ProblemForms(FaultTicketService faults) {
		this.faults = faults;
	}

	ProblemReport report(FormValues form) {
		String title = form.requiredText("title", "问题标题", 200);
		String module = form.requiredText("module", "所属模块", 100);
		String description = form.requiredText("description", "问题描述", 4000);
		List<String> tickets = tickets(form, "linkedTickets", "关联故障工单");
		return new ProblemReport(title, module, description, tickets);
	}

	/**
	 * Returns the fault tickets that a field lists, each checked to exist.
	 * @throws FormInputException naming the field for a malformed or unknown number
	 */
	List<String> tickets(FormValues form, String key, String label) {
		List<String> tickets = RecordNumbers.split(form.optionalText(key, label, 500), key, label, "GZ-");
		for (String ticket : tickets) {
			try {
				this.faults.findByNumber(ticket);
			}
			catch (NotFoundException ex) {
				throw new FormInputException(key, label, "故障工单 " + ticket + " 不存在");
			}
		}
		return tickets;
	}

	/**
	 * Reads the root cause and workaround of an analysis. The task starts with the texts
	 * recorded before, so a field the user clears counts as empty. Publishing a known
	 * error takes both.
	 */
	Analysis analysis(FormValues form) {
		String rootCause = form.optionalText("rootCause", "根本原因", 4000);
		String workaround = form.optionalText("workaround", "临时解决办法", 4000);
		boolean knownError = form.flag("knownError", "发布为已知错误");
		if (knownError && rootCause == null) {
			throw new FormInputException("rootCause", "根本原因", "发布为已知错误时必须填写根本原因");
		}
		if (knownError && workaround == null) {
			throw new FormInputException("workaround", "临时解决办法", "发布为已知错误时必须填写临时解决办法");
		}
		return new Analysis(rootCause, workaround, knownError);
	}

	/** The root cause and workaround of one analysis, either of them possibly null. */
	record Analysis(String rootCause, String workaround, boolean knownError) {
	}

}
