package com.limsdesk.leave;

import java.time.LocalDate;

/**
 * A leave as its engineer requests it.
 *
 * @param firstDay first whole day of absence
 * @param lastDay last whole day of absence, not before the first
 * @param reason why the engineer is absent
 * @param coverUser the engineer asked to take over every task during the absence
 */
record LeaveRequest(LocalDate firstDay, LocalDate lastDay, String reason, String coverUser) {
}
