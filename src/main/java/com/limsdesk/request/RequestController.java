package com.limsdesk.request;

import java.time.Instant;
import java.util.List;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service requests for people. A reporter gets the requests they made or filed, and the
 * vendor's engineers, the managers and the administrators get all.
 */
@RestController
@RequestMapping("/api/requests")
class RequestController {

	private static final String[] STAFF = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final ServiceRequestRepository repository;

	private final RequestService requests;

	private final CurrentUser currentUser;

	RequestController(ServiceRequestRepository repository, RequestService requests, CurrentUser currentUser) {
		this.repository = repository;
		this.requests = requests;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<Summary> list() {
		String user = this.currentUser.id();
		List<ServiceRequest> visible = this.currentUser.isInAny(STAFF) ? this.repository.findTop500ByOrderByIdDesc()
				: this.repository.findTop500ByRequesterUserOrFiledByOrderByIdDesc(user, user);
		return visible.stream().map(Summary::of).toList();
	}

	@GetMapping("/{number}")
	Detail get(@PathVariable String number) {
		ServiceRequest request = this.requests.findByNumber(number);
		String user = this.currentUser.id();
		boolean own = user.equals(request.getRequesterUser()) || user.equals(request.getFiledBy());
		if (!own && !this.currentUser.isInAny(STAFF)) {
			throw new NotFoundException("service request " + number + " not found");
		}
		return Detail.of(request, this.requests.recordsOf(request), this.requests.journalOf(request));
	}

	record Summary(String number, String type, String typeLabel, String dataOperation, String title, String status,
			String statusLabel, String module, String requesterUser, Instant requestedAt, Instant responseDue,
			Instant respondedAt, boolean responseBreached, String faultNumber, String changeNumber, Instant endedAt) {

		static Summary of(ServiceRequest r) {
			return new Summary(r.getNumber(), r.getRequestType().code(), r.getRequestType().label(),
					(r.getDataOperation() != null) ? r.getDataOperation().code() : null, r.getTitle(),
					r.getStatus().name(), r.getStatus().label(), r.getModule(), r.getRequesterUser(),
					r.getRequestedAt(), r.getResponseDue(), r.getRespondedAt(), r.isResponseBreached(),
					r.getFaultNumber(), r.getChangeNumber(), r.getEndedAt());
		}

	}

	record Record(String kind, String number, String field, String currentValue, String correctValue,
			String valueBefore, String valueAfter) {
	}

	record Entry(Instant at, String actor, String kind, String detail) {
	}

	record Detail(Summary summary, String description, String contactName, String contactPhone, String filedBy,
			String restoreScope, Instant restorePoint, String reason, String evidence, String answer, String assessment,
			String approvedBy, Instant approvedAt, String approvalComment, String workDone, String backupReference,
			String performedBy, Instant performedAt, String verifiedBy, Instant verifiedAt, String verificationNote,
			List<Record> records, List<Entry> journal) {

		static Detail of(ServiceRequest r, List<RequestRecord> records, List<RequestEvent> journal) {
			return new Detail(Summary.of(r), r.getDescription(), r.getContactName(), r.getContactPhone(),
					r.getFiledBy(), r.getRestoreScope(), r.getRestorePoint(), r.getReason(), r.getEvidence(),
					r.getAnswer(), r.getAssessment(), r.getApprovedBy(), r.getApprovedAt(), r.getApprovalComment(),
					r.getWorkDone(), r.getBackupReference(), r.getPerformedBy(), r.getPerformedAt(), r.getVerifiedBy(),
					r.getVerifiedAt(), r.getVerificationNote(),
					records.stream()
						.map((x) -> new Record(x.getRecordKind(), x.getRecordNumber(), x.getFieldName(),
								x.getCurrentValue(), x.getCorrectValue(), x.getValueBefore(), x.getValueAfter()))
						.toList(),
					journal.stream()
						.map((e) -> new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail()))
						.toList());
		}

	}

}
