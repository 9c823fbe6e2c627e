package com.limsdesk.mailintake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the mailbox that the desk reads fault reports from, under the prefix
 * {@code desk.mail-intake}.
 *
 * @param enabled whether the mailbox is read at all; off by default
 * @param host IMAP server
 * @param port IMAP port, 993 for {@code imaps} and 143 for {@code imap} unless set
 * @param protocol {@code imaps} (TLS from the start, the default) or {@code imap}
 * @param account login name of the mailbox
 * @param password login password, to be given only in the environment as
 * {@code DESK_MAILINTAKE_PASSWORD}; a value in a configuration file is rejected at start
 * @param folder folder that is read, {@code INBOX} by default
 * @param pollInterval time between the end of one poll and the start of the next
 * @param processedFolder folder that a processed mail is moved to; when empty the mail
 * stays and gets {@code processedFlag}
 * @param processedFlag IMAP keyword set on a processed mail
 * @param maxMailSize mails larger than this are recorded as oversized and not read
 * @param maxAttachmentSize attachments larger than this are listed but not stored
 * @param maxAttempts attempts at a mail whose processing fails before it is given up and
 * the engineers are told
 * @param timeout connect and read timeout of the IMAP connection
 */
@ConfigurationProperties("desk.mail-intake")
record MailIntakeProperties(boolean enabled, String host, Integer port, String protocol, String account,
		String password, String folder, Duration pollInterval, String processedFolder, String processedFlag,
		DataSize maxMailSize, DataSize maxAttachmentSize, Integer maxAttempts, Duration timeout) {

	MailIntakeProperties {
		protocol = (protocol != null && !protocol.isBlank()) ? protocol.strip() : "imaps";
		if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
			throw new IllegalArgumentException(
					"desk.mail-intake.protocol must be imap or imaps, was '" + protocol + "'");
		}
		port = (port != null) ? port : ("imaps".equals(protocol) ? 993 : 143);
		folder = (folder != null && !folder.isBlank()) ? folder.strip() : "INBOX";
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMinutes(1);
		processedFolder = (processedFolder != null && !processedFolder.isBlank()) ? processedFolder.strip() : null;
		processedFlag = (processedFlag != null && !processedFlag.isBlank()) ? processedFlag.strip()
				: "LimsDeskProcessed";
		maxMailSize = (maxMailSize != null) ? maxMailSize : DataSize.ofMegabytes(25);
		maxAttachmentSize = (maxAttachmentSize != null) ? maxAttachmentSize : DataSize.ofMegabytes(10);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 5;
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(30);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("desk.mail-intake.max-attempts must be at least 1, was " + maxAttempts);
		}
		if (enabled && (host == null || host.isBlank() || account == null || account.isBlank())) {
			throw new IllegalArgumentException(
					"desk.mail-intake.host and desk.mail-intake.account are required when desk.mail-intake.enabled is true");
		}
	}

	@Override
	public String toString() {
		return "MailIntakeProperties[" + this.protocol + "://" + this.account + "@" + this.host + ":" + this.port + "/"
				+ this.folder + "]";
	}

}
