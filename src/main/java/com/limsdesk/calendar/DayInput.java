package com.limsdesk.calendar;

/**
 * A calendar entry as a calendar file or a REST request gives it, not yet validated.
 *
 * @param date ISO date such as {@code 2026-10-01}
 * @param kind {@code holiday} or {@code workday}
 * @param name name of the holiday, such as 国庆节
 */
record DayInput(String date, String kind, String name) {

}
