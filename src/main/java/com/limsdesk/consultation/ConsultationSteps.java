package com.limsdesk.consultation;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the consultation process, called from its BPMN as
 * {@code ${consultationSteps.answered(task)}}. Each step reads its form, checks who
 * completes it and calls {@link ConsultationService}. A bad field rolls the completion
 * back and leaves the task open. The gateway reads the consultation record, never a
 * process variable.
 */
@Component("consultationSteps")
public class ConsultationSteps {

	/** The groups that answer questions and edit the FAQ. */
	static final List<String> ANSWERERS = List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT);

	/** The modules a question may be about, as the question form offers them. */
	static final List<String> MODULES = List.of("样品登记", "检测任务", "结果录入", "审核", "报告管理", "仪器数据采集", "数据接口", "数据库", "系统登录",
			"客户端", "其他");

	private final ConsultationService consultations;

	private final ConsultationFaq faq;

	private final ConsultationMail mail;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ConsultationSteps(ConsultationService consultations, ConsultationFaq faq, ConsultationMail mail,
			CurrentUser currentUser, DeskProperties properties) {
		this.consultations = consultations;
		this.faq = faq;
		this.mail = mail;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Checks the question, records the consultation and makes its number the business
	 * key. Every logged-in user may ask.
	 */
	public void register(DelegateExecution execution) {
		String user = this.currentUser.id();
		if (user == null) {
			throw new FormInputException("question", "问题", "必须由已登录用户提出");
		}
		FormValues form = form(execution.getVariables());
		ConsultationCategory category = ConsultationCategory
			.ofCode(form.requiredChoice("category", "咨询类别", ConsultationCategory.codes()));
		String module = form.requiredChoice("module", "所属模块", MODULES);
		String title = form.requiredText("title", "标题", 200);
		String question = form.requiredText("question", "问题", 4000);
		Consultation consultation = this.consultations.ask(new Consultation.Question(category, module, title, question),
				user, execution.getProcessInstanceId(), SystemContext.now());
		execution.setProcessBusinessKey(consultation.getNumber());
		execution.removeVariables(ConsultationProcess.QUESTION_FIELDS);
		this.mail.acknowledged(consultation);
	}

	public Date answerDue(DelegateExecution execution) {
		return Date.from(consultation(execution.getProcessInstanceId()).getAnswerDue());
	}

	public Date replyDue(DelegateExecution execution) {
		return Date.from(consultation(execution.getProcessInstanceId()).getReplyDue());
	}

	/** Returns the user who asked, whose task the reading of the answer is. */
	public String asker(DelegateExecution execution) {
		return consultation(execution.getProcessInstanceId()).getAskedBy();
	}

	/**
	 * Shows the consultation and its thread on each of its tasks. A follow-up goes to the
	 * engineer who answered before, because they know the case, but the group can still
	 * take it over.
	 */
	public void details(DelegateTask task) {
		Consultation consultation = consultation(task.getProcessInstanceId());
		task.setVariableLocal(ConsultationProcess.SUMMARY, ConsultationText.summary(consultation,
				this.consultations.messagesOf(consultation), this.properties.zone()));
		if (ConsultationProcess.ANSWER.equals(task.getTaskDefinitionKey())
				&& consultation.getLastAnsweredBy() != null) {
			task.setAssignee(consultation.getLastAnsweredBy());
		}
	}

	/**
	 * Records the answer, creates or updates a FAQ article from it when the engineer
	 * chose so, and sends it to the asker.
	 */
	public void answered(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), ANSWERERS);
		Consultation consultation = consultation(task.getProcessInstanceId());
		FormValues form = form(task.getVariables());
		String answer = form.requiredText("answer", "答复", 4000);
		String action = ConsultationFaq.action(form);
		Instant now = SystemContext.now();
		ConsultationFaq.Result article = this.faq.apply(action, form, consultation, answer, user, now);
		ConsultationMessage message = this.consultations.answer(consultation, answer,
				(article != null) ? article.code() : null, (article != null) ? article.note() : null, user, now);
		SubmittedFields.remove(task, ConsultationProcess.ANSWER_FIELDS);
		this.mail.answered(consultation, message);
	}

	/**
	 * Records the asker's reply: the answer accepted, or a follow-up question for the
	 * engineers. Only the asker, or an administrator, replies.
	 */
	public void replied(DelegateTask task) {
		Consultation consultation = consultation(task.getProcessInstanceId());
		String user = this.currentUser.id();
		if (user == null
				|| (!user.equals(consultation.getAskedBy()) && !this.currentUser.isInAny(DeskGroups.ADMINISTRATORS))) {
			throw new AuthorizationException("The user with id '" + user + "' may not complete the task '"
					+ task.getName() + "': only the asker " + consultation.getAskedBy() + " replies to the answer.");
		}
		FormValues form = form(task.getVariables());
		boolean followUp = "followUp"
			.equals(form.requiredChoice("replyDecision", "是否解决", List.of("accept", "followUp")));
		Instant now = SystemContext.now();
		if (followUp) {
			String text = form.requiredText("followUp", "追问", 4000);
			this.consultations.followUp(consultation, text, user, now);
			this.mail.followedUp(consultation, text);
		}
		else {
			this.consultations.accept(consultation, user, now);
		}
		SubmittedFields.remove(task, ConsultationProcess.REPLY_FIELDS);
	}

	/** Returns whether the asker followed up, for the gateway after the reply. */
	public boolean followedUp(DelegateExecution execution) {
		return consultation(execution.getProcessInstanceId()).getStatus() == ConsultationStatus.AWAITING_ANSWER;
	}

	public void answerOverdue(DelegateExecution execution) {
		Consultation consultation = consultation(execution.getProcessInstanceId());
		if (this.consultations.answerOverdue(consultation, SystemContext.now())) {
			this.mail.answerOverdue(consultation);
		}
	}

	public void closeWithoutReply(DelegateExecution execution) {
		Consultation consultation = consultation(execution.getProcessInstanceId());
		this.consultations.closeWithoutReply(consultation, SystemContext.now());
		this.mail.closedWithoutReply(consultation);
	}

	private Consultation consultation(String processInstanceId) {
		return this.consultations.forProcessInstance(processInstanceId);
	}

	private FormValues form(Map<String, Object> variables) {
		return new FormValues(variables, this.properties.zone());
	}

}
