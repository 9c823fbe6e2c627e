package com.limsdesk.calendar;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MissingCalendarNoticeRepository extends JpaRepository<MissingCalendarNotice, Integer> {

	/** Reads the notice of the year and locks its row until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from MissingCalendarNotice n where n.year = :year")
	Optional<MissingCalendarNotice> findForUpdate(int year);

}
