package com.limsdesk.cleanup;

import java.time.Instant;
import java.time.LocalDateTime;

import com.limsdesk.oracle.TemporaryTableCandidate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One table that a cleanup run listed, whether the engineer picked it and the manager
 * approved it, and what the drop did. Owner and name are stored as the database listed
 * them; the drop takes them from here only.
 */
@Entity
@Table(name = "desk_cleanup_table")
class CleanupTable {

	/** Length of the DDL column; a longer DDL is cut and marked as cut. */
	static final int MAX_DDL_LENGTH = 32000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cleanup_id", nullable = false)
	private Long cleanupId;

	@Column(nullable = false, length = 32)
	private String target;

	@Column(name = "table_owner", nullable = false, length = 128)
	private String owner;

	@Column(name = "table_name", nullable = false, length = 128)
	private String name;

	private LocalDateTime created;

	@Column(name = "num_rows")
	private Long numRows;

	@Column(nullable = false)
	private long bytes;

	@Column(name = "global_temporary", nullable = false)
	private boolean temporary;

	@Column(nullable = false)
	private boolean selected;

	@Column(nullable = false)
	private boolean approved;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private CleanupOutcome outcome;

	@Column(length = MAX_DDL_LENGTH)
	private String ddl;

	@Column(name = "rows_at_drop")
	private Long rowsAtDrop;

	@Column(name = "dropped_at")
	private Instant droppedAt;

	@Column(length = 1000)
	private String error;

	protected CleanupTable() {
	}

	CleanupTable(Long cleanupId, String target, TemporaryTableCandidate candidate) {
		this.cleanupId = cleanupId;
		this.target = target;
		this.owner = candidate.owner();
		this.name = candidate.name();
		this.created = candidate.created();
		this.numRows = candidate.numRows();
		this.bytes = candidate.bytes();
		this.temporary = candidate.temporary();
	}

	/** Returns OWNER.NAME, for messages. */
	String qualifiedName() {
		return this.owner + "." + this.name;
	}

	void select() {
		this.selected = true;
	}

	void approve() {
		this.approved = this.selected;
	}

	void recordOutcome(CleanupOutcome outcome, String ddl, Long rowsAtDrop, Instant droppedAt, String error) {
		this.outcome = outcome;
		this.ddl = ddl;
		this.rowsAtDrop = rowsAtDrop;
		this.droppedAt = droppedAt;
		this.error = (error != null && error.length() > 1000) ? error.substring(0, 1000) : error;
	}

	Long getId() {
		return this.id;
	}

	Long getCleanupId() {
		return this.cleanupId;
	}

	String getTarget() {
		return this.target;
	}

	String getOwner() {
		return this.owner;
	}

	String getName() {
		return this.name;
	}

	LocalDateTime getCreated() {
		return this.created;
	}

	Long getNumRows() {
		return this.numRows;
	}

	long getBytes() {
		return this.bytes;
	}

	boolean isTemporary() {
		return this.temporary;
	}

	boolean isSelected() {
		return this.selected;
	}

	boolean isApproved() {
		return this.approved;
	}

	CleanupOutcome getOutcome() {
		return this.outcome;
	}

	String getDdl() {
		return this.ddl;
	}

	Long getRowsAtDrop() {
		return this.rowsAtDrop;
	}

	Instant getDroppedAt() {
		return this.droppedAt;
	}

	String getError() {
		return this.error;
	}

}
