package com.limsdesk.fault;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates ticket numbers such as {@code GZ-2026-00042}: a prefix, the year in the
 * institute's zone and a counter per year. The counter row is locked in the transaction
 * that creates the ticket, so numbers have no gaps and no duplicates under concurrent
 * reports.
 */
@Component
class TicketNumbers {

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	TicketNumbers(TransactionTemplate transactionTemplate) {
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String prefix, Instant moment, ZoneId zone) {
		int year = moment.atZone(zone).getYear();
		ensureCounter(prefix, year);
		NumberSequence sequence = this.entityManager.find(NumberSequence.class, new NumberSequence.Key(prefix, year),
				LockModeType.PESSIMISTIC_WRITE);
		long value = sequence.increment();
		return String.format("%s-%d-%05d", prefix, year, value);
	}

	private void ensureCounter(String prefix, int year) {
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		if (this.entityManager.find(NumberSequence.class, key) != null) {
			return;
		}
		try {
			this.newTransaction.executeWithoutResult((status) -> {
				if (this.entityManager.find(NumberSequence.class, key) == null) {
					this.entityManager.persist(new NumberSequence(key));
				}
			});
		}
		catch (RuntimeException ex) {
			// Another report created the counter at the same moment; locking it below is
			// enough.
		}
	}

}
