package com.limsdesk.change;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.RecordNumbers;
import com.limsdesk.fault.FaultStatus;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.request.RequestService;
import com.limsdesk.servicelevel.Severity;
import com.limsdesk.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Reads and checks the request for change form and the implementation record. */
@Component
class ChangeForms {

	/** Fields of the request for change, removed from the process once recorded. */
	static final List<String> REQUEST_FIELDS = List.of("title", "changeType", "reason", "modules", "description",
			"risk", "userImpact", "testPlan", "rollbackPlan", "windowStart", "windowEnd", "linkedTickets",
			"linkedRequests", "emergency", "correctsChange", "requesterUser");

	/**
	 * Fields of the request for change that the revision form shows. The emergency flag,
	 * the corrected change and the requester are fixed at registration.
	 */
	static final List<String> REVISION_FIELDS = List.of("title", "changeType", "reason", "modules", "description",
			"risk", "userImpact", "testPlan", "rollbackPlan", "windowStart", "windowEnd", "linkedTickets",
			"linkedRequests");

	static final List<String> IMPLEMENTATION_FIELDS = List.of("changedFiles", "revisions", "configurationItems",
			"templates", "implementationNote", "commentsConfirmed", SessionLines.KEY);

	private final FaultTicketService faults;

	private final RequestService requests;

	private final ChangeRepository changes;

	private final ZoneId zone;

	ChangeForms(FaultTicketService faults, RequestService requests, ChangeRepository changes,
			DeskProperties properties) {
		this.zone = properties.zone();
		this.faults = faults;
		this.requests = requests;
		this.changes = changes;
	}

	/**
	 * The maximum time by which a planned window may start before the change is raised.
	 * An emergency change is recorded after its work, so this bound does not apply to it.
	 */
	static final Duration MAX_START_BEFORE_RAISING = Duration.ofDays(1);

	/** The maximum time by which a planned window may end after the change is raised. */
	static final Duration MAX_END_AFTER_RAISING = Duration.ofDays(366);

	/**
	 * Reads the request for change. The window is bounded around raisedAt, which is now
	 * for a new change and the original raising for a revision.
	 */
	ChangeRequest read(FormValues form, boolean emergency, Instant raisedAt, Instant now) {
		String title = form.requiredText("title", "变更标题", 200);
		ChangeType type = ChangeType.fromCode(form.requiredChoice("changeType", "变更类型", ChangeType.codes()));
		String reason = form.requiredText("reason", "变更原因", 4000);
		String modules = form.requiredText("modules", "影响模块", 500);
		String description = form.requiredText("description", "变更内容", 4000);
		ChangeRisk risk = ChangeRisk.fromCode(form.requiredChoice("risk", "风险等级", ChangeRisk.codes()));
		String userImpact = form.requiredText("userImpact", "对用户的影响", 2000);
		String testPlan = form.requiredText("testPlan", "测试方案", 4000);
		String rollbackPlan = form.requiredText("rollbackPlan", "回退方案", 4000);
		Instant windowStart = form.requiredMoment("windowStart", "计划窗口开始");
		Instant windowEnd = form.requiredMoment("windowEnd", "计划窗口结束");
		if (!windowEnd.isAfter(windowStart)) {
			throw new FormInputException("windowEnd", "计划窗口结束", "必须晚于计划窗口开始");
		}
		if (!emergency && !windowEnd.isAfter(now)) {
			throw new FormInputException("windowEnd", "计划窗口结束", "计划窗口已经过去，请重新安排");
		}
		Instant earliestStart = raisedAt.minus(MAX_START_BEFORE_RAISING);
		if (!emergency && windowStart.isBefore(earliestStart)) {
			throw new FormInputException("windowStart", "计划窗口开始",
					"不能早于变更提出前一天，即 " + SessionLines.format(earliestStart, this.zone) + "；事后补记只用于紧急变更");
		}
		Instant latestEnd = raisedAt.plus(MAX_END_AFTER_RAISING);
		if (windowEnd.isAfter(latestEnd)) {
			throw new FormInputException("windowEnd", "计划窗口结束",
					"不能晚于变更提出后 366 天，即 " + SessionLines.format(latestEnd, this.zone));
		}
		List<String> tickets = numbers(form.optionalText("linkedTickets", "关联故障工单", 500), "linkedTickets", "关联故障工单",
				"GZ-");
		for (String ticket : tickets) {
			fault(ticket);
		}
		List<String> linkedRequests = numbers(form.optionalText("linkedRequests", "关联服务请求", 500), "linkedRequests",
				"关联服务请求", "FW-");
		for (String request : linkedRequests) {
			if (!this.requests.exists(request)) {
				throw new FormInputException("linkedRequests", "关联服务请求", "服务请求 " + request + " 不存在");
			}
		}
		return new ChangeRequest(title, type, reason, modules, description, risk, userImpact, testPlan, rollbackPlan,
				windowStart, windowEnd, tickets, linkedRequests);
	}

