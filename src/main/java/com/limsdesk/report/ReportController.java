package com.limsdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Periodic reports for the vendor's engineers, the maintenance department, the managers
 * and the administrators: every report of every period with all its versions, uploads and
 * comments, and their documents to download. Reporters read none of it.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private static final Logger logger = LoggerFactory.getLogger(ReportController.class);

	/** How many years back a missed period may still be opened. */
	static final int MAX_YEARS_BACK = 2;

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final ReportService reports;

	private final ReportDrafts drafts;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ReportController(ReportService reports, ReportDrafts drafts, CurrentUser currentUser, DeskProperties properties) {
		this.reports = reports;
		this.drafts = drafts;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	@GetMapping
	List<ReportViews.Summary> list() {
		requireReader();
		Instant now = SystemContext.now();
		return this.reports.all().stream().map((report) -> ReportViews.Summary.of(report, now)).toList();
	}

	@GetMapping("/{number}")
	ReportViews.Detail get(@PathVariable String number) {
		requireReader();
		return ReportViews.Detail.of(this.reports.findByNumber(number), this.reports, SystemContext.now());
	}

	/**
	 * Opens the report of a period that has ended, such as one whose timer did not fire
	 * while the desk was down: {@code {"kind": "weekly", "day": "2026-11-30"}} names the
	 * period by any of its days. Managers and administrators only; an existing report is
	 * returned as it is.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReportViews.Detail open(@RequestBody(required = false) Map<String, Object> body) {
		if (!this.currentUser.isInAny(DeskGroups.MANAGERS, DeskGroups.ADMINISTRATORS)) {
			throw new AuthorizationException("only managers and administrators may open a report");
		}
		ReportKind kind = kind(text(body, "kind"));
		LocalDate day = day(text(body, "day"));
		ReportPeriod period = ReportPeriod.containing(kind, day);
		Instant now = SystemContext.now();
		LocalDate earliestEnd = now.atZone(this.properties.zone()).toLocalDate().minusYears(MAX_YEARS_BACK);
		if (period.end().isBefore(earliestEnd)) {
			throw new InvalidFieldException("day", "the period " + period.start() + " to " + period.end()
					+ " ended more than " + MAX_YEARS_BACK + " years ago; name a day after " + earliestEnd);
		}
		if (!period.endsAt(this.properties.zone()).isAfter(now)) {
			Report report = draft(period, now);
			return ReportViews.Detail.of(report, this.reports, now);
		}
		throw new InvalidFieldException("day", "the period " + period.start() + " to " + period.end()
				+ " has not ended yet; a report is drafted after its period");
	}

	private Report draft(ReportPeriod period, Instant now) {
		try {
			return this.drafts.draft(period, now);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request opened the same period at the same moment and committed
			// first; its report is the one to return.
			logger.info("Report of {} to {} was opened concurrently: {}", period.start(), period.end(),
					ex.getMostSpecificCause().getMessage());
			return this.drafts.draft(period, now);
		}
	}

	/** Adds a remark, given as {@code {"body": "..."}}, to the report's comments. */
	@PostMapping("/{number}/comments")
	ReportViews.Detail remark(@PathVariable String number, @RequestBody(required = false) Map<String, Object> body) {
		requireReader();
		this.reports.remark(number, text(body, "body"), this.currentUser.id(), SystemContext.now());
		return ReportViews.Detail.of(this.reports.findByNumber(number), this.reports, SystemContext.now());
	}

	/**
	 * Keeps an uploaded document (.docx, .xlsx or .pdf) with the report. Engineers only.
	 */
	@PostMapping(path = "/{number}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportViews.Upload upload(@PathVariable String number, @RequestParam("file") MultipartFile file) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS)) {
			throw new AuthorizationException("only engineers may upload documents for a report");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the uploaded file", ex);
		}
		ReportUpload upload = this.reports.addUpload(number, file.getOriginalFilename(), file.getContentType(), content,
				this.currentUser.id(), SystemContext.now());
		return ReportViews.Upload.of(upload, "/api/reports/" + number);
	}

	@GetMapping("/{number}/versions/{version}/docx")
	ResponseEntity<byte[]> docx(@PathVariable String number, @PathVariable int version) {
		requireReader();
		Report report = this.reports.findByNumber(number);
		return download(report.getNumber() + "-v" + version + ".docx", ReportUploads.contentType("a.docx"),
				this.reports.version(report, version).getDocx());
	}

	@GetMapping("/{number}/versions/{version}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String number, @PathVariable int version) {
		requireReader();
		Report report = this.reports.findByNumber(number);
		return download(report.getNumber() + "-v" + version + "-数据.xlsx", ReportUploads.contentType("a.xlsx"),
				this.reports.version(report, version).getXlsx());
	}

	@GetMapping("/{number}/uploads/{id}")
	ResponseEntity<byte[]> uploaded(@PathVariable String number, @PathVariable long id) {
		requireReader();
		ReportUpload upload = this.reports.upload(this.reports.findByNumber(number), id);
		return download(upload.getFileName(), upload.getContentType(), upload.getContent());
	}

	private static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(contentType))
			.body(content);
	}

	private static String text(Map<String, Object> body, String field) {
		Object value = (body != null) ? body.get(field) : null;
		if (value == null) {
			throw new InvalidFieldException(field, "is missing");
		}
		if (!(value instanceof String text)) {
			throw new InvalidFieldException(field, "must be a string");
		}
		return text;
	}

	private static ReportKind kind(String code) {
		try {
			return ReportKind.fromCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("kind", ex.getMessage() + "; use weekly, quarterly, annual or database");
		}
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("day", "'" + text + "' is not a date such as 2026-11-30");
		}
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read reports");
		}
	}

}
