package com.limsdesk.calendar;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

	/** Reads the year and locks its row until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select y from CalendarYear y where y.year = :year")
	Optional<CalendarYear> findForUpdate(int year);

}
