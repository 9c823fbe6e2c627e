package com.limsdesk.leave;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRedirectionRepository extends JpaRepository<TaskRedirection, Long> {

	List<TaskRedirection> findByLeaveIdOrderByIdAsc(Long leaveId);

}
