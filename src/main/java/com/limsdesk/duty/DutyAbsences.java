package com.limsdesk.duty;

import java.time.Instant;
import java.util.List;

/**
 * The engineers' absences as the roster needs them. Leave management implements it, so
 * that the roster replaces an engineer on leave by their accepted cover.
 */
public interface DutyAbsences {

	/**
	 * Returns who works for the user at the moment: the user when not on leave, their
	 * accepted cover when on leave (and that cover's cover when the cover is on leave
	 * too), or null when nobody does.
	 */
	String standIn(String user, Instant moment);

	/**
	 * Returns the moments from {@code from} (inclusive) to {@code to} (exclusive) at
	 * which a leave that takes effect starts or ends.
	 */
	List<Instant> changesBetween(Instant from, Instant to);

}
