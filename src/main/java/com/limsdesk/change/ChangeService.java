package com.limsdesk.change;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.request.RequestService;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import com.limsdesk.web.ConflictException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes and everything recorded about them. Each step runs in the transaction of the
 * task completion that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChangeService {

	private static final Logger logger = LoggerFactory.getLogger(ChangeService.class);

	private final ChangeRepository changes;

	private final ChangeVersionRepository versions;

	private final ChangeApprovalRepository approvals;

	private final RemoteSessionRepository sessions;

	private final ChangeLinkRepository links;

	private final ChangeEventRepository events;

	private final TicketNumbers numbers;

	private final ServiceLevelCalculator serviceLevels;

	private final FaultTicketService faults;

	private final RequestService requests;

	private final DeskProperties properties;

	ChangeService(ChangeRepository changes, ChangeVersionRepository versions, ChangeApprovalRepository approvals,
			RemoteSessionRepository sessions, ChangeLinkRepository links, ChangeEventRepository events,
			TicketNumbers numbers, ServiceLevelCalculator serviceLevels, FaultTicketService faults,
			RequestService requests, DeskProperties properties) {
		this.changes = changes;
		this.versions = versions;
		this.approvals = approvals;
		this.sessions = sessions;
		this.links = links;
		this.events = events;
		this.numbers = numbers;
		this.serviceLevels = serviceLevels;
		this.faults = faults;
		this.requests = requests;
		this.properties = properties;
	}

	Change submit(ChangeRequest request, boolean emergency, String raisedBy, String requester, String correctsChange,
			String processInstanceId, Instant now) {
		String number = this.numbers.next(ChangeProcess.NUMBER_PREFIX, now, this.properties.zone());
		Change change = this.changes
			.save(new Change(number, processInstanceId, request, emergency, raisedBy, requester, correctsChange, now));
		this.versions.save(new ChangeVersion(change.getId(), 1, request, null, raisedBy, now));
		link(change, request, raisedBy, now);
		journal(change, now, raisedBy, "SUBMITTED",
				(emergency ? "紧急变更：" : "") + request.title() + "（风险" + request.risk().label() + "）");
		if (correctsChange != null) {
			Change corrected = findByNumber(correctsChange);
			journal(corrected, now, raisedBy, "CORRECTION", "由变更 " + number + " 更正");
		}
		logger.info("Change {} submitted by {} in process instance {}{}", number, raisedBy, processInstanceId,
				emergency ? " as an emergency change" : "");
		return change;
	}

	void assess(Change change, String assessment, ChangeRisk risk, String user, Instant now) {
		ChangeRisk before = change.getRisk();
		change.assess(assessment, risk, user, now);
		journal(change, now, user, "ASSESSED",
				assessment + ((risk != before) ? "\n风险等级由" + before.label() + "调整为" + risk.label() : ""));
	}

	/**
	 * Opens the approvals of the current version: the managers always, and the vendor's
	 * maintenance department for a high-risk change. They are due at the close of the
	 * next working day, after the implementation for an emergency change.
	 */
	List<ChangeApproval> openApprovals(Change change, Instant now) {
		Instant from = (change.isEmergency() && change.getImplementedAt() != null) ? change.getImplementedAt() : now;
		change.awaitApproval(this.serviceLevels.closingOfWorkingDayAfter(from, 1));
		List<String> groups = change.needsVendorApproval() ? List.of(DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT)
				: List.of(DeskGroups.MANAGERS);
		List<ChangeApproval> opened = groups.stream()
			.map((group) -> this.approvals
				.save(new ChangeApproval(change.getId(), change.getCurrentVersion(), group, now)))
			.toList();
		journal(change, now, null, "APPROVAL_OPENED", "第 " + change.getCurrentVersion() + " 版待"
				+ String.join("、", groups.stream().map(DeskGroups::nameOf).toList()) + "审批");
		return opened;
	}

	void decide(Change change, String group, boolean approved, String comment, String user, Instant now) {
		change.requireOpen();
		ChangeApproval approval = this.approvals.findByChangeIdAndVersion(change.getId(), change.getCurrentVersion())
			.stream()
			.filter((candidate) -> candidate.getApproverGroup().equals(group))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"change " + change.getNumber() + " has no " + group + " approval for its current version"));
		if (approval.getDecision() != ChangeApproval.Decision.WAITING) {
			// Two members of the group decided at the same moment, and the other one won.
			throw new OptimisticLockingException("另一位" + DeskGroups.nameOf(group) + "成员刚刚已审批，请刷新后查看");
		}
		approval.decide(approved, comment, user, now);
		journal(change, now, user, approved ? "APPROVED" : "REJECTED",
				DeskGroups.nameOf(group) + "：" + (approved ? "批准" : "驳回") + ((comment != null) ? "，" + comment : ""));
	}

	/** Returns whether every approver of the current version approved it. */
	boolean concludeApproval(Change change, Instant now) {
		List<ChangeApproval> current = this.approvals.findByChangeIdAndVersion(change.getId(),
				change.getCurrentVersion());
		boolean approved = current.stream()
			.allMatch((approval) -> approval.getDecision() == ChangeApproval.Decision.APPROVED);
		if (!approved) {
			current.forEach((approval) -> approval.skip(now));
		}
		change.concludeApproval(approved);
		return approved;
	}

	/** Returns whether an approver rejected the current version. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isRejected(Change change) {
		return this.approvals.findByChangeIdAndVersion(change.getId(), change.getCurrentVersion())
			.stream()
			.anyMatch((approval) -> approval.getDecision() == ChangeApproval.Decision.REJECTED);
	}

	void revise(Change change, ChangeRequest request, String note, String user, Instant now) {
		int version = change.getCurrentVersion() + 1;
		change.revise(request, version);
		this.versions.save(new ChangeVersion(change.getId(), version, request, note, user, now));
		link(change, request, user, now);
		journal(change, now, user, "REVISED", "第 " + version + " 版：" + note);
	}

	void withdraw(Change change, String note, String user, Instant now) {
		change.withdraw(now);
		journal(change, now, user, "WITHDRAWN", note);
	}

	void implement(Change change, Change.Implementation implementation, List<RemoteSession.SessionLine> lines,
			String user, Instant now) {
		change.implement(implementation, user, now);
		for (RemoteSession.SessionLine line : lines) {
			this.sessions.save(new RemoteSession(change.getId(), line, user));
		}
		journal(change, now, user, "IMPLEMENTED", implementation.note() + "\n远程操作 " + lines.size() + " 次");
	}

	void verify(Change change, boolean passed, String note, String user, Instant now) {
		change.verify(passed, note, user, now);
		journal(change, now, user, passed ? "VERIFIED" : "VERIFICATION_FAILED", note);
	}

	void release(Change change, boolean released, String note, String user, Instant now) {
		change.release(released, note, user, now);
		journal(change, now, user, released ? "RELEASED" : "RELEASE_FAILED", note);
	}

	void rollBack(Change change, String note, String user, Instant now) {
		change.rollBack(note, user, now);
		journal(change, now, user, "ROLLED_BACK", note);
		logger.warn("Change {} rolled back by {}", change.getNumber(), user);
	}

	void review(Change change, String note, String user, Instant now) {
		change.review(note, user, now);
		journal(change, now, user, "CLOSED", note);
	}

	void approvalOverdue(Change change, Instant now) {
		change.requireOpen();
		journal(change, now, null, "APPROVAL_OVERDUE", "审批时限已到，尚未全部审批");
		logger.warn("Change {} is not approved at its approval deadline; escalated", change.getNumber());
	}

	/** Records the change on the service request that it carries out. */
	@Transactional
	public void carryRequest(Change change, String requestNumber) {
		this.requests.linkChange(requestNumber, change.getNumber());
	}

	/**
	 * Adds a correction to the journal of a change that has ended. An ended change is
	 * never edited, so the correction is kept beside it. An open change is changed
	 * through its own tasks instead.
	 */
	@Transactional
	public Change correct(String number, String text, String user, Instant now) {
		Change change = findByNumber(number);
		if (!change.getStatus().isFinal()) {
			throw new ConflictException("change " + number + " is " + change.getStatus().name().toLowerCase()
					+ " and has not ended; corrections are for closed, rolled back or withdrawn changes");
		}
		journal(change, now, user, "CORRECTION", text);
		return change;
	}

	private void link(Change change, ChangeRequest request, String user, Instant now) {
		for (String ticket : request.linkedTickets()) {
			if (!this.links.existsByChangeIdAndLinkedNumber(change.getId(), ticket)) {
				this.links.save(new ChangeLink(change.getId(), ticket));
				this.faults.noteLink(ticket, change.getNumber(), "变更（" + request.title() + "）", user, now);
			}
		}
		for (String linked : request.linkedRequests()) {
			if (!this.links.existsByChangeIdAndLinkedNumber(change.getId(), linked)) {
				this.links.save(new ChangeLink(change.getId(), linked));
				this.requests.noteLink(linked, change.getNumber(), "变更（" + request.title() + "）", user, now);
			}
		}
	}

	/** Returns the open changes that the engineer raised or implemented. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Change> openChangesHeldBy(String engineer) {
		List<ChangeStatus> open = Arrays.stream(ChangeStatus.values()).filter((status) -> !status.isFinal()).toList();
		return this.changes.findHeldBy(engineer, open);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Change findByNumber(String number) {
		return this.changes.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("change " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Change forProcessInstance(String processInstanceId) {
		return this.changes.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no change belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ChangeVersion currentVersion(Change change) {
		return this.versions.findByChangeIdAndVersion(change.getId(), change.getCurrentVersion());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ChangeVersion> versionsOf(Change change) {
		return this.versions.findByChangeIdOrderByVersion(change.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ChangeApproval> approvalsOf(Change change) {
		return this.approvals.findByChangeIdOrderByVersionAscIdAsc(change.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RemoteSession> sessionsOf(Change change) {
		return this.sessions.findByChangeIdOrderByStartedAt(change.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ChangeEvent> journalOf(Change change) {
		return this.events.findByChangeIdOrderByIdAsc(change.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> linksOf(Change change) {
		return this.links.numbersOf(change.getId());
	}

	/** Returns the numbers of the changes linked to a fault ticket or service request. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> changesLinkedTo(String number) {
		return this.links.changesLinkedTo(number);
	}

	private void journal(Change change, Instant at, String actor, String kind, String detail) {
		this.events.save(new ChangeEvent(change.getId(), at, actor, kind, detail));
	}

}
