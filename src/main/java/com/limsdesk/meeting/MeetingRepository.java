package com.limsdesk.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findByNumber(String number);

	Optional<Meeting> findByProcessInstanceId(String processInstanceId);

	Optional<Meeting> findByWeekStart(LocalDate weekStart);

	List<Meeting> findAllByOrderByWeekStartDesc();

}
