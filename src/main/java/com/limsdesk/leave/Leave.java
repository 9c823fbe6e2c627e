package com.limsdesk.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * An engineer's leave: whole days from 00:00 of the first day to 24:00 of the last, in
 * the institute's zone, with the engineer who covers it. It takes effect only once
 * vendor-support approved it and the cover accepted.
 */
@Entity
@Table(name = "desk_leave")
public class Leave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String number;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Column(nullable = false, length = 64)
	private String engineer;

	@Column(name = "first_day", nullable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false)
	private LocalDate lastDay;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "cover_user", nullable = false, length = 64)
	private String coverUser;

	@Column(name = "cover_accepted_at")
	private Instant coverAcceptedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private LeaveStatus status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = 2000)
	private String decisionComment;

	@Column(name = "handed_over_at")
	private Instant handedOverAt;

	@Column(name = "handover_confirmed_by", length = 64)
	private String handoverConfirmedBy;

	@Column(name = "handover_confirmed_at")
	private Instant handoverConfirmedAt;

	@Version
	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	protected Leave() {
	}

	Leave(String number, String processInstanceId, LeaveRequest request, String engineer, Instant startsAt,
			Instant endsAt, Instant now) {
		this.number = number;
		this.processInstanceId = processInstanceId;
		this.engineer = engineer;
		this.firstDay = request.firstDay();
		this.lastDay = request.lastDay();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.reason = request.reason();
		this.coverUser = request.coverUser();
		this.status = LeaveStatus.REQUESTED;
		this.requestedAt = now;
	}

	void decide(boolean approved, String comment, String user, Instant now) {
		require(LeaveStatus.REQUESTED);
		this.status = approved ? LeaveStatus.APPROVED : LeaveStatus.REJECTED;
		this.decidedBy = user;
		this.decidedAt = now;
		this.decisionComment = comment;
	}

	void acceptCover(Instant now) {
		require(LeaveStatus.APPROVED);
		this.status = LeaveStatus.COVERED;
		this.coverAcceptedAt = now;
	}

	void declineCover() {
		require(LeaveStatus.APPROVED);
		this.status = LeaveStatus.COVER_DECLINED;
	}

	void nameCover(String cover) {
		require(LeaveStatus.COVER_DECLINED);
		this.coverUser = cover;
		this.status = LeaveStatus.APPROVED;
	}

	void withdraw() {
		require(LeaveStatus.COVER_DECLINED);
		this.status = LeaveStatus.WITHDRAWN;
	}

	void handOver(Instant now) {
		require(LeaveStatus.COVERED);
		this.status = LeaveStatus.HANDED_OVER;
		this.handedOverAt = now;
	}

	void confirmHandover(String user, Instant now) {
		require(LeaveStatus.HANDED_OVER);
		this.status = LeaveStatus.CONFIRMED;
		this.handoverConfirmedBy = user;
		this.handoverConfirmedAt = now;
	}

	void start() {
		require(LeaveStatus.COVERED, LeaveStatus.HANDED_OVER, LeaveStatus.CONFIRMED);
		this.status = LeaveStatus.ACTIVE;
	}

	void lapse() {
		require(LeaveStatus.REQUESTED, LeaveStatus.APPROVED, LeaveStatus.COVER_DECLINED);
		this.status = LeaveStatus.LAPSED;
	}

	void end() {
		require(LeaveStatus.ACTIVE);
		this.status = LeaveStatus.ENDED;
	}

	private void require(LeaveStatus... allowed) {
		if (!List.of(allowed).contains(this.status)) {
			throw new IllegalStateException(
					"leave " + this.number + " is " + this.status + ", expected one of " + List.of(allowed));
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

	public String getEngineer() {
		return this.engineer;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getReason() {
		return this.reason;
	}

	public String getCoverUser() {
		return this.coverUser;
	}

	public Instant getCoverAcceptedAt() {
		return this.coverAcceptedAt;
	}

	public LeaveStatus getStatus() {
		return this.status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public Instant getHandedOverAt() {
		return this.handedOverAt;
	}

	public String getHandoverConfirmedBy() {
		return this.handoverConfirmedBy;
	}

	public Instant getHandoverConfirmedAt() {
		return this.handoverConfirmedAt;
	}

}
