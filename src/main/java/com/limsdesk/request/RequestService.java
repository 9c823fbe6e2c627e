package com.limsdesk.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requests and their records. Every change of state runs in the transaction of
 * the task completion that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RequestService {

	private static final Logger logger = LoggerFactory.getLogger(RequestService.class);

	private final ServiceRequestRepository requests;

	private final RequestRecordRepository records;

	private final RequestEventRepository events;

	private final TicketNumbers numbers;

	private final ServiceLevelCalculator serviceLevels;

	private final DeskProperties properties;

	RequestService(ServiceRequestRepository requests, RequestRecordRepository records, RequestEventRepository events,
			TicketNumbers numbers, ServiceLevelCalculator serviceLevels, DeskProperties properties) {
		this.requests = requests;
		this.records = records;
		this.events = events;
		this.numbers = numbers;
		this.serviceLevels = serviceLevels;
		this.properties = properties;
	}

	ServiceRequest register(RequestForm form, String requesterUser, String filedBy, String processInstanceId,
			Instant now) {
		String number = this.numbers.next(RequestProcess.NUMBER_PREFIX, now, this.properties.zone());
		Instant responseDue = this.serviceLevels.responseDue(now, FaultCategory.GENERAL);
		ServiceRequest request = this.requests
			.save(new ServiceRequest(number, processInstanceId, form, requesterUser, filedBy, now, responseDue));
		for (int i = 0; i < form.records().size(); i++) {
			this.records.save(new RequestRecord(request.getId(), i + 1, form.records().get(i)));
		}
		journal(request, now, filedBy, "REGISTERED", form.type().label() + "：" + form.title());
		logger.info("Service request {} registered as {} for {} in process instance {}", number, form.type().code(),
				requesterUser, processInstanceId);
		return request;
	}

	void answer(ServiceRequest request, String answer, String user, Instant now) {
		request.answer(answer, user, now);
		journal(request, now, user, "ANSWERED", answer);
	}

	void assess(ServiceRequest request, boolean accepted, String assessment, String user, Instant now) {
		request.assess(assessment, accepted, user, now);
		journal(request, now, user, accepted ? "ACCEPTED" : "DECLINED", assessment);
		if (accepted && request.getRequestType().route() == RequestType.Route.CHANGE) {
			request.startChange();
		}
	}

	void decide(ServiceRequest request, boolean approved, String comment, String user, Instant now) {
		request.decide(approved, comment, user, now);
		journal(request, now, user, approved ? "APPROVED" : "REJECTED", comment);
	}

	/**
	 * Records the data work. For a correction every named field must appear once in the
	 * engineer's lines, and the value left must be the one the manager approved.
	 */
	void perform(ServiceRequest request, DataWork work, String user, Instant now) {
		List<String> drifted = List.of();
		if (request.getRequestType().route() == RequestType.Route.CORRECTION) {
			drifted = applyChanges(request, work.changes());
		}
		request.perform(work.workDone(), work.backupReference(), user, now);
		journal(request, now, user, "PERFORMED",
				work.workDone() + ((work.backupReference() != null) ? "\n备份：" + work.backupReference() : "")
						+ (drifted.isEmpty() ? "" : "\n更改前的值与申请时不同：" + String.join("、", drifted)));
	}

	/**
	 * Records the values before and after for each named field, and returns the fields
	 * whose value before the change differs from the one the requester saw.
	 */
	private List<String> applyChanges(ServiceRequest request, List<RecordLines.Changed> changes) {
		List<String> drifted = new java.util.ArrayList<>();
		Map<String, RequestRecord> named = recordsOf(request).stream()
			.collect(Collectors.toMap((record) -> record.getRecordNumber() + " | " + record.getFieldName(),
					Function.identity()));
		for (RecordLines.Changed change : changes) {
			RequestRecord record = named.remove(change.key());
			if (record == null) {
				throw new FormInputException("valuesChanged", "更改前后的值", change.key() + " 不在申请更正的记录中");
			}
			if (!change.after().equals(record.getCorrectValue())) {
				throw new FormInputException("valuesChanged", "更改前后的值", change.key() + " 更改后的值 '" + change.after()
						+ "' 与批准的正确值 '" + record.getCorrectValue() + "' 不一致");
			}
			if (!change.before().equals(record.getCurrentValue())) {
				drifted.add(change.key());
			}
			record.recordChange(change.before(), change.after());
		}
		if (!named.isEmpty()) {
			throw new FormInputException("valuesChanged", "更改前后的值", "缺少 " + String.join("、", named.keySet()) + " 的记录");
		}
		return drifted;
	}

	void changeEnded(ServiceRequest request, String changeNumber, boolean released, Instant now) {
		request.changeEnded(changeNumber, released, now);
		journal(request, now, null, released ? "CHANGE_RELEASED" : "CHANGE_NOT_RELEASED",
				"变更 " + changeNumber + (released ? " 已发布" : " 未实施"));
	}

	void verify(ServiceRequest request, boolean passed, String note, String user, Instant now) {
		request.verify(passed, note, user, now);
		journal(request, now, user, passed ? "VERIFIED" : "VERIFICATION_FAILED", note);
	}

	void responseOverdue(ServiceRequest request, Instant now) {
		request.markResponseBreached();
		journal(request, now, null, "ESCALATED", "响应时限已到，尚未受理");
		logger.warn("Service request {} is not answered at its response deadline; escalated", request.getNumber());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Instant dueOfEngineerTask(ServiceRequest request, Instant now) {
		return (request.getRespondedAt() == null) ? request.getResponseDue()
				: this.serviceLevels.responseDue(now, FaultCategory.GENERAL);
	}

	Instant approvalDue(Instant now) {
		return this.serviceLevels.closingOfWorkingDayAfter(now, 1);
	}

	/** Records the change that carries out this request, once the change has a number. */
	public void linkChange(String number, String changeNumber) {
		findByNumber(number).linkChange(changeNumber);
	}

	/** Records that a change now refers to this request. */
	public void noteLink(String number, String linkedNumber, String detail, String actor, Instant at) {
		journal(findByNumber(number), at, actor, "LINKED", linkedNumber + "：" + detail);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean exists(String number) {
		return this.requests.existsByNumber(number);
	}

	/** Returns the open requests that the engineer accepted or carries out. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ServiceRequest> openRequestsHeldBy(String engineer) {
		List<RequestStatus> open = Arrays.stream(RequestStatus.values()).filter((status) -> !status.isFinal()).toList();
		return this.requests.findHeldBy(engineer, open);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ServiceRequest findByNumber(String number) {
		return this.requests.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("service request " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ServiceRequest forProcessInstance(String processInstanceId) {
		return this.requests.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException(
					"no service request belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RequestRecord> recordsOf(ServiceRequest request) {
		return this.records.findByRequestIdOrderByLineNumber(request.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RequestEvent> journalOf(ServiceRequest request) {
		return this.events.findByRequestIdOrderByIdAsc(request.getId());
	}

	private void journal(ServiceRequest request, Instant at, String actor, String kind, String detail) {
		this.events.save(new RequestEvent(request.getId(), at, actor, kind, detail));
	}

	/** The engineer's record of the data work. */
	record DataWork(String workDone, String backupReference, List<RecordLines.Changed> changes) {
	}

}
