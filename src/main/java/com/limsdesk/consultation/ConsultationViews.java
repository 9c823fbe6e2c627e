package com.limsdesk.consultation;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of consultations. */
final class ConsultationViews {

	private ConsultationViews() {
	}

	record Summary(String number, String title, String category, String categoryLabel, String module, String status,
			String statusLabel, String askedBy, Instant askedAt, Instant answerDue, Instant answerOverdueAt,
			String lastAnsweredBy, Instant lastAnsweredAt, Instant closedAt) {

		static Summary of(Consultation c) {
			return new Summary(c.getNumber(), c.getTitle(), c.getCategory().code(), c.getCategory().label(),
					c.getModule(), c.getStatus().name(), c.getStatus().label(), c.getAskedBy(), c.getAskedAt(),
					c.getAnswerDue(), c.getAnswerOverdueAt(), c.getLastAnsweredBy(), c.getLastAnsweredAt(),
					c.getClosedAt());
		}

	}

	record Message(String kind, String kindLabel, String author, Instant writtenAt, String text, String faqArticle) {

		static Message of(ConsultationMessage m) {
			return new Message(m.getKind().name(), m.getKind().label(), m.getAuthor(), m.getWrittenAt(), m.getText(),
					m.getFaqArticle());
		}

	}

	record Entry(Instant at, String actor, String kind, String detail) {

		static Entry of(ConsultationEvent e) {
			return new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record Detail(Summary summary, String question, List<Message> thread, List<Entry> journal) {

		static Detail of(Consultation consultation, ConsultationService consultations) {
			return new Detail(Summary.of(consultation), consultation.getQuestion(),
					consultations.messagesOf(consultation).stream().map(Message::of).toList(),
					consultations.journalOf(consultation).stream().map(Entry::of).toList());
		}

	}

}
