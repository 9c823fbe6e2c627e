package com.limsdesk.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.oracle.CheckResult;
import com.limsdesk.oracle.CheckStatus;
import com.limsdesk.oracle.Figure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The finding of one check on one target during an inspection, with its figures. */
@Entity
@Table(name = "desk_inspection_result")
public class InspectionResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inspection_id", nullable = false)
	private Long inspectionId;

	@Column(nullable = false, length = 32)
	private String target;

	@Column(name = "check_name", nullable = false, length = 32)
	private String checkName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CheckStatus status;

	@Column(nullable = false, length = 4000)
	private String message;

	@Column(length = 1000)
	private String error;

	@Column(name = "severity_hint", length = 16)
	private String severityHint;

	@Column(name = "checked_at", nullable = false)
	private Instant checkedAt;

	@Column(name = "ticket_number", length = 32)
	private String ticketNumber;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "desk_inspection_figure", joinColumns = @JoinColumn(name = "result_id"))
	private List<StoredFigure> figures = new ArrayList<>();

	protected InspectionResult() {
	}

	InspectionResult(long inspectionId, String target, String checkName) {
		this.inspectionId = inspectionId;
		this.target = target;
		this.checkName = checkName;
	}

	void record(CheckResult result, Instant at) {
		this.status = result.status();
		this.message = cut(result.message(), 4000);
		this.error = cut(result.error(), 1000);
		this.severityHint = result.severityHint();
		this.checkedAt = at;
		this.figures.clear();
		for (Figure figure : result.figures()) {
			this.figures.add(new StoredFigure(cut(figure.subject(), 128), cut(figure.name(), 64), figure.value(),
					cut(figure.unit(), 16)));
		}
	}

	void linkTicket(String number) {
		this.ticketNumber = number;
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

	public Long getId() {
		return this.id;
	}

	public Long getInspectionId() {
		return this.inspectionId;
	}

	public String getTarget() {
		return this.target;
	}

	public String getCheckName() {
		return this.checkName;
	}

	public CheckStatus getStatus() {
		return this.status;
	}

	public String getMessage() {
		return this.message;
	}

	public String getError() {
		return this.error;
	}

	public String getSeverityHint() {
		return this.severityHint;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	public String getTicketNumber() {
		return this.ticketNumber;
	}

	public List<StoredFigure> getFigures() {
		return List.copyOf(this.figures);
	}

	/** A figure as stored. */
	@Embeddable
	public static class StoredFigure {

		@Column(nullable = false, length = 128)
		private String subject;

		@Column(nullable = false, length = 64)
		private String name;

		@Column(name = "figure_value", nullable = false, precision = 30, scale = 4)
		private BigDecimal value;

		@Column(nullable = false, length = 16)
		private String unit;

		protected StoredFigure() {
		}

		StoredFigure(String subject, String name, BigDecimal value, String unit) {
			this.subject = subject;
			this.name = name;
			this.value = value;
			this.unit = unit;
		}

		public String getSubject() {
			return this.subject;
		}

		public String getName() {
			return this.name;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public String getUnit() {
			return this.unit;
		}

	}

}
