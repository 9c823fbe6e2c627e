package com.limsdesk.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

	Optional<MeetingAction> findByNumber(String number);

	List<MeetingAction> findByStatusOrderByDueDateAscNumberAsc(MeetingAction.Status status);

	List<MeetingAction> findByMeetingIdOrderByNumber(Long meetingId);

	List<MeetingAction> findByClosedInMeetingIdOrderByNumber(Long meetingId);

	List<MeetingAction> findAllByOrderByNumberDesc();

}