	/**
	 * Checks that an emergency change is linked to an open fault of severity 重大 or 特大,
	 * the only reason to implement before approval.
	 */
	void requireEmergencyFault(ChangeRequest request) {
		for (String number : request.linkedTickets()) {
			FaultTicket ticket = fault(number);
			boolean open = ticket.getStatus() != FaultStatus.CLOSED
					&& ticket.getStatus() != FaultStatus.CLOSED_UNCONFIRMED;
			boolean serious = ticket.getSeverity() == Severity.MAJOR || ticket.getSeverity() == Severity.CRITICAL;
			if (open && serious) {
				return;
			}
		}
		throw new FormInputException("emergency", "紧急变更", "只有在处理未关闭的重大或特大故障时才能先实施后审批，请在关联故障工单中填写该工单");
	}

	String correctedChange(FormValues form) {
		String text = form.optionalText("correctsChange", "更正的变更", 32);
		String number = (text != null) ? text.toUpperCase() : null;
		if (number == null) {
			return null;
		}
		Change corrected = this.changes.findByNumber(number)
			.orElseThrow(() -> new FormInputException("correctsChange", "更正的变更", "变更 " + number + " 不存在"));
		if (!corrected.getStatus().isFinal()) {
			throw new FormInputException("correctsChange", "更正的变更",
					"变更 " + number + " 尚未结束（" + corrected.getStatus().label() + "），只能更正已关闭、已回退或已撤回的变更");
		}
		return number;
	}

	Change.Implementation implementation(FormValues form) {
		String files = form.optionalText("changedFiles", "修改的文件", 4000);
		String revisions = form.optionalText("revisions", "版本库修订号", 1000);
		String configuration = form.optionalText("configurationItems", "配置项", 2000);
		String templates = form.optionalText("templates", "模板", 2000);
		String note = form.requiredText("implementationNote", "实施说明", 4000);
		boolean commented = form.flag("commentsConfirmed", "代码注释已确认");
		if (files == null && configuration == null && templates == null) {
			throw new FormInputException("changedFiles", "修改的文件", "修改的文件、配置项和模板至少填写一项");
		}
		if (files != null && revisions == null) {
			throw new FormInputException("revisions", "版本库修订号", "修改了文件时必须填写版本库修订号");
		}
		if (files != null && !commented) {
			throw new FormInputException("commentsConfirmed", "代码注释已确认", "修改或废弃的代码必须带有注释，确认后才能提交");
		}
		return new Change.Implementation(files, revisions, configuration, templates, note, commented);
	}

	/**
	 * Returns the earliest moment a remote session of the change may start: when the
	 * change was raised, or for an emergency change when its earliest linked fault was
	 * reported, because that work may precede the change's record. The moment is cut to
	 * the minute, because session lines are written to the minute.
	 */
	Instant earliestSession(Change change, List<String> links) {
		Instant earliest = change.getRaisedAt().truncatedTo(ChronoUnit.MINUTES);
		if (change.isEmergency()) {
			for (String number : links) {
				if (number.startsWith("GZ-")) {
					Instant reported = fault(number).getReportedAt();
					Instant minute = reported.truncatedTo(ChronoUnit.MINUTES);
					earliest = minute.isBefore(earliest) ? minute : earliest;
				}
			}
		}
		return earliest;
	}

	void requireSessionsAfter(List<RemoteSession.SessionLine> sessions, Instant earliest) {
		for (int i = 0; i < sessions.size(); i++) {
			if (sessions.get(i).startedAt().isBefore(earliest)) {
				throw new FormInputException(SessionLines.KEY, SessionLines.LABEL,
						"第 " + (i + 1) + " 行的开始时间早于 " + SessionLines.format(earliest, this.zone) + "，变更那时尚未提出");
			}
		}
	}

	/**
	 * Returns the requester of a service request, who verifies the change that carries
	 * it.
	 */
	String requesterOf(String requestNumber) {
		return this.requests.findByNumber(requestNumber).getRequesterUser();
	}

	private FaultTicket fault(String number) {
		try {
			return this.faults.findByNumber(number);
		}
		catch (NotFoundException ex) {
			throw new FormInputException("linkedTickets", "关联故障工单", "工单 " + number + " 不存在");
		}
	}

	static List<String> numbers(String text, String key, String label, String prefix) {
		return RecordNumbers.split(text, key, label, prefix);
	}

}
