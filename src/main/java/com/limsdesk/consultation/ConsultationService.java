package com.limsdesk.consultation;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
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
 * Consultations and their threads. Each step runs in the transaction of the process step
 * that carries it, so a rejected form leaves nothing behind.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ConsultationService {

	/**
	 * Working days the asker has to accept an answer or ask a follow-up, after which the
	 * consultation closes. A reporter has the same time to confirm a fault's fix.
	 */
	static final int REPLY_WORKING_DAYS = 3;

	private static final Logger logger = LoggerFactory.getLogger(ConsultationService.class);

	private final ConsultationRepository consultations;

	private final ConsultationMessageRepository messages;

	private final ConsultationEventRepository events;

	private final TicketNumbers numbers;

	private final ServiceLevelCalculator serviceLevels;

	private final DeskProperties properties;

	ConsultationService(ConsultationRepository consultations, ConsultationMessageRepository messages,
			ConsultationEventRepository events, TicketNumbers numbers, ServiceLevelCalculator serviceLevels,
			DeskProperties properties) {
		this.consultations = consultations;
		this.messages = messages;
		this.events = events;
		this.numbers = numbers;
		this.serviceLevels = serviceLevels;
		this.properties = properties;
	}

	/**
	 * Records a question. Its answer is due at closing time of the working day in
	 * progress, or of the next working day, as for a general fault's response.
	 */
	Consultation ask(Consultation.Question question, String user, String processInstanceId, Instant now) {
		String number = this.numbers.next(ConsultationProcess.NUMBER_PREFIX, now, this.properties.zone());
		Consultation consultation = this.consultations.save(new Consultation(number, processInstanceId, question, user,
				now, this.serviceLevels.responseDue(now, FaultCategory.GENERAL)));
		this.messages.save(new ConsultationMessage(consultation.getId(), ConsultationMessage.Kind.QUESTION, user, now,
				question.text(), null));
		journal(consultation, now, user, "ASKED",
				question.category().label() + "（" + question.module() + "）：" + question.title());
		logger.info("Consultation {} asked by {} in process instance {}", number, user, processInstanceId);
		return consultation;
	}

	/**
	 * Records an answer, with the FAQ article it created or updated, or null. The asker
	 * then has {@link #REPLY_WORKING_DAYS} working days to reply.
	 */
	ConsultationMessage answer(Consultation consultation, String text, String faqArticle, String faqNote, String user,
			Instant now) {
		consultation.answer(user, now, this.serviceLevels.closingOfWorkingDayAfter(now, REPLY_WORKING_DAYS));
		ConsultationMessage answer = this.messages.save(new ConsultationMessage(consultation.getId(),
				ConsultationMessage.Kind.ANSWER, user, now, text, faqArticle));
		journal(consultation, now, user, "ANSWERED", text);
		if (faqNote != null) {
			journal(consultation, now, user, "FAQ", faqNote);
		}
		return answer;
	}

	void followUp(Consultation consultation, String text, String user, Instant now) {
		consultation.followUp(this.serviceLevels.responseDue(now, FaultCategory.GENERAL));
		this.messages.save(new ConsultationMessage(consultation.getId(), ConsultationMessage.Kind.FOLLOW_UP, user, now,
				text, null));
		journal(consultation, now, user, "FOLLOW_UP", text);
	}

	void accept(Consultation consultation, String user, Instant now) {
		consultation.close(ConsultationStatus.RESOLVED, now);
		journal(consultation, now, user, "RESOLVED", "提问人确认答复");
		logger.info("Consultation {} resolved", consultation.getNumber());
	}

	/**
	 * Records that no answer came by the due time. Returns false when the answer came in
	 * the meantime, so there is nothing to record.
	 */
	boolean answerOverdue(Consultation consultation, Instant now) {
		if (consultation.getStatus() != ConsultationStatus.AWAITING_ANSWER
				|| now.isBefore(consultation.getAnswerDue())) {
			return false;
		}
		consultation.markAnswerOverdue(now);
		journal(consultation, now, null, "ANSWER_OVERDUE", "答复期限已到，尚未答复");
		logger.warn("Consultation {} is not answered at its due time {}", consultation.getNumber(),
				consultation.getAnswerDue());
		return true;
	}

	void closeWithoutReply(Consultation consultation, Instant now) {
		consultation.close(ConsultationStatus.CLOSED_WITHOUT_REPLY, now);
		journal(consultation, now, null, "CLOSED", REPLY_WORKING_DAYS + " 个工作日内提问人未确认也未追问，咨询关闭");
		logger.info("Consultation {} closed without a reply from {}", consultation.getNumber(),
				consultation.getAskedBy());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Consultation findByNumber(String number) {
		return this.consultations.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("consultation " + number + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Consultation forProcessInstance(String processInstanceId) {
		return this.consultations.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException(
					"no consultation belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Consultation> all() {
		return this.consultations.findAllByOrderByIdDesc();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Consultation> askedBy(String user) {
		return this.consultations.findByAskedByOrderByIdDesc(user);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ConsultationMessage> messagesOf(Consultation consultation) {
		return this.messages.findByConsultationIdOrderByIdAsc(consultation.getId());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ConsultationEvent> journalOf(Consultation consultation) {
		return this.events.findByConsultationIdOrderByIdAsc(consultation.getId());
	}

	private void journal(Consultation consultation, Instant at, String actor, String kind, String detail) {
		this.events.save(new ConsultationEvent(consultation.getId(), at, actor, kind, detail));
	}

}
