package com.limsdesk.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.limsdesk.servicelevel.ServiceLevelCalculator;
import com.limsdesk.web.ConflictException;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, drafts, submits and decides periodic reports. Every draft, submission, upload
 * and comment is a new row; nothing of an earlier version is changed or removed.
 */
@Service
@Transactional
public class ReportService {

	private static final Logger logger = LoggerFactory.getLogger(ReportService.class);

	/** Author shown on a version that the desk drafted. */
	static final String DESK_AUTHOR = "系统";

	private final ReportRepository reports;

	private final ReportVersionRepository versions;

	private final ReportUploadRepository uploads;

	private final ReportCommentRepository comments;

	private final ReportComposer composer;

	private final ServiceLevelCalculator serviceLevels;

	private final ReportProperties reportProperties;

	ReportService(ReportRepository reports, ReportVersionRepository versions, ReportUploadRepository uploads,
			ReportCommentRepository comments, ReportComposer composer, ServiceLevelCalculator serviceLevels,
			ReportProperties reportProperties) {
		this.reports = reports;
		this.versions = versions;
		this.uploads = uploads;
		this.comments = comments;
		this.composer = composer;
		this.serviceLevels = serviceLevels;
		this.reportProperties = reportProperties;
	}

	/**
	 * Returns the report of the period, opening it with its draft when it does not exist
	 * yet. The draft is version 1, written from the records with the engineer's part
	 * empty.
	 */
	public Report open(ReportPeriod period, Instant now) {
		Optional<Report> existing = this.reports.findByKindAndPeriodStart(period.kind(), period.start());
		if (existing.isPresent()) {
			return existing.get();
		}
		Report report = this.reports.saveAndFlush(new Report(period, this.serviceLevels.reportDue(period.end()), now));
		addVersion(report, ReportVersion.Kind.DRAFT, ReportContent.EngineerPart.EMPTY, null, DESK_AUTHOR, now);
		logger.info("Opened report {} for {} to {}, due at {}", report.getNumber(), period.start(), period.end(),
				report.getDueAt());
		return report;
	}

	void attach(Report report, String processInstanceId) {
		report.attach(processInstanceId);
	}

