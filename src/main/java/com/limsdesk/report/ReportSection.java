package com.limsdesk.report;

/**
 * One section of the periodic reports. Each section is a Spring bean; the report shows
 * the sections that apply to its kind, in the order of {@link #order()}. A new section is
 * one more class.
 */
public interface ReportSection {

	/** Returns the position of the section in the report, lowest first. */
	int order();

	/** Returns whether reports of this kind contain the section. */
	boolean appliesTo(ReportKind kind);

	/** Builds the section from the records of the report's period. */
	SectionContent build(ReportData data);

}
