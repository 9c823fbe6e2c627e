package com.limsdesk.report;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of a report as drafted or submitted, with its Word document and spreadsheet.
 * Written once and never changed.
 */
@Entity
@Table(name = "desk_report_version")
public class ReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private Long reportId;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int versionNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "version_kind", nullable = false, updatable = false, length = 16)
	private Kind versionKind;

	@Column(updatable = false, length = 8000)
	private String analysis;

	@Column(updatable = false, length = 8000)
	private String solutions;

	@Column(updatable = false, length = 8000)
	private String feedback;

	@Column(name = "upload_id", updatable = false)
	private Long uploadId;

	// NOTE: without Hibernate's bytecode enhancement a lazy basic attribute is loaded
	// eagerly, so listing the versions of a report reads both documents of each.
	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] docx;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] xlsx;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ReportVersion() {
	}

	ReportVersion(Long reportId, int versionNumber, Kind versionKind, ReportContent.EngineerPart part, Long uploadId,
			byte[] docx, byte[] xlsx, String createdBy, Instant createdAt) {
		this.reportId = reportId;
		this.versionNumber = versionNumber;
		this.versionKind = versionKind;
		this.analysis = part.analysis();
		this.solutions = part.solutions();
		this.feedback = part.feedback();
		this.uploadId = uploadId;
		this.docx = docx;
		this.xlsx = xlsx;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public Kind getVersionKind() {
		return this.versionKind;
	}

	public ReportContent.EngineerPart engineerPart() {
		return new ReportContent.EngineerPart(this.analysis, this.solutions, this.feedback);
	}

	public Long getUploadId() {
		return this.uploadId;
	}

	public byte[] getDocx() {
		return this.docx;
	}

	public byte[] getXlsx() {
		return this.xlsx;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The origin of a version. */
	public enum Kind {

		/** Drafted by the desk from the records when the period ended. */
		DRAFT("系统起草"),

		/** Submitted by the engineer. */
		SUBMISSION("工程师提交");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
