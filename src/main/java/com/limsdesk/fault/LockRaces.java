package com.limsdesk.fault;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises a transaction that lost a race for a row lock or for the first insert of a
 * unique row, which may be repeated as it is. H2 gives up waiting for a lock after one
 * second by default, and JPA calls made outside a Spring Data repository are not
 * translated to Spring's exceptions, so both kinds are looked for along the causes.
 */
public final class LockRaces {

	private LockRaces() {
	}

	/** Returns whether the exception, or one of its causes, is a lost race. */
	public static boolean isLostRace(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException || cause instanceof PessimisticLockException
					|| cause instanceof LockTimeoutException || cause instanceof DataIntegrityViolationException
					|| cause instanceof OptimisticLockingFailureException || cause instanceof OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

}
