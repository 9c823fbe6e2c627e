package com.limsdesk.training;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings and everything recorded about them. Each step runs in the transaction of the
 * process step that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TrainingService {

	private static final Logger logger = LoggerFactory.getLogger(TrainingService.class);

	private final TrainingRepository trainings;

	private final TrainingAttendeeRepository attendees;

	private final TrainingJournalRepository journal;

	private final TicketNumbers numbers;

	private final DeskProperties desk;

	private final TrainingProperties settings;

	TrainingService(TrainingRepository trainings, TrainingAttendeeRepository attendees,
			TrainingJournalRepository journal, TicketNumbers numbers, DeskProperties desk,
			TrainingProperties settings) {
		this.trainings = trainings;
		this.attendees = attendees;
		this.journal = journal;
		this.numbers = numbers;
		this.desk = desk;
		this.settings = settings;
	}

	Training request(TrainingPlan plan, String user, String processInstanceId, Instant now) {
		String number = this.numbers.next(TrainingProcess.NUMBER_PREFIX, now, this.desk.zone());
		Training training = this.trainings.save(Training.requested(number, processInstanceId, plan, user, now));
		journal(training, now, user, "REQUESTED", planText(plan));
		logger.info("User training {} requested by {} in process instance {}", number, user, processInstanceId);
		return training;
	}

	/**
	 * Opens the administrator training of the contract year of the moment, unless that
	 * year has one already. Returns null in that case.
	 */
	Training openAdministrator(String processInstanceId, Instant now) {
		int year = now.atZone(this.desk.zone()).getYear();
		if (this.trainings.existsByAdministratorYear(year)) {
			logger.info("Administrator training of {} exists already; process instance {} opens none", year,
					processInstanceId);
			return null;
		}
		String number = this.numbers.next(TrainingProcess.NUMBER_PREFIX, now, this.desk.zone());
		Training training = this.trainings.save(Training.administrator(number, processInstanceId, year,
				this.settings.administratorTopic(), this.settings.administratorContent(), now));
		journal(training, now, null, "OPENED", year + " 合同年度管理员培训（免费），待院方安排时间、人数、地点和方式");
		logger.info("Administrator training {} of {} opened in process instance {}", number, year, processInstanceId);
		return training;
	}

	void schedule(Training training, TrainingPlan plan, String user, Instant now) {
		training.schedule(plan);
		training.scheduledBy(user);
		journal(training, now, user, "SCHEDULED", planText(plan));
	}

	void prepare(Training training, String material, String trainer, String user, Instant now) {
		training.prepare(material, trainer, user, now);
		journal(training, now, user, "MATERIAL_READY", "讲师：" + trainer + "\n" + material);
	}

	void deliver(Training training, List<Attendee> people, String note, String user, Instant now) {
		training.deliver(true, note, user, now);
		int line = 0;
		for (Attendee attendee : people) {
			this.attendees.save(new TrainingAttendee(training.getId(), ++line, attendee));
		}
		journal(training, now, user, "DELIVERED",
				"已实施，签到 " + people.size() + " 人" + ((note != null) ? "：" + note : ""));
	}

	void notDelivered(Training training, String reason, String user, Instant now) {
		training.deliver(false, reason, user, now);
		journal(training, now, user, "NOT_DELIVERED", reason);
		logger.warn("Training {} not delivered: {}", training.getNumber(), reason);
	}

	void recordFeedback(Training training, int rating, String feedback, String user, Instant now) {
		training.recordFeedback(rating, feedback, user, now);
		journal(training, now, user, "FEEDBACK", "评价 " + rating + "：" + feedback);
	}

	/**
	 * Returns the scheduled trainings that overlap [from, to), earliest first, with the
	 * figures the periodic reports need.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingReport> overlapping(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("the period must end after it starts: " + from + " to " + to);
		}
		return this.trainings.findOverlapping(from, to)
			.stream()
			.map((t) -> new TrainingReport(t.getNumber(), t.getKind(), t.getTopic(), t.getStartsAt(), t.getEndsAt(),
					t.getMode(), t.getPlannedAttendees(), attendeesOf(t).size(), t.getDelivered(), t.isFreeOfCharge(),
					t.getRating(), t.getStatus()))
			.toList();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingAttendee> attendeesOf(Training training) {
		return this.attendees.findByTrainingIdOrderByLineNumber(training.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingJournalEntry> journalOf(Training training) {
		return this.journal.findByTrainingIdOrderByIdAsc(training.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Training findByNumber(String number) {
		return this.trainings.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("training " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Training forProcessInstance(String processInstanceId) {
		return this.trainings.findByProcessInstanceId(processInstanceId)
			.orElseThrow(
					() -> new IllegalStateException("no training belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean existsForProcessInstance(String processInstanceId) {
		return this.trainings.findByProcessInstanceId(processInstanceId).isPresent();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Training> all() {
		return this.trainings.findAllByOrderByIdDesc();
	}

	private String planText(TrainingPlan plan) {
		return plan.topic() + "：" + format(plan.startsAt()) + " 至 " + format(plan.endsAt()) + "，" + plan.place() + "，"
				+ plan.mode().label() + "，" + plan.plannedAttendees() + " 人";
	}

	private String format(Instant instant) {
		return TrainingText.format(instant, this.desk.zone());
	}

	private void journal(Training training, Instant at, String actor, String kind, String detail) {
		this.journal.save(new TrainingJournalEntry(training.getId(), at, actor, kind, detail));
	}

}
