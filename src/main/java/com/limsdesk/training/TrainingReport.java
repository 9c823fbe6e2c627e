package com.limsdesk.training;

import java.time.Instant;

/**
 * One training as the periodic reports count it.
 *
 * @param number the training's record number, such as PX-2026-00001
 * @param kind administrator or user training
 * @param topic the training's topic
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param mode on site, classroom or remote
 * @param plannedAttendees the number of people the managers planned for
 * @param attendees the number on the attendance list, 0 before the delivery
 * @param delivered true once delivered, false when recorded as not delivered, null before
 * either
 * @param freeOfCharge whether the training is free of charge
 * @param rating the managers' rating from 1 to 5, null before the feedback
 * @param status the training's status
 */
public record TrainingReport(String number, TrainingKind kind, String topic, Instant startsAt, Instant endsAt,
		TrainingMode mode, int plannedAttendees, int attendees, Boolean delivered, boolean freeOfCharge, Integer rating,
		TrainingStatus status) {
}