	/**
	 * Records a submission: a new version with the engineer's part, documents written
	 * from the records as they are now and, if named, the engineer's uploaded document.
	 */
	public ReportVersion submit(Report report, ReportContent.EngineerPart part, Long uploadId, String user,
			Instant now) {
		if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.APPROVED) {
			throw new ConflictException("report " + report.getNumber() + " is " + report.getStatus().label());
		}
		if (uploadId != null) {
			upload(report, uploadId);
		}
		ReportVersion version = addVersion(report, ReportVersion.Kind.SUBMISSION, part, uploadId, user, now);
		report.submitted(now);
		logger.info("Report {} version {} submitted by {}", report.getNumber(), version.getVersionNumber(), user);
		return version;
	}

	/** Records a manager's decision on the latest submitted version. */
	public ReportComment decide(Report report, boolean approve, String comment, String user, Instant now) {
		if (report.getStatus() != ReportStatus.SUBMITTED) {
			throw new ConflictException("report " + report.getNumber() + " is not waiting for review");
		}
		int version = latest(report).getVersionNumber();
		ReportComment.Kind kind = approve ? ReportComment.Kind.APPROVED : ReportComment.Kind.RETURNED;
		ReportComment saved = this.comments.save(new ReportComment(report.getId(), version, kind,
				(comment != null) ? comment : kind.label(), user, now));
		if (approve) {
			report.approved(user, now);
		}
		else {
			report.returned();
		}
		logger.info("Report {} version {} {} by {}", report.getNumber(), version, kind, user);
		return saved;
	}

	/** Records a remark on a report by anyone who may read it. */
	public ReportComment remark(String number, String body, String user, Instant now) {
		Report report = findByNumber(number);
		if (body == null || body.isBlank()) {
			throw new InvalidFieldException("body", "is missing");
		}
		if (body.length() > 4000) {
			throw new InvalidFieldException("body", "is longer than 4000 characters");
		}
		return this.comments.save(new ReportComment(report.getId(), latest(report).getVersionNumber(),
				ReportComment.Kind.REMARK, body.strip(), user, now));
	}

	/**
	 * Keeps a document uploaded for a report, such as the draft edited in Word. Allowed
	 * until the report is approved.
	 */
	public ReportUpload addUpload(String number, String fileName, String contentType, byte[] content, String user,
			Instant now) {
		Report report = findByNumber(number);
		if (report.getStatus() == ReportStatus.APPROVED) {
			throw new ConflictException("report " + number + " is approved; nothing can be added to it");
		}
		String name = ReportUploads.checkedName(fileName);
		ReportUploads.checkContent(name, content, this.reportProperties.maxUploadBytes());
		ReportUpload upload = this.uploads.save(new ReportUpload(report.getId(), name, ReportUploads.contentType(name),
				content, sha256(content), user, now));
		logger.info("Upload {} ({} bytes) added to report {} by {}", upload.getId(), content.length, number, user);
		return upload;
	}

	/**
	 * Records the escalation of a report that is still unsubmitted at its due time.
	 * Returns false, and records nothing, when the report was submitted or escalated
	 * already.
	 */
	public boolean escalateIfUnsubmitted(Report report, Instant now) {
		if (report.getFirstSubmittedAt() != null || report.getEscalatedAt() != null) {
			return false;
		}
		report.escalated(now);
		logger.info("Report {} is overdue since {}; escalated", report.getNumber(), report.getDueAt());
		return true;
	}

	/** Builds the report's content as it would be drafted now, for previews and tests. */
	@Transactional(readOnly = true)
	public ReportContent compose(Report report, ReportContent.EngineerPart part, int version, String author,
			Instant now) {
		return this.composer.compose(report, part, version, author, now);
	}

	@Transactional(readOnly = true)
	public Report findByNumber(String number) {
		return this.reports.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("report " + number + " not found"));
	}

	@Transactional(readOnly = true)
	public Report forProcessInstance(String processInstanceId) {
		return this.reports.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no report for process instance " + processInstanceId));
	}

	@Transactional(readOnly = true)
	public Optional<Report> find(ReportKind kind, LocalDate periodStart) {
		return this.reports.findByKindAndPeriodStart(kind, periodStart);
	}

	@Transactional(readOnly = true)
	public List<Report> all() {
		return this.reports.findAllByOrderByPeriodStartDescKindAsc();
	}

	@Transactional(readOnly = true)
	public List<ReportVersion> versionsOf(Report report) {
		return this.versions.findByReportIdOrderByVersionNumber(report.getId());
	}

	@Transactional(readOnly = true)
	public ReportVersion version(Report report, int number) {
		return this.versions.findByReportIdAndVersionNumber(report.getId(), number)
			.orElseThrow(() -> new NotFoundException("report " + report.getNumber() + " has no version " + number));
	}

	@Transactional(readOnly = true)
	public ReportVersion latest(Report report) {
		return this.versions.findFirstByReportIdOrderByVersionNumberDesc(report.getId())
			.orElseThrow(() -> new IllegalStateException("report " + report.getNumber() + " has no version"));
	}

	/** Returns the latest version that the engineer submitted, if any. */
	@Transactional(readOnly = true)
	public Optional<ReportVersion> latestSubmission(Report report) {
		return versionsOf(report).stream()
			.filter((v) -> v.getVersionKind() == ReportVersion.Kind.SUBMISSION)
			.max(Comparator.comparingInt(ReportVersion::getVersionNumber));
	}

	@Transactional(readOnly = true)
	public List<ReportUpload> uploadsOf(Report report) {
		return this.uploads.findByReportIdOrderById(report.getId());
	}

	@Transactional(readOnly = true)
	public ReportUpload upload(Report report, long uploadId) {
		return this.uploads.findById(uploadId)
			.filter((upload) -> upload.getReportId().equals(report.getId()))
			.orElseThrow(() -> new InvalidFieldException("uploadId",
					"upload " + uploadId + " does not belong to report " + report.getNumber()));
	}

	@Transactional(readOnly = true)
	public List<ReportComment> commentsOf(Report report) {
		return this.comments.findByReportIdOrderById(report.getId());
	}

	private ReportVersion addVersion(Report report, ReportVersion.Kind kind, ReportContent.EngineerPart part,
			Long uploadId, String author, Instant now) {
		int number = this.versions.findFirstByReportIdOrderByVersionNumberDesc(report.getId())
			.map((v) -> v.getVersionNumber() + 1)
			.orElse(1);
		ReportContent content = this.composer.compose(report, part, number, author, now);
		return this.versions.save(new ReportVersion(report.getId(), number, kind, part, uploadId,
				this.composer.docx(content), this.composer.xlsx(content), author, now));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
