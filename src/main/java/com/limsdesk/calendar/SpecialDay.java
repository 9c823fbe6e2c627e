package com.limsdesk.calendar;

import java.time.LocalDate;

/**
 * A validated calendar entry: a holiday or a make-up working day.
 *
 * @param date the day
 * @param kind whether the day is a day off or a working day
 * @param name name of the holiday, in Chinese, such as 春节
 */
record SpecialDay(LocalDate date, DayKind kind, String name) {

}
