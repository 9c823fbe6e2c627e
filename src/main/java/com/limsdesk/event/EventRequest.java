package com.limsdesk.event;

import java.time.Instant;

/** What a manager asks for when starting event support, checked by {@link EventForms}. */
record EventRequest(String name, Instant startsAt, Instant endsAt, String place, String criticalSystems,
		int engineersRequired, Instant arrivalRequiredAt, String contact) {
}
