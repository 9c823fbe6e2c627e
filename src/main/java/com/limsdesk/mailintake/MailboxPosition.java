package com.limsdesk.mailintake;

/**
 * Where a mail sits in the mailbox and the key it is recorded under: its Message-ID
 * header, or the folder, UIDVALIDITY and UID when it has none. UIDs are stable only while
 * the folder's UIDVALIDITY stays the same, which is why it is part of the key.
 */
record MailboxPosition(String messageId, String folder, Long uidValidity, Long uid) {

	String key() {
		if (this.messageId != null && !this.messageId.isBlank()) {
			return Texts.cut(this.messageId.strip(), 600);
		}
		return "uid:" + this.folder + "/" + this.uidValidity + "/" + this.uid;
	}

}
