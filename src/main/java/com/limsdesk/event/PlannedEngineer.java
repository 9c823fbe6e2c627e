package com.limsdesk.event;

import java.time.Instant;

/** One line of a plan's engineer list: who is on site, from when until when, for what. */
record PlannedEngineer(String engineer, Instant from, Instant until, String duty) {
}
