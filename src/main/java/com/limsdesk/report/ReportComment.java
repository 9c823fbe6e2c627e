package com.limsdesk.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A manager's decision on a submitted version, or a remark on a report. Written once and
 * never changed.
 */
@Entity
@Table(name = "desk_report_comment")
public class ReportComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private Long reportId;

	@Column(name = "version_number", updatable = false)
	private Integer versionNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "comment_kind", nullable = false, updatable = false, length = 16)
	private Kind commentKind;

	@Column(nullable = false, updatable = false, length = 4000)
	private String body;

	@Column(nullable = false, updatable = false, length = 64)
	private String author;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ReportComment() {
	}

	ReportComment(Long reportId, Integer versionNumber, Kind commentKind, String body, String author,
			Instant createdAt) {
		this.reportId = reportId;
		this.versionNumber = versionNumber;
		this.commentKind = commentKind;
		this.body = body;
		this.author = author;
		this.createdAt = createdAt;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public Integer getVersionNumber() {
		return this.versionNumber;
	}

	public Kind getCommentKind() {
		return this.commentKind;
	}

	public String getBody() {
		return this.body;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** What a comment records. */
	public enum Kind {

		APPROVED("审核通过"), RETURNED("退回修改"), REMARK("备注");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
