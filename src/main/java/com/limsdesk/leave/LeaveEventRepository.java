package com.limsdesk.leave;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeaveEventRepository extends JpaRepository<LeaveEvent, Long> {

	List<LeaveEvent> findByLeaveIdOrderByIdAsc(Long leaveId);

}
