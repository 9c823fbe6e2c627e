package com.limsdesk.problem;

import java.util.List;

import com.limsdesk.fault.FaultRecorded;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Suggests a problem when one module has had several faults in a short time. The check
 * runs in the transaction that registers or triages the fault, and only starts the
 * suggestion process. The process records the suggestion in a job of its own, so a
 * suggestion that fails there, or that a concurrent report made needless, never undoes
 * the fault report.
 */
@Component
class ProblemRecurrence {

	private static final Logger logger = LoggerFactory.getLogger(ProblemRecurrence.class);

	private final ProblemService problems;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	ProblemRecurrence(ProblemService problems, RuntimeService runtimeService, IdentityService identityService) {
		this.problems = problems;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
	}

	/**
	 * Starts a suggestion for the fault's module when the recurrence count is reached.
	 */
	@EventListener
	void faultRecorded(FaultRecorded fault) {
		List<String> tickets = this.problems.recurringTickets(fault.module(), fault.at());
		if (tickets.isEmpty()) {
			return;
		}
		// The desk raises the suggestion itself, not the user who reported or triaged the
		// fault, so the instance has no start user and that user's permissions do not
		// apply.
		Authentication user = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			this.runtimeService.createMessageCorrelation(ProblemProcess.RECURRENCE_MESSAGE)
				.setVariable(ProblemProcess.Variables.MODULE, fault.module())
				.setVariable(ProblemProcess.Variables.SUGGESTED_TICKETS, String.join(",", tickets))
				.correlateStartMessage();
		}
		finally {
			if (user != null) {
				this.identityService.setAuthentication(user);
			}
		}
		logger.info("Fault ticket {} makes {} faults in module {}; problem suggestion started", fault.number(),
				tickets.size(), fault.module());
	}

}
