package com.limsdesk.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.limsdesk.engine.TaskViews;

/** The text of a consultation that its tasks and mail show. */
final class ConsultationText {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ConsultationText() {
	}

	/**
	 * Returns the consultation with its whole thread, the latest message last, cut to the
	 * length of a task variable.
	 */
	static String summary(Consultation consultation, List<ConsultationMessage> thread, ZoneId zone) {
		StringBuilder text = new StringBuilder(header(consultation, zone));
		for (ConsultationMessage message : thread) {
			text.append("\n\n【").append(message.getKind().label()).append("】").append(message.getAuthor());
			text.append("，").append(format(message.getWrittenAt(), zone)).append("\n").append(message.getText());
			if (message.getFaqArticle() != null) {
				text.append("\n（已整理为常见问题 ").append(message.getFaqArticle()).append("）");
			}
		}
		return TaskViews.fit(text.toString());
	}

	static String header(Consultation consultation, ZoneId zone) {
		return "咨询：" + consultation.getNumber() + "（" + consultation.getStatus().label() + "）\n类别："
				+ consultation.getCategory().label() + "，模块：" + consultation.getModule() + "\n提问人："
				+ consultation.getAskedBy() + "，" + format(consultation.getAskedAt(), zone) + "\n标题："
				+ consultation.getTitle();
	}

	/** Formats a moment in the institute's zone to the minute, or "-" for none. */
	static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTE.format(instant.atZone(zone)) : "-";
	}

}
