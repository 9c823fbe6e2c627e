package com.limsdesk.duty;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gap in the roster that managers and vendor-support were told about. */
@Entity
@Table(name = "desk_duty_gap_notice")
class DutyGapNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "gap_start", nullable = false)
	private Instant gapStart;

	@Column(name = "gap_end", nullable = false)
	private Instant gapEnd;

	@Column(name = "open_ended", nullable = false)
	private boolean openEnded;

	@Column(name = "notified_at", nullable = false)
	private Instant notifiedAt;

	protected DutyGapNotice() {
	}

	DutyGapNotice(DutyGap gap, Instant notifiedAt) {
		this.gapStart = gap.start();
		this.gapEnd = gap.end();
		this.openEnded = gap.openEnded();
		this.notifiedAt = notifiedAt;
	}

	/**
	 * Returns whether this notice reported the gap already: it overlaps the gap and ends
	 * no earlier. A gap that a new roster entry shortened counts as reported, and one
	 * that grew longer is reported again.
	 */
	boolean covers(DutyGap gap) {
		boolean overlaps = this.gapStart.isBefore(gap.end()) && (this.openEnded || gap.start().isBefore(this.gapEnd));
		return overlaps && (this.openEnded || !this.gapEnd.isBefore(gap.end()));
	}

}
