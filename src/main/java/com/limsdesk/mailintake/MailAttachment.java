package com.limsdesk.mailintake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An attachment of an intake mail, kept with the ticket that the mail opened or replied
 * to. One over the size limit is listed without content.
 */
@Entity
@Table(name = "desk_mail_attachment")
class MailAttachment implements MailAttachmentRepository.AttachmentInfo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "mail_id", nullable = false, updatable = false)
	private Long mailId;

	@Column(name = "ticket_number", length = 32)
	private String ticketNumber;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 200)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(nullable = false)
	private boolean stored;

	protected MailAttachment() {
	}

	MailAttachment(Long mailId, ParsedMail.Attachment attachment) {
		this.mailId = mailId;
		this.fileName = Texts.cut(attachment.fileName(), 255);
		this.contentType = Texts.cut(attachment.contentType(), 200);
		this.sizeBytes = attachment.size();
		this.content = attachment.content();
		this.stored = attachment.content() != null;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	Long getMailId() {
		return this.mailId;
	}

	@Override
	public String getTicketNumber() {
		return this.ticketNumber;
	}

	@Override
	public String getFileName() {
		return this.fileName;
	}

	@Override
	public String getContentType() {
		return this.contentType;
	}

	@Override
	public long getSizeBytes() {
		return this.sizeBytes;
	}

	byte[] getContent() {
		return this.content;
	}

	@Override
	public boolean isStored() {
		return this.stored;
	}

}
