package com.limsdesk.problem;

import java.time.Instant;
import java.util.List;

import com.limsdesk.fault.FaultRecorded;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suggests a problem when one module has had several faults in a short time. It runs
 * after the registration or triage of a fault commits, in a transaction of its own, so a
 * failed suggestion never undoes the fault report. A ticket listed by one suggestion is
 * never listed again, and the database enforces that when two reports race.
 */
@Component
class ProblemRecurrence {

	private static final Logger logger = LoggerFactory.getLogger(ProblemRecurrence.class);

	private final ProblemService problems;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final TransactionTemplate newTransaction;

	ProblemRecurrence(ProblemService problems, RuntimeService runtimeService, IdentityService identityService,
			PlatformTransactionManager transactionManager) {
		this.problems = problems;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts a suggestion for the fault's module when the recurrence count is reached.
	 * NOTE: a suggestion lost to a crash between the fault's commit and this step is
	 * raised by the next fault in the module, which counts the same tickets again.
	 */
	@TransactionalEventListener
	void faultRecorded(FaultRecorded fault) {
		try {
			this.newTransaction.executeWithoutResult((status) -> suggestIfRecurring(fault.module(), fault.at()));
		}
		catch (RuntimeException ex) {
			logger.warn("No problem suggested for module {} after fault ticket {}", fault.module(), fault.number(), ex);
		}
	}

	private void suggestIfRecurring(String module, Instant at) {
		List<String> tickets = this.problems.recurringTickets(module, at);
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
				.setVariable(ProblemProcess.Variables.MODULE, module)
				.setVariable(ProblemProcess.Variables.SUGGESTED_TICKETS, String.join(",", tickets))
				.correlateStartMessage();
		}
		finally {
			if (user != null) {
				this.identityService.setAuthentication(user);
			}
		}
	}

}
