package com.limsdesk.training;

import java.time.Instant;

/** The time, people, place and mode of a training as a manager decides them. */
record TrainingPlan(String topic, String content, Instant startsAt, Instant endsAt, int plannedAttendees, String place,
		TrainingMode mode) {
}
