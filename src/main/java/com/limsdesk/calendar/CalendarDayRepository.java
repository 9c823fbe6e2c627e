package com.limsdesk.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

	List<CalendarDay> findByYearOrderByDate(int year);

	/**
	 * Deletes every day of the year in one statement and clears the persistence context.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarDay d where d.year = :year")
	int deleteByYear(int year);

}
