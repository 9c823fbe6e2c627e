package com.limsdesk.event;

import java.time.Instant;
import java.util.List;

/**
 * One event's support as the periodic reports count it.
 *
 * @param number the event's record number, such as HD-2026-00001
 * @param name the event's name
 * @param startsAt when the event starts
 * @param endsAt when it ends
 * @param status the state of its support
 * @param engineersPlanned engineers of the accepted plan, 0 before a plan is accepted
 * @param engineersArrived those of them who recorded their arrival
 * @param lateArrivals the engineers who arrived late or not at all
 * @param findings the pre-event findings, null before the check
 * @param findingEscalated whether a finding could not be cleared before the event
 * @param faults the fault tickets reported during the event
 * @param delivered whether the support was delivered: its summary accepted by a manager
 */
public record EventReport(String number, String name, Instant startsAt, Instant endsAt, EventStatus status,
		int engineersPlanned, int engineersArrived, List<LateArrival> lateArrivals, String findings,
		boolean findingEscalated, List<String> faults, boolean delivered) {

	/**
	 * An engineer who arrived after their on-site time, or not at all.
	 *
	 * @param minutesLate minutes after the on-site time, or -1 when they never arrived
	 */
	public record LateArrival(String engineer, Instant onSiteFrom, Instant arrivedAt, long minutesLate) {
	}

}
