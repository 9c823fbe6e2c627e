package com.limsdesk.duty;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyGapNoticeRepository extends JpaRepository<DutyGapNotice, Long> {

	/** Returns the notices of gaps that had not ended at the moment. */
	@Query("select n from DutyGapNotice n where n.openEnded = true or n.gapEnd > :moment")
	List<DutyGapNotice> findNotEndedAt(Instant moment);

}
