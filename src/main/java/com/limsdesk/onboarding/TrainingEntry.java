package com.limsdesk.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a candidate's training log: a day's training, its content and hours. */
@Entity
@Table(name = "desk_training_entry")
public class TrainingEntry {

	/**
	 * An entry as submitted.
	 *
	 * @param hours hours of training that day, more than 0 and at most 24, one decimal
	 */
	record Line(LocalDate date, String content, String trainer, BigDecimal hours) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "replacement_id", nullable = false, updatable = false)
	private Long replacementId;

	@Column(name = "candidate_id", nullable = false, updatable = false)
	private Long candidateId;

	@Column(name = "training_date", nullable = false, updatable = false)
	private LocalDate trainingDate;

	@Column(nullable = false, updatable = false, length = 2000)
	private String content;

	@Column(nullable = false, updatable = false, length = 50)
	private String trainer;

	@Column(nullable = false, updatable = false, precision = 4, scale = 1)
	private BigDecimal hours;

	@Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected TrainingEntry() {
	}

	TrainingEntry(Candidate candidate, Line line, String recordedBy, Instant recordedAt) {
		this.replacementId = candidate.getReplacementId();
		this.candidateId = candidate.getId();
		this.trainingDate = line.date();
		this.content = line.content();
		this.trainer = line.trainer();
		this.hours = line.hours();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public LocalDate getTrainingDate() {
		return this.trainingDate;
	}

	public String getContent() {
		return this.content;
	}

	public String getTrainer() {
		return this.trainer;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
