package com.limsdesk.onboarding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Finds who has a replaced engineer's work now: the engineer who took their post, or that
 * engineer's own successor after a later replacement. A replaced engineer who is a member
 * of {@code engineers} again keeps their own work.
 */
@Component
class Successors {

	private final ReplacementRepository replacements;

	private final UserDirectory users;

	Successors(ReplacementRepository replacements, UserDirectory users) {
		this.replacements = replacements;
		this.users = users;
	}

	/**
	 * Returns the user who has the given user's work, which is the user themselves unless
	 * replaced.
	 */
	String holderOf(String userId) {
		String holder = userId;
		Set<String> seen = new HashSet<>();
		while (seen.add(holder)) {
			List<Replacement> done = this.replacements.findByReplacedEngineerAndStatusOrderByOnPostAtDesc(holder,
					ReplacementStatus.ON_POST);
			if (done.isEmpty() || this.users.isMember(holder, DeskGroups.ENGINEERS)) {
				return holder;
			}
			holder = done.get(0).getNewEngineer();
		}
		return holder;
	}

}
