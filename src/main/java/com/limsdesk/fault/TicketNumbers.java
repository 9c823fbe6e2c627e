package com.limsdesk.fault;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.dao.DataIntegrityViolationException;
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
public class TicketNumbers {

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	TicketNumbers(TransactionTemplate transactionTemplate) {
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String prefix, Instant moment, ZoneId zone) {
		int year = moment.atZone(zone).getYear();
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		// The counter is read with its lock only: an earlier plain read would leave a
		// stale
		// value in the persistence context, and two reports would get the same number.
		NumberSequence sequence = lock(key);
		if (sequence == null) {
			createCounter(key);
			sequence = lock(key);
		}
		return String.format("%s-%d-%05d", prefix, year, sequence.increment());
	}

	private NumberSequence lock(NumberSequence.Key key) {
		return this.entityManager.find(NumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
	}

	private void createCounter(NumberSequence.Key key) {
		try {
			this.newTransaction.executeWithoutResult((status) -> {
				if (this.entityManager.find(NumberSequence.class, key) == null) {
					this.entityManager.persist(new NumberSequence(key));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Another report created the counter at the same moment; locking it is
			// enough.
		}
	}

}
