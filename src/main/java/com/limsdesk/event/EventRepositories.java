package com.limsdesk.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportEventRepository extends JpaRepository<SupportEvent, Long> {

	Optional<SupportEvent> findByNumber(String number);

	Optional<SupportEvent> findByProcessInstanceId(String processInstanceId);

	List<SupportEvent> findAllByOrderByStartsAtDesc();

	/** Returns the events that overlap [from, to), earliest first. */
	@Query("select e from SupportEvent e where e.startsAt < :to and e.endsAt > :from order by e.startsAt, e.id")
	List<SupportEvent> findOverlapping(Instant from, Instant to);

	/** Returns the events in progress at the moment whose support is still open. */
	@Query("select e from SupportEvent e where e.startsAt <= :at and e.endsAt > :at and e.status in :statuses")
	List<SupportEvent> findInProgress(Instant at, Collection<EventStatus> statuses);

}

interface EventPlanRepository extends JpaRepository<EventPlan, Long> {

	List<EventPlan> findByEventIdOrderByRound(Long eventId);

}

interface EventEngineerRepository extends JpaRepository<EventEngineer, Long> {

	List<EventEngineer> findByEventIdAndPlanRoundOrderById(Long eventId, int planRound);

	Optional<EventEngineer> findByEventIdAndPlanRoundAndEngineer(Long eventId, int planRound, String engineer);

}

interface EventCheckItemRepository extends JpaRepository<EventCheckItem, Long> {

	List<EventCheckItem> findByEventIdOrderById(Long eventId);

}

interface EventFaultRepository extends JpaRepository<EventFault, Long> {

	List<EventFault> findByEventIdOrderById(Long eventId);

	boolean existsByEventIdAndTicketNumber(Long eventId, String ticketNumber);

}

interface EventJournalRepository extends JpaRepository<EventJournalEntry, Long> {

	List<EventJournalEntry> findByEventIdOrderByIdAsc(Long eventId);

}
