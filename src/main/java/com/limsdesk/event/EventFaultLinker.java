package com.limsdesk.event;

import java.time.Instant;

import com.limsdesk.fault.FaultRecorded;
import com.limsdesk.fault.FaultTicketService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links each fault reported while an event is in progress to that event, in the
 * transaction that registers the ticket, and mails the event's on-site engineers.
 */
@Component
class EventFaultLinker {

	private final EventService events;

	private final FaultTicketService faults;

	private final EventMail mail;

	EventFaultLinker(EventService events, FaultTicketService faults, EventMail mail) {
		this.events = events;
		this.faults = faults;
		this.mail = mail;
	}

	/**
	 * Links the ticket by its report time, so that a ticket reported before an event and
	 * triaged during it is not linked.
	 */
	@EventListener
	void faultRecorded(FaultRecorded fault) {
		Instant reportedAt = this.faults.findByNumber(fault.number()).getReportedAt();
		for (SupportEvent event : this.events.linkFault(fault.number(), reportedAt)) {
			this.mail.faultDuringEvent(event, fault.number());
		}
	}

}
