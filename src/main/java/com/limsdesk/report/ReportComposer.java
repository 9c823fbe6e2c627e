package com.limsdesk.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import org.springframework.stereotype.Component;

/**
 * Builds a report's content from the records of its period with the sections that apply
 * to its kind, and writes its documents.
 */
@Component
class ReportComposer {

	private final ReportRecords records;

	private final List<ReportSection> sections;

	private final ReportDocument document;

	private final ReportWorkbook workbook;

	private final DeskProperties properties;

	ReportComposer(ReportRecords records, List<ReportSection> sections, ReportDocument document,
			ReportWorkbook workbook, DeskProperties properties) {
		this.records = records;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
		this.document = document;
		this.workbook = workbook;
		this.properties = properties;
	}

	ReportContent compose(Report report, ReportContent.EngineerPart part, int version, String author, Instant now) {
		ReportPeriod period = report.period();
		ReportData data = this.records.load(period);
		List<SectionContent> built = this.sections.stream()
			.filter((section) -> section.appliesTo(period.kind()))
			.map((section) -> section.build(data))
			.toList();
		return new ReportContent(report.getNumber(), period, this.properties.zone(), report.getDueAt(), version, author,
				now, built, part);
	}

	byte[] docx(ReportContent content) {
		return this.document.write(content);
	}

	byte[] xlsx(ReportContent content) {
		return this.workbook.write(content);
	}

}
