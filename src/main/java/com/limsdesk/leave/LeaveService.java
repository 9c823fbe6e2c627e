package com.limsdesk.leave;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaves and everything recorded about them. Each step runs in the transaction of the
 * task completion or the timer that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LeaveService {

	private static final Logger logger = LoggerFactory.getLogger(LeaveService.class);

	private final LeaveRepository leaves;

	private final LeaveEventRepository events;

	private final HandoverItemRepository handoverItems;

	private final TaskRedirectionRepository redirections;

	private final TicketNumbers numbers;

	private final LeaveForms forms;

	private final DeskProperties properties;

	LeaveService(LeaveRepository leaves, LeaveEventRepository events, HandoverItemRepository handoverItems,
			TaskRedirectionRepository redirections, TicketNumbers numbers, LeaveForms forms,
			DeskProperties properties) {
		this.leaves = leaves;
		this.events = events;
		this.handoverItems = handoverItems;
		this.redirections = redirections;
		this.numbers = numbers;
		this.forms = forms;
		this.properties = properties;
	}

	Leave register(LeaveRequest request, String engineer, String processInstanceId, Instant now) {
		String number = this.numbers.next(LeaveProcess.NUMBER_PREFIX, now, this.properties.zone());
		Leave leave = this.leaves.save(new Leave(number, processInstanceId, request, engineer,
				this.forms.startOf(request.firstDay()), this.forms.endOf(request.lastDay()), now));
		journal(leave, now, engineer, "REQUESTED",
				request.firstDay() + " 至 " + request.lastDay() + "，替班 " + request.coverUser() + "：" + request.reason());
		logger.info("Leave {} of {} from {} to {} requested in process instance {}, cover {}", number, engineer,
				request.firstDay(), request.lastDay(), processInstanceId, request.coverUser());
		return leave;
	}

	void decide(Leave leave, boolean approved, String comment, String user, Instant now) {
		leave.decide(approved, comment, user, now);
		journal(leave, now, user, approved ? "APPROVED" : "REJECTED",
				(approved ? "批准" : "驳回") + ((comment != null) ? "：" + comment : ""));
	}

	void acceptCover(Leave leave, String user, Instant now) {
		this.forms.requireCover(leave.getCoverUser(), leave.getEngineer(), request(leave), leave.getNumber());
		leave.acceptCover(now);
		journal(leave, now, user, "COVER_ACCEPTED", user + " 接受替班");
	}

	void declineCover(Leave leave, String comment, String user, Instant now) {
		leave.declineCover();
		journal(leave, now, user, "COVER_DECLINED", user + " 不能替班：" + comment);
	}

	void nameCover(Leave leave, String cover, String user, Instant now) {
		this.forms.requireCover(cover, leave.getEngineer(), request(leave), leave.getNumber());
		leave.nameCover(cover);
		journal(leave, now, user, "COVER_NAMED", "改由 " + cover + " 替班");
	}

	void withdraw(Leave leave, String note, String user, Instant now) {
		leave.withdraw();
		journal(leave, now, user, "WITHDRAWN", note);
	}

	void handOver(Leave leave, List<HandoverList.Item> items, Map<String, String> notes, String remarks, String user,
			Instant now) {
		leave.handOver(now);
		for (HandoverList.Item item : items) {
			this.handoverItems.save(new HandoverItem(leave.getId(), item.reference(), cut(item.description(), 1000),
					notes.get(item.reference())));
		}
		journal(leave, now, user, "HANDED_OVER",
				"交接 " + items.size() + " 项" + ((remarks != null) ? "：" + remarks : ""));
	}

	void confirmHandover(Leave leave, String note, String user, Instant now) {
		leave.confirmHandover(user, now);
		journal(leave, now, user, "HANDOVER_CONFIRMED", "确认交接" + ((note != null) ? "：" + note : ""));
	}

	void start(Leave leave, int moved, Instant now) {
		if (leave.getStatus() != LeaveStatus.CONFIRMED) {
			journal(leave, now, null, "HANDOVER_INCOMPLETE",
					"请假开始时交接尚未" + (leave.getStatus() == LeaveStatus.COVERED ? "记录" : "确认") + "，请假照常生效");
		}
		leave.start();
		journal(leave, now, null, "STARTED", "请假开始，" + moved + " 项任务转给 " + leave.getCoverUser());
		logger.info("Leave {} of {} started; {} covers", leave.getNumber(), leave.getEngineer(), leave.getCoverUser());
	}

	void lapse(Leave leave, Instant now) {
		String reason = (leave.getStatus() == LeaveStatus.REQUESTED) ? "请假开始时尚未审批" : "请假开始时没有已接受的替班";
		leave.lapse();
		journal(leave, now, null, "LAPSED", reason + "，请假未生效");
		logger.warn("Leave {} of {} did not take effect: {}", leave.getNumber(), leave.getEngineer(),
				(leave.getDecidedAt() == null) ? "not approved" : "no accepted cover");
	}

	void end(Leave leave, List<TaskRedirection> settled, Instant now) {
		leave.end();
		long returned = settled.stream()
			.filter((redirection) -> redirection.getOutcome() == TaskRedirection.Outcome.RETURNED)
			.count();
		journal(leave, now, null, "ENDED", "请假结束，" + returned + " 项任务交还 " + leave.getEngineer());
	}

	/**
	 * Sets whether the cover keeps a redirected task after the leave. Only the cover, or
	 * vendor-support, decides, and only until the leave ends.
	 */
	@Transactional
	public TaskRedirection keep(String number, long redirectionId, boolean keep, String user, boolean vendorSupport,
			Instant now) {
		Leave leave = findByNumber(number);
		TaskRedirection redirection = this.redirections.findById(redirectionId)
			.filter((candidate) -> candidate.getLeaveId().equals(leave.getId()))
			.orElseThrow(() -> new NotFoundException(
					"task redirection " + redirectionId + " of leave " + number + " not found"));
		if (!vendorSupport && !redirection.getToUser().equals(user)) {
			throw new AuthorizationException(
					"The user with id '" + user + "' may not decide about task " + redirection.getTaskId()
							+ ": only the cover " + redirection.getToUser() + " or vendor-support may.");
		}
		if (redirection.getOutcome() != null) {
			throw new InvalidFieldException("keep", "the task is settled already as " + redirection.getOutcome());
		}
		redirection.keep(keep);
		journal(leave, now, user, keep ? "TASK_KEPT" : "TASK_TO_RETURN",
				(keep ? "替班保留任务：" : "任务请假结束后交还：") + redirection.getTaskName());
		return redirection;
	}

	private LeaveRequest request(Leave leave) {
		return new LeaveRequest(leave.getFirstDay(), leave.getLastDay(), leave.getReason(), leave.getCoverUser());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Leave findByNumber(String number) {
		return this.leaves.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("leave " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Leave forProcessInstance(String processInstanceId) {
		return this.leaves.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no leave belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Leave> recent() {
		return this.leaves.findTop500ByOrderByIdDesc();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LeaveEvent> journalOf(Leave leave) {
		return this.events.findByLeaveIdOrderByIdAsc(leave.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<HandoverItem> handoverOf(Leave leave) {
		return this.handoverItems.findByLeaveIdOrderByIdAsc(leave.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TaskRedirection> redirectionsOf(Leave leave) {
		return this.redirections.findByLeaveIdOrderByIdAsc(leave.getId());
	}

	private void journal(Leave leave, Instant at, String actor, String kind, String detail) {
		this.events.save(new LeaveEvent(leave.getId(), at, actor, kind, detail));
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

}
