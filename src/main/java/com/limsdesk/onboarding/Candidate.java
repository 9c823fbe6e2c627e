package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A candidate the vendor proposed for a replacement, with their profile and, once
 * accepted, their training: its start, its end (the earliest date of approval on post),
 * the trainer and the plan.
 */
@Entity
@Table(name = "desk_replacement_candidate")
public class Candidate {

	/** The state of a candidate. */
	public enum Status {

		PROPOSED("待审核"), ACCEPTED("已接受，待培训"), TRAINING("培训中"), REJECTED("未通过"), ON_POST("已上岗");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * The candidate's profile as the vendor submitted it.
	 *
	 * @param existingUser whether the login id belongs to a desk user already, the same
	 * person by mail address
	 */
	record Profile(String fullName, String loginId, String email, String phone, String qualifications,
			String experience, boolean existingUser) {
	}

	/**
	 * The training of an accepted candidate.
	 *
	 * @param start first day of training in the institute's zone
	 * @param trainer user id of the engineer or vendor-support member who trains
	 */
	record TrainingPlan(LocalDate start, String trainer, String architecture, String operation, String other) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "replacement_id", nullable = false, updatable = false)
	private Long replacementId;

	@Column(name = "proposal_number", nullable = false, updatable = false)
	private int proposalNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "full_name", nullable = false, updatable = false, length = 50)
	private String fullName;

	@Column(name = "login_id", nullable = false, updatable = false, length = 64)
	private String loginId;

	@Column(nullable = false, updatable = false, length = 200)
	private String email;

	@Column(nullable = false, updatable = false, length = 32)
	private String phone;

	@Column(nullable = false, updatable = false, length = 2000)
	private String qualifications;

	@Column(nullable = false, updatable = false, length = 4000)
	private String experience;

	@Column(name = "existing_user", nullable = false, updatable = false)
	private boolean existingUser;

	@Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false, updatable = false)
	private Instant proposedAt;

	@Column(name = "training_start")
	private LocalDate trainingStart;

	@Column(name = "training_end")
	private LocalDate trainingEnd;

	@Column(length = 64)
	private String trainer;

	@Column(name = "plan_architecture", length = 2000)
	private String planArchitecture;

	@Column(name = "plan_operation", length = 2000)
	private String planOperation;

	@Column(name = "plan_other", length = 2000)
	private String planOther;

	@Column(name = "training_recorded_by", length = 64)
	private String trainingRecordedBy;

	@Column(name = "training_recorded_at")
	private Instant trainingRecordedAt;

	protected Candidate() {
	}

	Candidate(Long replacementId, int proposalNumber, Profile profile, String proposedBy, Instant proposedAt) {
		this.replacementId = replacementId;
		this.proposalNumber = proposalNumber;
		this.status = Status.PROPOSED;
		this.fullName = profile.fullName();
		this.loginId = profile.loginId();
		this.email = profile.email();
		this.phone = profile.phone();
		this.qualifications = profile.qualifications();
		this.experience = profile.experience();
		this.existingUser = profile.existingUser();
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	void accept() {
		requireStatus(Status.PROPOSED);
		this.status = Status.ACCEPTED;
	}

	void reject() {
		if (this.status != Status.PROPOSED && this.status != Status.TRAINING) {
			throw new IllegalStateException(
					"candidate " + this.loginId + " is " + this.status + " and cannot be rejected");
		}
		this.status = Status.REJECTED;
	}

	void startTraining(TrainingPlan plan, LocalDate end, String user, Instant at) {
		requireStatus(Status.ACCEPTED);
		this.trainingStart = plan.start();
		this.trainingEnd = end;
		this.trainer = plan.trainer();
		this.planArchitecture = plan.architecture();
		this.planOperation = plan.operation();
		this.planOther = plan.other();
		this.trainingRecordedBy = user;
		this.trainingRecordedAt = at;
		this.status = Status.TRAINING;
	}

	void extendTraining(LocalDate end) {
		requireStatus(Status.TRAINING);
		this.trainingEnd = end;
	}

	void putOnPost() {
		requireStatus(Status.TRAINING);
		this.status = Status.ON_POST;
	}

	private void requireStatus(Status expected) {
		if (this.status != expected) {
			throw new IllegalStateException("candidate " + this.loginId + " is " + this.status + ", not " + expected);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getReplacementId() {
		return this.replacementId;
	}

	public int getProposalNumber() {
		return this.proposalNumber;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getLoginId() {
		return this.loginId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getQualifications() {
		return this.qualifications;
	}

	public String getExperience() {
		return this.experience;
	}

	public boolean isExistingUser() {
		return this.existingUser;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public LocalDate getTrainingStart() {
		return this.trainingStart;
	}

	public LocalDate getTrainingEnd() {
		return this.trainingEnd;
	}

	public String getTrainer() {
		return this.trainer;
	}

	public String getPlanArchitecture() {
		return this.planArchitecture;
	}

	public String getPlanOperation() {
		return this.planOperation;
	}

	public String getPlanOther() {
		return this.planOther;
	}

	public String getTrainingRecordedBy() {
		return this.trainingRecordedBy;
	}

	public Instant getTrainingRecordedAt() {
		return this.trainingRecordedAt;
	}

}
