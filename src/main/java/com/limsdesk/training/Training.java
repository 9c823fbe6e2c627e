package com.limsdesk.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A training: the yearly administrator training or a user training that a manager asked
 * for, with its time, people, place and mode, the vendor's material, the delivery and the
 * managers' feedback. The attendance list is kept as {@link TrainingAttendee} rows.
 */
@Entity
@Table(name = "desk_training")
public class Training {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private TrainingKind kind;

	/** The contract year of an administrator training, null for a user training. */
	@Column(name = "administrator_year", unique = true)
	private Integer administratorYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private TrainingStatus status;

	@Column(name = "free_of_charge", nullable = false)
	private boolean freeOfCharge;

	@Column(nullable = false, length = 200)
	private String topic;

	@Column(length = 4000)
	private String content;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "planned_attendees")
	private Integer plannedAttendees;

	@Column(length = 200)
	private String place;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private TrainingMode mode;

	@Column(name = "requested_by", length = 64)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(length = 4000)
	private String material;

	@Column(length = 100)
	private String trainer;

	@Column(name = "material_by", length = 64)
	private String materialBy;

	@Column(name = "material_at")
	private Instant materialAt;

	private Boolean delivered;

	@Column(name = "delivery_note", length = 2000)
	private String deliveryNote;

	@Column(name = "delivered_by", length = 64)
	private String deliveredBy;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	private Integer rating;

	@Column(length = 4000)
	private String feedback;

	@Column(name = "feedback_by", length = 64)
	private String feedbackBy;

	@Column(name = "feedback_at")
	private Instant feedbackAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Training() {
	}

	/** Creates a user training that a manager requested with its plan. */
	static Training requested(String number, String processInstanceId, TrainingPlan plan, String user, Instant at) {
		Training training = new Training(number, processInstanceId, TrainingKind.USER, plan.topic(), at);
		training.requestedBy = user;
		training.schedule(plan);
		return training;
	}

	/**
	 * Creates the administrator training of a contract year, free of charge, for the
	 * managers to schedule.
	 */
	static Training administrator(String number, String processInstanceId, int year, String topic, String content,
			Instant at) {
		Training training = new Training(number, processInstanceId, TrainingKind.ADMINISTRATOR, topic, at);
		training.administratorYear = year;
		training.freeOfCharge = true;
		training.content = content;
		training.status = TrainingStatus.SCHEDULING;
		return training;
	}

	private Training(String number, String processInstanceId, TrainingKind kind, String topic, Instant at) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.kind = kind;
		this.topic = topic;
		this.requestedAt = at;
	}

	void schedule(TrainingPlan plan) {
		if (this.status != null && this.status != TrainingStatus.SCHEDULING) {
			throw new IllegalStateException("training " + this.number + " is scheduled already");
		}
		this.topic = plan.topic();
		this.content = plan.content();
		this.startsAt = plan.startsAt();
		this.endsAt = plan.endsAt();
		this.plannedAttendees = plan.plannedAttendees();
		this.place = plan.place();
		this.mode = plan.mode();
		this.status = TrainingStatus.PREPARING;
	}

	void scheduledBy(String user) {
		this.requestedBy = user;
	}

	void prepare(String material, String trainer, String user, Instant at) {
		requireStatus(TrainingStatus.PREPARING);
		this.material = material;
		this.trainer = trainer;
		this.materialBy = user;
		this.materialAt = at;
		this.status = TrainingStatus.DELIVERY;
	}

	void deliver(boolean delivered, String note, String user, Instant at) {
		requireStatus(TrainingStatus.DELIVERY);
		this.delivered = delivered;
		this.deliveryNote = note;
		this.deliveredBy = user;
		this.deliveredAt = at;
		this.status = delivered ? TrainingStatus.FEEDBACK : TrainingStatus.NOT_DELIVERED;
	}

	void recordFeedback(int rating, String feedback, String user, Instant at) {
		requireStatus(TrainingStatus.FEEDBACK);
		this.rating = rating;
		this.feedback = feedback;
		this.feedbackBy = user;
		this.feedbackAt = at;
		this.status = TrainingStatus.COMPLETED;
	}

	private void requireStatus(TrainingStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("training " + this.number + " is " + this.status.name().toLowerCase()
					+ " and does not allow this step");
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public TrainingKind getKind() {
		return this.kind;
	}

	public Integer getAdministratorYear() {
		return this.administratorYear;
	}

	public TrainingStatus getStatus() {
		return this.status;
	}

	public boolean isFreeOfCharge() {
		return this.freeOfCharge;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getContent() {
		return this.content;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Integer getPlannedAttendees() {
		return this.plannedAttendees;
	}

	public String getPlace() {
		return this.place;
	}

	public TrainingMode getMode() {
		return this.mode;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getMaterial() {
		return this.material;
	}

	public String getTrainer() {
		return this.trainer;
	}

	public String getMaterialBy() {
		return this.materialBy;
	}

	public Instant getMaterialAt() {
		return this.materialAt;
	}

	public Boolean getDelivered() {
		return this.delivered;
	}

	public String getDeliveryNote() {
		return this.deliveryNote;
	}

	public String getDeliveredBy() {
		return this.deliveredBy;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	public Integer getRating() {
		return this.rating;
	}

	public String getFeedback() {
		return this.feedback;
	}

	public String getFeedbackBy() {
		return this.feedbackBy;
	}

	public Instant getFeedbackAt() {
		return this.feedbackAt;
	}

}
