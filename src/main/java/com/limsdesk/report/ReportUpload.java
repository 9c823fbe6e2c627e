package com.limsdesk.report;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document that an engineer uploaded for a report. Written once and never changed. */
@Entity
@Table(name = "desk_report_upload")
public class ReportUpload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private Long reportId;

	@Column(name = "file_name", nullable = false, updatable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected ReportUpload() {
	}

	ReportUpload(Long reportId, String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
			Instant uploadedAt) {
		this.reportId = reportId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public byte[] getContent() {
		return this.content;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
