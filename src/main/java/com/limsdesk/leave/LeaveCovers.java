package com.limsdesk.leave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.limsdesk.duty.DutyAbsences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on leave at a moment and who covers them. A leave counts from its first minute
 * to its last as soon as its cover accepted, whether or not its start timer has run yet,
 * so that no task reaches an absent engineer in between.
 */
@Component
class LeaveCovers implements DutyAbsences {

	/**
	 * Maximum number of covers followed from one engineer, in case covers on leave
	 * themselves form a chain. Requests reject a cover who is on leave at the same time,
	 * so a longer chain means records changed outside the desk.
	 */
	private static final int MAX_CHAIN = 5;

	private final LeaveRepository leaves;

	LeaveCovers(LeaveRepository leaves) {
		this.leaves = leaves;
	}

	/** Returns the leave that takes effect for the user at the moment, if any. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Optional<Leave> leaveAt(String user, Instant moment) {
		return this.leaves.findIncluding(user, LeaveStatus.EFFECTIVE, moment).stream().findFirst();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public String standIn(String user, Instant moment) {
		Set<String> seen = new LinkedHashSet<>();
		String current = user;
		while (seen.add(current) && seen.size() <= MAX_CHAIN) {
			Optional<Leave> leave = leaveAt(current, moment);
			if (leave.isEmpty()) {
				return current;
			}
			current = leave.get().getCoverUser();
		}
		return null;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Instant> changesBetween(Instant from, Instant to) {
		List<Instant> changes = new ArrayList<>();
		for (Leave leave : this.leaves.findAllOverlapping(LeaveStatus.EFFECTIVE, from, to)) {
			for (Instant moment : List.of(leave.getStartsAt(), leave.getEndsAt())) {
				if (!moment.isBefore(from) && moment.isBefore(to)) {
					changes.add(moment);
				}
			}
		}
		return changes;
	}

}
