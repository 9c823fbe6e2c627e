package com.limsdesk.mailintake;

import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.engine.TaskViews;
import com.limsdesk.fault.EmailFaults;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static com.limsdesk.mailintake.MailReviewProcess.Fields;

/**
 * The steps of the review of a mail from an unknown address, called from its BPMN as
 * {@code ${mailReviewSteps.reviewed(task)}}. An engineer accepts the mail as a fault,
 * naming the contact, or rejects it with a reason. The gateway reads the intake record,
 * never a process variable.
 */
@Component("mailReviewSteps")
public class MailReviewSteps {

	private static final Logger logger = LoggerFactory.getLogger(MailReviewSteps.class);

	private static final List<String> FORM_FIELDS = List.of(Fields.DECISION, Fields.CONTACT_NAME, Fields.CONTACT_PHONE,
			Fields.MODULE, Fields.AFFECTED_USERS, Fields.REPORTER_USER, Fields.REJECT_REASON);

	private final IntakeMailRepository mails;

	private final MailAttachmentRepository attachments;

	private final EmailFaults faults;

	private final CurrentUser currentUser;

	private final UserDirectory users;

	private final DeskProperties properties;

	MailReviewSteps(IntakeMailRepository mails, MailAttachmentRepository attachments, EmailFaults faults,
			CurrentUser currentUser, UserDirectory users, DeskProperties properties) {
		this.mails = mails;
		this.attachments = attachments;
		this.faults = faults;
		this.currentUser = currentUser;
		this.users = users;
		this.properties = properties;
	}

	/** Shows the mail on the review task and offers its sender as the contact. */
	public void details(DelegateTask task) {
		IntakeMail mail = mail(task.getExecution().getProcessBusinessKey());
		task.setVariableLocal(Fields.SUMMARY, summary(mail));
		task.getExecution()
			.setVariable(Fields.CONTACT_NAME,
					(mail.getSenderName() != null) ? mail.getSenderName() : mail.getSenderAddress());
	}

	/** Records the engineer's decision and, for an accepted mail, opens the ticket. */
	public void reviewed(DelegateTask task) {
		String engineer = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.ENGINEERS));
		IntakeMail mail = mail(task.getExecution().getProcessBusinessKey());
		FormValues form = new FormValues(task.getVariables(), this.properties.zone());
		boolean accept = "accept".equals(form.requiredChoice(Fields.DECISION, "审核结论", List.of("accept", "reject")));
		if (accept) {
			// NOTE: the acknowledgement goes to the engineer and the named reporter
			// account,
			// not to the unknown address, because the notification queue mails only desk
			// users.
			String number = this.faults.open(fault(form, mail, engineer), SystemContext.now());
			this.attachments.assignTicket(mail.getId(), number);
			mail.review(MailStatus.ACCEPTED, engineer, null, number);
			logger.info("Engineer {} accepted mail {} from {} as fault ticket {}", engineer, mail.getId(),
					mail.getSenderAddress(), number);
		}
		else {
			String reason = form.optionalText(Fields.REJECT_REASON, "拒收原因", 2000);
			if (reason == null) {
				throw new FormInputException(Fields.REJECT_REASON, "拒收原因", "拒收时必须说明原因");
			}
			mail.review(MailStatus.REJECTED, engineer, reason, null);
			logger.info("Engineer {} rejected mail {} from {}", engineer, mail.getId(), mail.getSenderAddress());
		}
		SubmittedFields.remove(task, FORM_FIELDS);
	}

	/** Returns whether the mail became a ticket, for the gateway after the review. */
	public boolean accepted(DelegateExecution execution) {
		return mail(execution.getProcessBusinessKey()).getStatus() == MailStatus.ACCEPTED;
	}

	private EmailFaults.MailedFault fault(FormValues form, IntakeMail mail, String engineer) {
		String contactName = form.requiredText(Fields.CONTACT_NAME, "联系人", 100);
		String contactPhone = form.requiredText(Fields.CONTACT_PHONE, "联系电话", 40);
		if (!contactPhone.matches("[0-9+()\\- ]{3,40}")) {
			throw new FormInputException(Fields.CONTACT_PHONE, "联系电话", "只能包含数字、空格和 + - ( )，收到 '" + contactPhone + "'");
		}
		String module = form.requiredText(Fields.MODULE, "受影响模块", 100);
		int affectedUsers = form.requiredInteger(Fields.AFFECTED_USERS, "影响人数", 0, 100000);
		String reporterUser = form.optionalText(Fields.REPORTER_USER, "报告人账号", 64);
		if (reporterUser != null && !this.users.exists(reporterUser)) {
			throw new FormInputException(Fields.REPORTER_USER, "报告人账号", "用户 '" + reporterUser + "' 不存在");
		}
		ParsedMail parsed = new ParsedMail(mail.getSenderAddress(), mail.getSenderName(),
				(mail.getSubject() != null) ? mail.getSubject() : "", mail.getSentAt(),
				(mail.getBodyText() != null) ? mail.getBodyText() : "",
				(mail.getBodyKind() != null) ? mail.getBodyKind() : BodyKind.NONE, List.of(), false,
				(mail.getNotes() != null) ? List.of(mail.getNotes()) : List.of());
		List<MailAttachmentRepository.AttachmentInfo> stored = this.attachments.findByMailIdOrderByIdAsc(mail.getId());
		return new EmailFaults.MailedFault(contactName, contactPhone, module, MailIntakeService.description(parsed),
				affectedUsers, engineer, reporterUser,
				"审核未知发件人来信后登记；" + MailIntakeService.journalDetail(parsed, stored));
	}

	private String summary(IntakeMail mail) {
		StringBuilder text = new StringBuilder();
		text.append("发件人：");
		if (mail.getSenderName() != null) {
			text.append(mail.getSenderName()).append(' ');
		}
		text.append('<').append(mail.getSenderAddress()).append(">（不是服务台用户）");
		text.append("\n主题：").append(mail.getSubject());
		List<MailAttachmentRepository.AttachmentInfo> stored = this.attachments.findByMailIdOrderByIdAsc(mail.getId());
		if (!stored.isEmpty()) {
			text.append("\n附件：")
				.append(String.join("、",
						stored.stream().map(MailAttachmentRepository.AttachmentInfo::getFileName).toList()));
		}
		if (mail.getNotes() != null && !mail.getNotes().isEmpty()) {
			text.append("\n处理说明：").append(mail.getNotes());
		}
		text.append("\n\n").append((mail.getBodyText() != null) ? mail.getBodyText() : "");
		return TaskViews.fit(text.toString());
	}

	/**
	 * Returns the intake mail of a review. It is found by the business key, which no form
	 * can change, and not by a process variable.
	 */
	private IntakeMail mail(String businessKey) {
		if (businessKey == null || !businessKey.startsWith(MailReviewProcess.BUSINESS_KEY_PREFIX)) {
			throw new IllegalStateException("mail review has the invalid business key '" + businessKey + "'");
		}
		long id = Long.parseLong(businessKey.substring(MailReviewProcess.BUSINESS_KEY_PREFIX.length()));
		return this.mails.findById(id)
			.orElseThrow(() -> new IllegalStateException("no intake mail has the id of review " + businessKey));
	}

}
