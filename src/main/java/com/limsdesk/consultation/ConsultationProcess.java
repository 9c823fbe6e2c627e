package com.limsdesk.consultation;

import java.util.List;

/**
 * Key, activity ids and variable names of the consultation process, for its steps and
 * tests alike.
 */
public final class ConsultationProcess {

	public static final String KEY = "consultation";

	public static final String NUMBER_PREFIX = "ZX";

	public static final String START = "StartEvent_QuestionAsked";

	public static final String REGISTER = "Task_RegisterConsultation";

	public static final String ANSWER = "Task_AnswerQuestion";

	public static final String ANSWER_OVERDUE = "Event_AnswerOverdue";

	public static final String READ_ANSWER = "Task_ReadAnswer";

	public static final String REPLY_TIMEOUT = "Event_ReplyTimeout";

	public static final String RESOLVED = "EndEvent_ConsultationResolved";

	public static final String CLOSED_WITHOUT_REPLY = "EndEvent_ClosedWithoutReply";

	public static final String OVERDUE_RECORDED = "EndEvent_AnswerOverdueRecorded";

	/** Fields of the question form, removed from the process once recorded. */
	static final List<String> QUESTION_FIELDS = List.of("category", "module", "title", "question");

	/** Fields of the answer form, removed from the process once recorded. */
	static final List<String> ANSWER_FIELDS = List.of("answer", "faqAction", "faqArticle", "faqTitle", "faqQuestion",
			"faqAnswer", "faqKeywords", "faqReason");

	/** Fields of the reply form, removed from the process once recorded. */
	static final List<String> REPLY_FIELDS = List.of("replyDecision", "followUp");

	/** The task-local variable that shows the consultation on each task. */
	static final String SUMMARY = "consultationSummary";

	private ConsultationProcess() {
	}

}
