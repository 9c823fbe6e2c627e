package com.limsdesk.duty;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyEntryRepository extends JpaRepository<DutyEntry, Long> {

	/**
	 * Returns the entries that cover at least one day from {@code from} to {@code to}.
	 */
	@Query("select e from DutyEntry e where e.firstDay <= :to and e.lastDay >= :from order by e.firstDay, e.id")
	List<DutyEntry> findOverlapping(LocalDate from, LocalDate to);

	/** Returns the engineer's entries that cover {@code from} or a later day. */
	@Query("select e from DutyEntry e where e.engineer = :engineer and e.lastDay >= :from order by e.firstDay, e.id")
	List<DutyEntry> findByEngineerFrom(String engineer, LocalDate from);

}
