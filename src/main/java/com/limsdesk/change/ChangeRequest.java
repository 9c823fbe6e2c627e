package com.limsdesk.change;

import java.time.Instant;
import java.util.List;

/** A request for change as one submission of the form states it, checked. */
record ChangeRequest(String title, ChangeType type, String reason, String modules, String description, ChangeRisk risk,
		String userImpact, String testPlan, String rollbackPlan, Instant windowStart, Instant windowEnd,
		List<String> linkedTickets, List<String> linkedRequests) {

	List<String> linkedNumbers() {
		return java.util.stream.Stream.concat(this.linkedTickets.stream(), this.linkedRequests.stream()).toList();
	}

}
