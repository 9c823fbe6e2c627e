package com.limsdesk.request;

import java.time.Instant;
import java.util.List;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.TaskViews;
import com.limsdesk.fault.FaultTicket;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Reads and checks the service request form. */
@Component
class RequestForms {

	/** Fields of the request form, removed from the process once they are recorded. */
	static final List<String> FIELDS = List.of("requestType", "title", "description", "module", "contactName",
			"contactPhone", "dataOperation", "restoreScope", "restorePoint", "records", "reason", "evidence",
			"faultNumber", "reporterUser");

	/**
	 * Maximum length of the record lines of a correction, and of the engineer's values
	 * before and after. The engine stores at most this many characters in a string
	 * variable, in its runtime and history tables alike.
	 */
	static final int MAX_RECORDS_LENGTH = TaskViews.MAX_LENGTH;

	private final FaultTicketService faults;

	RequestForms(FaultTicketService faults) {
		this.faults = faults;
	}

	/**
	 * Reads the request form. A reporter may link only a fault ticket they reported or
	 * filed; the vendor's staff may link any.
	 */
	RequestForm read(FormValues form, String user, boolean staff, Instant now) {
		RequestType type = RequestType.fromCode(form.requiredChoice("requestType", "请求类型", RequestType.codes()));
		String title = form.requiredText("title", "标题", 200);
		String description = form.requiredText("description", "详细说明", 4000);
		String module = form.requiredText("module", "所属模块", 100);
		String contactName = form.requiredText("contactName", "联系人", 100);
		String contactPhone = form.requiredText("contactPhone", "联系电话", 40);
		if (!contactPhone.matches("[0-9+()\\- ]{3,40}")) {
			throw new FormInputException("contactPhone", "联系电话", "只能包含数字、空格和 + - ( )，收到 '" + contactPhone + "'");
		}
		DataOperation operation = null;
		String restoreScope = null;
		Instant restorePoint = null;
		if (type == RequestType.DATA_MAINTENANCE) {
			operation = DataOperation.fromCode(form.requiredChoice("dataOperation", "操作", DataOperation.codes()));
			if (operation == DataOperation.RESTORE) {
				restoreScope = form.requiredText("restoreScope", "恢复的数据", 2000);
				restorePoint = form.requiredMoment("restorePoint", "恢复到的时间点");
				if (restorePoint.isAfter(now)) {
					throw new FormInputException("restorePoint", "恢复到的时间点", "不能晚于当前时间");
				}
			}
		}
		String reason = null;
		String evidence = null;
		List<RecordLines.Named> records = List.of();
		if (type.route() == RequestType.Route.CORRECTION) {
			records = RecordLines.named(form.requiredText("records", "需更正的记录", MAX_RECORDS_LENGTH), "records",
					"需更正的记录");
			reason = form.requiredText("reason", "更正原因", 4000);
			evidence = form.requiredText("evidence", "依据", 4000);
		}
		else if (operation == DataOperation.RESTORE) {
			reason = form.requiredText("reason", "恢复原因", 4000);
		}
		String faultNumber = form.optionalText("faultNumber", "关联故障工单", 32);
		if (faultNumber != null) {
			faultNumber = faultNumber.toUpperCase();
			requireFault(faultNumber, user, staff);
		}
		String reporterUser = form.optionalText("reporterUser", "请求人账号", 64);
		return new RequestForm(type, title, description, module, contactName, contactPhone, operation, restoreScope,
				restorePoint, reason, evidence, records, faultNumber, reporterUser);
	}

	/** Records on the linked fault ticket that this request refers to it. */
	void noteOnFault(ServiceRequest request, String user, Instant now) {
		this.faults.noteLink(request.getFaultNumber(), request.getNumber(),
				"服务请求（" + request.getRequestType().label() + "）", user, now);
	}

	private void requireFault(String number, String user, boolean staff) {
		FaultTicket ticket;
		try {
			ticket = this.faults.findByNumber(number);
		}
		catch (NotFoundException ex) {
			ticket = null;
		}
		boolean own = ticket != null && (user.equals(ticket.getReporterUser()) || user.equals(ticket.getFiledBy()));
		if (ticket == null || (!staff && !own)) {
			throw new FormInputException("faultNumber", "关联故障工单", "没有您可以关联的工单 " + number);
		}
	}

}
