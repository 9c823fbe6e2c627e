package com.limsdesk.change;

import java.time.Instant;
import java.util.List;

/** A request for change as one submission of the form states it, checked. */
record ChangeRequest(String title, ChangeType type, String reason, String modules, String description, ChangeRisk risk,
		String userImpact, String testPlan, String rollbackPlan, Instant windowStart, Instant windowEnd,
		List<String> linkedTickets, List<String> linkedRequests) {

	/** Returns this request with the service request among its links. */
	ChangeRequest withLinkedRequest(String number) {
		if (this.linkedRequests.contains(number)) {
			return this;
		}
		List<String> requests = new java.util.ArrayList<>(this.linkedRequests);
		requests.add(0, number);
		return new ChangeRequest(this.title, this.type, this.reason, this.modules, this.description, this.risk,
				this.userImpact, this.testPlan, this.rollbackPlan, this.windowStart, this.windowEnd, this.linkedTickets,
				List.copyOf(requests));
	}

	List<String> linkedNumbers() {
		return java.util.stream.Stream.concat(this.linkedTickets.stream(), this.linkedRequests.stream()).toList();
	}

}
