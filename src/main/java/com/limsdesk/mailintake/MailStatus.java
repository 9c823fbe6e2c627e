package com.limsdesk.mailintake;

/** The outcome of an intake mail. */
enum MailStatus {

	/** Processing failed and will be tried again at the next poll. */
	RETRYING("待重试", false),

	/** Processing failed as many times as allowed; the engineers were mailed. */
	FAILED("处理失败", true),

	/** A known sender's mail opened a fault ticket. */
	TICKET_OPENED("已登记故障", true),

	/** A known sender's mail referred to a ticket and went into its journal. */
	REPLY_ADDED("已加入工单", true),

	/** A mail from an unknown address waits for an engineer's review. */
	AWAITING_REVIEW("待审核", true),

	/** An engineer accepted a mail from an unknown address as a fault. */
	ACCEPTED("审核后登记", true),

	/** An engineer rejected a mail from an unknown address. */
	REJECTED("审核拒收", true),

	/** The mail was larger than the configured limit and was not read. */
	OVERSIZED("邮件过大", true),

	/**
	 * An automatic mail, such as an out-of-office reply or a delivery report, which is
	 * recorded but never answered, so that two systems cannot mail each other forever.
	 */
	AUTOMATIC("自动邮件未受理", true);

	private final String label;

	private final boolean finished;

	MailStatus(String label, boolean finished) {
		this.label = label;
		this.finished = finished;
	}

	String label() {
		return this.label;
	}

	/**
	 * Returns whether the poller is done with the mail, so it is marked on the server.
	 */
	boolean finished() {
		return this.finished;
	}

}
