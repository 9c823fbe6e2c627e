package com.limsdesk.mailintake;

import java.time.Instant;
import java.util.List;

/**
 * The content of a mail as the desk keeps it: decoded sender, subject and text, the
 * attachments, and notes on anything that had to be repaired or left out.
 *
 * @param automatic whether the mail declares itself automatic (RFC 3834
 * {@code Auto-Submitted}) or is a bulk or list mail, which the desk never answers
 * @param notes what the parser repaired or skipped, in Chinese, for the intake record
 */
record ParsedMail(String senderAddress, String senderName, String subject, Instant sentAt, String text,
		BodyKind bodyKind, List<Attachment> attachments, boolean automatic, List<String> notes) {

	/**
	 * One attachment; {@code content} is null when it exceeded the size limit and was not
	 * stored.
	 */
	record Attachment(String fileName, String contentType, long size, byte[] content) {
	}

}
