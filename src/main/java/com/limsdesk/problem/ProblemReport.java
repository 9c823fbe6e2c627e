package com.limsdesk.problem;

import java.util.List;

/**
 * A problem as an engineer reports it.
 *
 * @param linkedTickets numbers of the fault tickets it explains, each checked to exist
 */
record ProblemReport(String title, String module, String description, List<String> linkedTickets) {
}
