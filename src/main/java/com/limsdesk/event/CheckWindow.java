package com.limsdesk.event;

import java.time.Instant;

/**
 * When the pre-event check opens and when it is due: the opening and the closing time of
 * the working day it falls on.
 */
record CheckWindow(Instant opensAt, Instant due) {
}
