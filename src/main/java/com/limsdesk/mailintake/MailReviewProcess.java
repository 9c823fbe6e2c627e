package com.limsdesk.mailintake;

/** Key, activity ids and form fields of the review of mail from unknown addresses. */
public final class MailReviewProcess {

	public static final String KEY = "mail-review";

	public static final String REVIEW = "Task_ReviewMail";

	public static final String ACCEPTED = "EndEvent_MailAccepted";

	public static final String REJECTED = "EndEvent_MailRejected";

	/** Prefix of the business key, which is followed by the intake record's id. */
	public static final String BUSINESS_KEY_PREFIX = "MAIL-";

	/** Fields of the review form, which are removed from the process afterwards. */
	static final class Fields {

		static final String SUMMARY = "mailSummary";

		static final String DECISION = "reviewDecision";

		static final String CONTACT_NAME = "contactName";

		static final String CONTACT_PHONE = "contactPhone";

		static final String MODULE = "module";

		static final String AFFECTED_USERS = "affectedUsers";

		static final String REPORTER_USER = "reporterUser";

		static final String REJECT_REASON = "rejectReason";

		private Fields() {
		}

	}

	private MailReviewProcess() {
	}

	static String businessKey(long mailId) {
		return BUSINESS_KEY_PREFIX + mailId;
	}

}
