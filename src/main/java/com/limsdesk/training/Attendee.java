package com.limsdesk.training;

/** One line of an attendance list: a person and their department. */
record Attendee(String name, String department) {
}
