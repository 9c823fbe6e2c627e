package com.limsdesk.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A report as the documents show it: its sections built from the records, and the
 * engineer's own part.
 */
record ReportContent(String number, ReportPeriod period, ZoneId zone, Instant dueAt, int version, String author,
		Instant createdAt, List<SectionContent> sections, EngineerPart engineerPart) {

	/** Returns the title of the document, such as LIMS系统运维周报. */
	String title() {
		return "LIMS系统" + this.period.kind().label();
	}

	/** Returns the value of the figure with the key, from whichever section has it. */
	Optional<Object> figure(String key) {
		return this.sections.stream()
			.flatMap((section) -> section.figures().stream())
			.filter((figure) -> figure.key().equals(key))
			.map(SectionContent.Figure::value)
			.findFirst();
	}

	/**
	 * The engineer's analysis of the period's technical problems, solutions and feedback.
	 */
	record EngineerPart(String analysis, String solutions, String feedback) {

		static final EngineerPart EMPTY = new EngineerPart(null, null, null);

	}

}
