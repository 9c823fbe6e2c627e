package com.limsdesk.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingRepository extends JpaRepository<Training, Long> {

	Optional<Training> findByNumber(String number);

	Optional<Training> findByProcessInstanceId(String processInstanceId);

	boolean existsByAdministratorYear(int year);

	List<Training> findAllByOrderByIdDesc();

	/** Returns the scheduled trainings that overlap [from, to), earliest first. */
	@Query("select t from Training t where t.startsAt < :to and t.endsAt > :from order by t.startsAt, t.id")
	List<Training> findOverlapping(Instant from, Instant to);

}

interface TrainingAttendeeRepository extends JpaRepository<TrainingAttendee, Long> {

	List<TrainingAttendee> findByTrainingIdOrderByLineNumber(Long trainingId);

}

interface TrainingJournalRepository extends JpaRepository<TrainingJournalEntry, Long> {

	List<TrainingJournalEntry> findByTrainingIdOrderByIdAsc(Long trainingId);

}
