package com.limsdesk.cleanup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.limsdesk.oracle.TemporaryTableCandidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the cleanup records. Steps of the process write in the engine's
 * transaction, so that rejected form input leaves nothing behind. The outcome of each
 * drop is written in a transaction of its own, because a drop cannot be rolled back: when
 * the drop step fails later and runs again, it finds the tables it already handled.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CleanupRecords {

	private final CleanupRepository cleanups;

	private final CleanupTableRepository tables;

	CleanupRecords(CleanupRepository cleanups, CleanupTableRepository tables) {
		this.cleanups = cleanups;
		this.tables = tables;
	}

	Cleanup open(String processInstanceId, String trigger, String startedBy, Instant at) {
		return this.cleanups.saveAndFlush(new Cleanup(processInstanceId, trigger, startedBy, at));
	}

	void addCandidates(Cleanup cleanup, String target, Collection<TemporaryTableCandidate> candidates) {
		for (TemporaryTableCandidate candidate : candidates) {
			this.tables.save(new CleanupTable(cleanup.getId(), target, candidate));
		}
	}

	/**
	 * Returns the cleanup of a process instance. It is found by the instance and not by a
	 * process variable, because the users of its tasks may change variables.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Cleanup forProcessInstance(String processInstanceId) {
		return this.cleanups.findByProcessInstanceId(processInstanceId)
			.orElseThrow(
					() -> new IllegalStateException("no cleanup belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Cleanup get(long cleanupId) {
		return this.cleanups.findById(cleanupId)
			.orElseThrow(() -> new IllegalStateException("cleanup " + cleanupId + " not found"));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<CleanupTable> tablesOf(long cleanupId) {
		return this.tables.findByCleanupIdOrderByIdAsc(cleanupId);
	}

	/** Marks the picked tables as selected and records the review. */
	void review(long cleanupId, Collection<Long> pickedIds, String user, String note, Instant at) {
		for (CleanupTable table : this.tables.findByCleanupIdOrderByIdAsc(cleanupId)) {
			if (pickedIds.contains(table.getId())) {
				table.select();
			}
		}
		get(cleanupId).reviewed(user, note, at);
	}

	/** Records the manager's decision; approval covers every selected table. */
	void decide(long cleanupId, boolean approved, String user, String reason, Instant at) {
		if (approved) {
			this.tables.findByCleanupIdOrderByIdAsc(cleanupId).forEach(CleanupTable::approve);
		}
		get(cleanupId).decided(user, approved ? "APPROVED" : "REJECTED", reason, at);
	}

	/**
	 * Returns the approved tables without an outcome yet, read in a transaction of its
	 * own so that the drop step finds what earlier attempts recorded.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	List<CleanupTable> pendingDrops(long cleanupId) {
		return this.tables.findByCleanupIdOrderByIdAsc(cleanupId)
			.stream()
			.filter((table) -> table.isApproved() && table.getOutcome() == null)
			.toList();
	}

	/**
	 * Records what the drop did with one table, committed at once. The first outcome
	 * stays, except that a drop replaces any other: two runs of the step that overlap
	 * (after the job's lock expired) see the table the other one dropped as missing.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordOutcome(long tableId, DropResult result) {
		CleanupTable table = this.tables.findById(tableId)
			.orElseThrow(() -> new IllegalStateException("cleanup table " + tableId + " not found"));
		if (table.getOutcome() == null
				|| result.outcome() == CleanupOutcome.DROPPED && table.getOutcome() != CleanupOutcome.DROPPED) {
			table.recordOutcome(result.outcome(), result.ddl(), result.rowsAtDrop(), result.droppedAt(),
					result.error());
		}
	}

	/** Returns the approved tables with their outcomes, as committed. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	List<CleanupTable> approvedTables(long cleanupId) {
		return this.tables.findByCleanupIdOrderByIdAsc(cleanupId).stream().filter(CleanupTable::isApproved).toList();
	}

	void listed(long cleanupId, String note) {
		get(cleanupId).listed(note);
	}

	void finish(long cleanupId, String summary, Instant at) {
		get(cleanupId).finished(summary, at);
	}

}
