package com.limsdesk.mailintake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

	/** Lists the attachments of a mail without loading their content. */
	List<AttachmentInfo> findByMailIdOrderByIdAsc(Long mailId);

	/** Lists the attachments kept with a ticket without loading their content. */
	List<AttachmentInfo> findByTicketNumberOrderByIdAsc(String ticketNumber);

	@Query("select count(a) from MailAttachment a where a.mailId = ?1")
	long countByMail(Long mailId);

	@Modifying
	@Query("update MailAttachment a set a.ticketNumber = ?2 where a.mailId = ?1")
	int assignTicket(Long mailId, String ticketNumber);

	/** An attachment without its content. */
	interface AttachmentInfo {

		Long getId();

		String getFileName();

		String getContentType();

		long getSizeBytes();

		boolean isStored();

		String getTicketNumber();

	}

}
