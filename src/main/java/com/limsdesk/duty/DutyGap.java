package com.limsdesk.duty;

import java.time.Instant;

/**
 * A period with nobody on duty.
 *
 * @param start first moment without anybody on duty
 * @param end first moment with somebody on duty again
 * @param openEnded whether the gap lasted to the end of the search, so that it may last
 * longer than {@code end}
 */
record DutyGap(Instant start, Instant end, boolean openEnded) {
}
