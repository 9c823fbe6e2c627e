package com.limsdesk.leave;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeaveRepository extends JpaRepository<Leave, Long> {

	Optional<Leave> findByNumber(String number);

	Optional<Leave> findByProcessInstanceId(String processInstanceId);

	List<Leave> findTop500ByOrderByIdDesc();

	/** Returns the user's leaves in the given states that overlap the period. */
	@Query("select l from Leave l where l.engineer = :engineer and l.status in :states"
			+ " and l.startsAt < :until and l.endsAt > :from order by l.startsAt")
	List<Leave> findOverlapping(String engineer, Collection<LeaveStatus> states, Instant from, Instant until);

	/**
	 * Returns the leaves in the given states that overlap the period and name the cover.
	 */
	@Query("select l from Leave l where l.coverUser = :cover and l.status in :states"
			+ " and l.startsAt < :until and l.endsAt > :from order by l.startsAt")
	List<Leave> findCoveredBy(String cover, Collection<LeaveStatus> states, Instant from, Instant until);

	/** Returns the user's leaves in the given states that include the moment. */
	@Query("select l from Leave l where l.engineer = :engineer and l.status in :states"
			+ " and l.startsAt <= :moment and l.endsAt > :moment")
	List<Leave> findIncluding(String engineer, Collection<LeaveStatus> states, Instant moment);

	/**
	 * Returns the leaves in the given states that overlap the period, of any engineer.
	 */
	@Query("select l from Leave l where l.status in :states and l.startsAt < :until and l.endsAt > :from"
			+ " order by l.startsAt")
	List<Leave> findAllOverlapping(Collection<LeaveStatus> states, Instant from, Instant until);

}
