package com.limsdesk.oracle;

import java.time.OffsetDateTime;

/**
 * One entry of the alert log: a message of the view, or in a file the lines from one
 * timestamp line up to the next.
 *
 * @param time when the entry was written
 * @param text the lines of the entry without its timestamp line
 * @param continuation whether the text consists of lines appended to an entry that an
 * earlier run already counted. Its findings count, but it is not counted as a new entry
 */
record AlertLogEntry(OffsetDateTime time, String text, boolean continuation) {
}
