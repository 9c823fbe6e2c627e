package com.limsdesk.training;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of trainings. */
final class TrainingViews {

	private TrainingViews() {
	}

	record Summary(String number, String kind, String kindLabel, String topic, Instant startsAt, Instant endsAt,
			String place, String mode, String modeLabel, Integer plannedAttendees, int attendees, String status,
			String statusLabel, boolean freeOfCharge, Integer rating) {

		static Summary of(Training t, TrainingService trainings) {
			return new Summary(t.getNumber(), t.getKind().name(), t.getKind().label(), t.getTopic(), t.getStartsAt(),
					t.getEndsAt(), t.getPlace(), (t.getMode() != null) ? t.getMode().name() : null,
					(t.getMode() != null) ? t.getMode().label() : null, t.getPlannedAttendees(),
					trainings.attendeesOf(t).size(), t.getStatus().name(), t.getStatus().label(), t.isFreeOfCharge(),
					t.getRating());
		}

	}

	record Person(String name, String department) {

		static Person of(TrainingAttendee attendee) {
			return new Person(attendee.getName(), attendee.getDepartment());
		}

	}

	record Entry(Instant at, String actor, String kind, String detail) {

		static Entry of(TrainingJournalEntry e) {
			return new Entry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail());
		}

	}

	record Detail(Summary summary, String content, Integer administratorYear, String requestedBy, Instant requestedAt,
			String material, String trainer, String materialBy, Instant materialAt, Boolean delivered,
			String deliveryNote, String deliveredBy, Instant deliveredAt, String feedback, String feedbackBy,
			Instant feedbackAt, List<Person> attendance, List<Entry> journal) {

		static Detail of(Training t, TrainingService trainings) {
			return new Detail(Summary.of(t, trainings), t.getContent(), t.getAdministratorYear(), t.getRequestedBy(),
					t.getRequestedAt(), t.getMaterial(), t.getTrainer(), t.getMaterialBy(), t.getMaterialAt(),
					t.getDelivered(), t.getDeliveryNote(), t.getDeliveredBy(), t.getDeliveredAt(), t.getFeedback(),
					t.getFeedbackBy(), t.getFeedbackAt(), trainings.attendeesOf(t).stream().map(Person::of).toList(),
					trainings.journalOf(t).stream().map(Entry::of).toList());
		}

	}

}
