package com.limsdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The views of reports that the report API returns, with links to the documents. */
final class ReportViews {

	private ReportViews() {
	}

	record Summary(String number, String kind, String kindLabel, String period, LocalDate periodStart,
			LocalDate periodEnd, Instant dueAt, String status, String statusLabel, boolean late, Instant escalatedAt,
			Instant firstSubmittedAt, Instant lastSubmittedAt, String approvedBy, Instant approvedAt) {

		static Summary of(Report report, Instant now) {
			ReportPeriod period = report.period();
			return new Summary(report.getNumber(), report.getKind().code(), report.getKind().label(), period.label(),
					period.start(), period.end(), report.getDueAt(), report.getStatus().name(),
					report.getStatus().label(), report.isLate(now), report.getEscalatedAt(),
					report.getFirstSubmittedAt(), report.getLastSubmittedAt(), report.getApprovedBy(),
					report.getApprovedAt());
		}

	}

	record Detail(Summary report, List<Version> versions, List<Upload> uploads, List<Comment> comments) {

		static Detail of(Report report, ReportService reports, Instant now) {
			String base = "/api/reports/" + report.getNumber();
			return new Detail(Summary.of(report, now),
					reports.versionsOf(report).stream().map((v) -> Version.of(v, base)).toList(),
					reports.uploadsOf(report).stream().map((u) -> Upload.of(u, base)).toList(),
					reports.commentsOf(report).stream().map(Comment::of).toList());
		}

	}

	record Version(int number, String kind, String kindLabel, String createdBy, Instant createdAt, Long uploadId,
			String analysis, String solutions, String feedback, String docxUrl, String xlsxUrl) {

		static Version of(ReportVersion version, String base) {
			ReportContent.EngineerPart part = version.engineerPart();
			String url = base + "/versions/" + version.getVersionNumber();
			return new Version(version.getVersionNumber(), version.getVersionKind().name(),
					version.getVersionKind().label(), version.getCreatedBy(), version.getCreatedAt(),
					version.getUploadId(), part.analysis(), part.solutions(), part.feedback(), url + "/docx",
					url + "/xlsx");
		}

	}

	record Upload(long id, String fileName, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
			String url) {

		static Upload of(ReportUpload upload, String base) {
			return new Upload(upload.getId(), upload.getFileName(), upload.getSizeBytes(), upload.getSha256(),
					upload.getUploadedBy(), upload.getUploadedAt(), base + "/uploads/" + upload.getId());
		}

	}

	record Comment(Integer version, String kind, String kindLabel, String body, String author, Instant createdAt) {

		static Comment of(ReportComment comment) {
			return new Comment(comment.getVersionNumber(), comment.getCommentKind().name(),
					comment.getCommentKind().label(), comment.getBody(), comment.getAuthor(), comment.getCreatedAt());
		}

	}

}
