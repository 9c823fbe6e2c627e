package com.limsdesk.leave;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverItemRepository extends JpaRepository<HandoverItem, Long> {

	List<HandoverItem> findByLeaveIdOrderByIdAsc(Long leaveId);

}
