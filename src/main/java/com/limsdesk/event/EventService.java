package com.limsdesk.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and everything recorded about their support. Each step runs in the transaction
 * of the process step that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class EventService {

	/** Events whose support is open, so that faults during them are linked. */
	static final List<EventStatus> OPEN = List.of(EventStatus.PLANNING, EventStatus.PLAN_REVIEW, EventStatus.PREPARING,
			EventStatus.SUMMARY, EventStatus.SUMMARY_REVIEW);

	private static final Logger logger = LoggerFactory.getLogger(EventService.class);

	private final SupportEventRepository events;

	private final EventPlanRepository plans;

	private final EventEngineerRepository engineers;

	private final EventCheckItemRepository checkItems;

	private final EventFaultRepository faultLinks;

	private final EventJournalRepository journal;

	private final TicketNumbers numbers;

	private final FaultTicketService faults;

	private final WorkingCalendar calendar;

	private final DeskProperties desk;

	private final EventProperties settings;

	EventService(SupportEventRepository events, EventPlanRepository plans, EventEngineerRepository engineers,
			EventCheckItemRepository checkItems, EventFaultRepository faultLinks, EventJournalRepository journal,
			TicketNumbers numbers, FaultTicketService faults, WorkingCalendar calendar, DeskProperties desk,
			EventProperties settings) {
		this.events = events;
		this.plans = plans;
		this.engineers = engineers;
		this.checkItems = checkItems;
		this.faultLinks = faultLinks;
		this.journal = journal;
		this.numbers = numbers;
		this.faults = faults;
		this.calendar = calendar;
		this.desk = desk;
		this.settings = settings;
	}

	SupportEvent register(EventRequest request, String user, String processInstanceId, Instant now) {
		String number = this.numbers.next(EventProcess.NUMBER_PREFIX, now, this.desk.zone());
		SupportEvent event = this.events
			.save(new SupportEvent(number, processInstanceId, request, user, now, checkWindow(request.startsAt())));
		journal(event, now, user, "REQUESTED", request.name() + "：" + format(request.startsAt()) + " 至 "
				+ format(request.endsAt()) + "，" + request.place() + "，现场 " + request.engineersRequired() + " 人");
		logger.info("Event {} registered by {} in process instance {}", number, user, processInstanceId);
		return event;
	}

	/**
	 * Returns the pre-event check window: the working day that lies the configured number
	 * of working days before the event's start date, from its opening to its closing
	 * time, as the working calendar counts holidays and make-up working days.
	 */
	CheckWindow checkWindow(Instant startsAt) {
		LocalDate day = this.calendar.workingDayBefore(this.calendar.dateOf(startsAt),
				this.settings.checkWorkingDaysBefore());
		return new CheckWindow(this.calendar.openingTime(day), this.calendar.closingTime(day));
	}

	EventPlan submitPlan(SupportEvent event, List<PlannedEngineer> planned, String contacts, String contingency,
			String user, Instant now) {
		int round = this.plans.findByEventIdOrderByRound(event.getId()).size() + 1;
		StringBuilder lines = new StringBuilder();
		for (PlannedEngineer engineer : planned) {
			this.engineers.save(new EventEngineer(event.getId(), round, engineer));
			lines.append(engineer.engineer())
				.append(" | ")
				.append(format(engineer.from()))
				.append(" | ")
				.append(format(engineer.until()))
				.append((engineer.duty() != null) ? " | " + engineer.duty() : "")
				.append("\n");
		}
		EventPlan plan = this.plans
			.save(new EventPlan(event.getId(), round, lines.toString().strip(), contacts, contingency, user, now));
		event.submitPlan(plan);
		journal(event, now, user, "PLAN_SUBMITTED", "第 " + round + " 版方案：\n" + plan.getOnSiteEngineers());
		return plan;
	}

	EventPlan decidePlan(SupportEvent event, boolean accepted, String comment, String user, Instant now) {
		EventPlan plan = currentPlan(event);
		plan.decide(accepted, comment, user, now);
		event.decidePlan(accepted, user, now);
		journal(event, now, user, accepted ? "PLAN_ACCEPTED" : "PLAN_REJECTED",
				"第 " + plan.getRound() + " 版方案" + (accepted ? "通过" : "退回") + ((comment != null) ? "：" + comment : ""));
		logger.info("Plan {} of event {} {} by {}", plan.getRound(), event.getNumber(),
				accepted ? "accepted" : "rejected", user);
		return plan;
	}

	void linkInspection(SupportEvent event, String inspectionNumber, Instant now) {
		if (inspectionNumber != null && !inspectionNumber.equals(event.getInspectionNumber())) {
			event.linkInspection(inspectionNumber);
			journal(event, now, null, "INSPECTED", "活动前数据库巡检 " + inspectionNumber);
		}
	}

	/**
	 * Records the checklist; returns whether a finding cannot be cleared before the
	 * event.
	 */
	boolean recordCheck(SupportEvent event, Map<CheckItem, CheckResult> results, String findings, String user,
			Instant now) {
		boolean open = results.containsValue(CheckResult.OPEN);
		StringBuilder text = new StringBuilder();
		results.forEach((item, result) -> {
			this.checkItems.save(new EventCheckItem(event.getId(), item, result));
			text.append(item.label()).append("：").append(result.label()).append("\n");
		});
		event.recordCheck(findings, open, user, now);
		journal(event, now, user, "CHECKED", text + ((findings != null) ? "发现：" + findings : "无发现"));
		return open;
	}

	/** Records a missed check deadline; returns false when the check was done in time. */
	boolean checkOverdue(SupportEvent event, Instant now) {
		if (event.getCheckedAt() != null) {
			return false;
		}
		event.checkOverdue(now);
		journal(event, now, null, "CHECK_OVERDUE", "活动前检查未在 " + format(event.getCheckDue()) + " 前完成");
		logger.warn("Pre-event check of event {} missed its deadline {}", event.getNumber(), event.getCheckDue());
		return true;
	}

	void checkMissed(SupportEvent event, Instant now) {
		journal(event, now, null, "CHECK_MISSED", "活动开始 " + format(event.getStartsAt()) + " 时活动前检查仍未完成");
		logger.warn("Event {} started before its pre-event check was done", event.getNumber());
	}

	void escalate(SupportEvent event, Instant now) {
		event.escalate(now);
		journal(event, now, null, "ESCALATED", "活动前检查发现无法在活动前消除的问题，已升级：" + event.getCheckFindings());
		logger.warn("Event {} has a pre-event finding that cannot be cleared; escalated", event.getNumber());
	}

	void resolveFindings(SupportEvent event, String outcome, String resolution, String user, Instant now) {
		event.resolveFindings(outcome, resolution, user, now);
		journal(event, now, user, "FINDING_" + outcome.toUpperCase(), resolution);
	}

	EventEngineer arrive(SupportEvent event, String engineer, String note, Instant now) {
		EventEngineer record = engineer(event, engineer);
		record.arrive(now, note);
		long late = record.minutesLate();
		journal(event, now, engineer, "ARRIVED",
				engineer + " 到场" + ((late > 0) ? "，迟到 " + late + " 分钟" : "") + ((note != null) ? "：" + note : ""));
		return record;
	}

	/** Records that an engineer is not on site at their time; false when they are. */
	boolean late(SupportEvent event, String engineer, Instant now) {
		EventEngineer record = engineer(event, engineer);
		if (record.getArrivedAt() != null) {
			return false;
		}
		record.recordLate(now);
		journal(event, now, null, "LATE", engineer + " 未在 " + format(record.getOnSiteFrom()) + " 前到场");
		logger.warn("Engineer {} not on site for event {} at {}", engineer, event.getNumber(), record.getOnSiteFrom());
		return true;
	}

	/**
	 * Records every engineer who had not arrived when the event ended, and returns them.
	 */
	List<EventEngineer> absent(SupportEvent event, Instant now) {
		List<EventEngineer> absent = new ArrayList<>();
		for (EventEngineer record : engineersOf(event)) {
			if (record.getArrivedAt() == null) {
				record.recordAbsent();
				absent.add(record);
				journal(event, now, null, "ABSENT", record.getEngineer() + " 直到活动结束仍未到场");
			}
		}
		return absent;
	}

	void ended(SupportEvent event, Instant now) {
		event.ended();
		journal(event, now, null, "ENDED", "活动结束，关联故障工单 " + faultsOf(event).size() + " 张");
	}

	void summarise(SupportEvent event, String happened, String faultText, String actions, String user, Instant now) {
		event.summarise(happened, faultText, actions, user, now);
		journal(event, now, user, "SUMMARISED", happened);
	}

	void decideSummary(SupportEvent event, boolean close, String comment, String user, Instant now) {
		event.decideSummary(close, user, now);
		journal(event, now, user, close ? "CLOSED" : "SUMMARY_RETURNED",
				(close ? "总结通过，活动保障关闭" : "总结退回") + ((comment != null) ? "：" + comment : ""));
	}

	/**
	 * Links a fault ticket to every open event in progress at its report and notes the
	 * event in the ticket's journal. Returns the events it was linked to now.
	 */
	List<SupportEvent> linkFault(String ticketNumber, Instant reportedAt) {
		List<SupportEvent> linked = new ArrayList<>();
		for (SupportEvent event : this.events.findInProgress(reportedAt, OPEN)) {
			if (this.faultLinks.existsByEventIdAndTicketNumber(event.getId(), ticketNumber)) {
				continue;
			}
			this.faultLinks.save(new EventFault(event.getId(), ticketNumber, reportedAt));
			this.faults.noteLink(ticketNumber, event.getNumber(), "重大活动保障期间报告（" + event.getName() + "），请优先处理", null,
					reportedAt);
			journal(event, reportedAt, null, "FAULT_LINKED", "活动期间报告的故障工单 " + ticketNumber);
			logger.info("Fault ticket {} linked to event {} in progress", ticketNumber, event.getNumber());
			linked.add(event);
		}
		return linked;
	}

	/**
	 * Returns the events that overlap [from, to), earliest first, with the figures the
	 * periodic reports need.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventReport> overlapping(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("the period must end after it starts: " + from + " to " + to);
		}
		return this.events.findOverlapping(from, to).stream().map(this::report).toList();
	}

	private EventReport report(SupportEvent event) {
		boolean accepted = event.getPlanAcceptedAt() != null;
		List<EventEngineer> team = accepted ? engineersOf(event) : List.of();
		List<EventReport.LateArrival> late = team.stream()
			.filter(EventEngineer::isLate)
			.map((e) -> new EventReport.LateArrival(e.getEngineer(), e.getOnSiteFrom(), e.getArrivedAt(),
					(e.getArrivedAt() != null) ? e.minutesLate() : -1))
			.toList();
		int arrived = (int) team.stream().filter((e) -> e.getArrivedAt() != null).count();
		return new EventReport(event.getNumber(), event.getName(), event.getStartsAt(), event.getEndsAt(),
				event.getStatus(), team.size(), arrived, late, event.getCheckFindings(), event.getEscalatedAt() != null,
				faultsOf(event).stream().map(EventFault::getTicketNumber).toList(),
				event.getStatus() == EventStatus.CLOSED);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	EventPlan currentPlan(SupportEvent event) {
		List<EventPlan> all = this.plans.findByEventIdOrderByRound(event.getId());
		if (all.isEmpty()) {
			throw new IllegalStateException("event " + event.getNumber() + " has no plan");
		}
		return all.get(all.size() - 1);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	EventEngineer engineer(SupportEvent event, String engineer) {
		return this.engineers.findByEventIdAndPlanRoundAndEngineer(event.getId(), event.getPlanRound(), engineer)
			.orElseThrow(() -> new IllegalStateException(
					engineer + " is not on the plan " + event.getPlanRound() + " of event " + event.getNumber()));
	}

	/** Returns the engineers of the event's latest plan. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventEngineer> engineersOf(SupportEvent event) {
		return this.engineers.findByEventIdAndPlanRoundOrderById(event.getId(), event.getPlanRound());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventPlan> plansOf(SupportEvent event) {
		return this.plans.findByEventIdOrderByRound(event.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventCheckItem> checkItemsOf(SupportEvent event) {
		return this.checkItems.findByEventIdOrderById(event.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventFault> faultsOf(SupportEvent event) {
		return this.faultLinks.findByEventIdOrderById(event.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<EventJournalEntry> journalOf(SupportEvent event) {
		return this.journal.findByEventIdOrderByIdAsc(event.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SupportEvent findByNumber(String number) {
		return this.events.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("event " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SupportEvent forProcessInstance(String processInstanceId) {
		return this.events.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no event belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> all() {
		return this.events.findAllByOrderByStartsAtDesc();
	}

	private String format(Instant instant) {
		return EventText.format(instant, this.desk.zone());
	}

	private void journal(SupportEvent event, Instant at, String actor, String kind, String detail) {
		this.journal.save(new EventJournalEntry(event.getId(), at, actor, kind, detail));
	}

}
