package com.limsdesk.fault;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the fault report form, creates the ticket and makes its number the business key.
 * A bad field raises {@link FormInputException}, which rolls the whole start back.
 */
@Component("registerFault")
class RegisterFaultDelegate implements JavaDelegate {

	/**
	 * Form fields that go into the ticket and are removed from the process afterwards.
	 */
	static final List<String> REPORT_FIELDS = List.of("contactName", "contactPhone", "module", "description",
			"affectedUsers", "startedAt", "channel", "reporterUser");

	private final FaultTicketService tickets;

	private final FaultMail mail;

	private final IdentityService identityService;

	private final UserDirectory users;

	private final DeskProperties properties;

	RegisterFaultDelegate(FaultTicketService tickets, FaultMail mail, IdentityService identityService,
			UserDirectory users, DeskProperties properties) {
		this.tickets = tickets;
		this.mail = mail;
		this.identityService = identityService;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		FaultTicket pending = (businessKey != null) ? this.tickets.pendingTicket(businessKey) : null;
		if (pending != null) {
			pending.attachProcess(execution.getProcessInstanceId());
			if (pending.getChannel() == ReportChannel.MONITORING) {
				this.mail.announceAlert(pending);
			}
			else {
				this.mail.acknowledge(pending);
			}
			return;
		}
		Instant now = SystemContext.now();
		FaultReport report = read(new FormValues(execution.getVariables(), this.properties.zone()), now);
		String filedBy = currentUser();
		FaultTicket ticket = this.tickets.register(report, filedBy, execution.getProcessInstanceId(), now);
		execution.setProcessBusinessKey(ticket.getNumber());
		execution.removeVariables(REPORT_FIELDS);
		this.mail.acknowledge(ticket);
	}

	FaultReport read(FormValues form, Instant now) {
		String contactName = form.requiredText("contactName", "联系人", 100);
		String contactPhone = form.requiredText("contactPhone", "联系电话", 40);
		if (!contactPhone.matches("[0-9+()\\- ]{3,40}")) {
			throw new FormInputException("contactPhone", "联系电话", "只能包含数字、空格和 + - ( )，收到 '" + contactPhone + "'");
		}
		String module = form.requiredText("module", "受影响模块", 100);
		String description = form.requiredText("description", "故障描述", 4000);
		int affectedUsers = form.requiredInteger("affectedUsers", "影响人数", 0, 100000);
		Instant startedAt = form.optionalMoment("startedAt", "开始时间");
		if (startedAt != null && startedAt.isAfter(now.plusSeconds(60))) {
			throw new FormInputException("startedAt", "开始时间", "不能晚于当前时间");
		}
		ReportChannel channel = ReportChannel.fromCode(form.requiredChoice("channel", "报告渠道", ReportChannel.codes()));
		String reporterUser = form.optionalText("reporterUser", "报告人账号", 64);
		if (reporterUser != null && !filedByStaff()) {
			throw new FormInputException("reporterUser", "报告人账号", "只有工程师代为登记时可以填写");
		}
		if (reporterUser != null && !userExists(reporterUser)) {
			throw new FormInputException("reporterUser", "报告人账号", "用户 '" + reporterUser + "' 不存在");
		}
		return new FaultReport(contactName, contactPhone, module, description, affectedUsers, startedAt, channel,
				reporterUser);
	}

	private boolean filedByStaff() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		List<String> groups = (authentication != null && authentication.getGroupIds() != null)
				? authentication.getGroupIds() : List.of();
		return groups.contains(DeskGroups.ENGINEERS) || groups.contains(DeskGroups.VENDOR_SUPPORT);
	}

	private boolean userExists(String userId) {
		return this.users.exists(userId);
	}

	private String currentUser() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new FormInputException("initiator", "报告人", "必须由已登录用户提交");
		}
		return authentication.getUserId();
	}

}
