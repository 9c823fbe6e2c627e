package com.limsdesk.cleanup;

import static com.limsdesk.cleanup.CleanupProcess.Variables;

import java.time.Instant;
import java.util.List;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the manager's decision on the engineer's selection. The approver must be a
 * manager and another person than the engineer who picked the tables. A rejection needs a
 * reason, ends the run and is mailed to the engineers.
 */
@Component("recordCleanupApproval")
class RecordApprovalDelegate implements JavaDelegate {

	static final List<String> APPROVAL_CODES = List.of(CleanupProcess.Approvals.APPROVE,
			CleanupProcess.Approvals.REJECT);

	private final CleanupRecords records;

	private final CleanupTaskSupport support;

	private final CleanupMail mail;

	RecordApprovalDelegate(CleanupRecords records, CleanupTaskSupport support, CleanupMail mail) {
		this.records = records;
		this.support = support;
		this.mail = mail;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String user = this.support.actingMember("审批临时表删除", List.of(DeskGroups.MANAGERS));
		long cleanupId = this.records.forProcessInstance(execution.getProcessInstanceId()).getId();
		Cleanup cleanup = this.records.get(cleanupId);
		if (user.equals(cleanup.getReviewedBy())) {
			throw new AuthorizationException("The user with id '" + user + "' may not approve cleanup "
					+ cleanup.number() + ": they picked its tables, and another person must approve them.");
		}
		FormValues form = this.support.form(execution);
		String approval = form.requiredChoice(Variables.APPROVAL, "审批结果", APPROVAL_CODES);
		String reason = form.optionalText("rejectReason", "拒绝原因", 2000);
		boolean approved = CleanupProcess.Approvals.APPROVE.equals(approval);
		if (!approved && reason == null) {
			throw new FormInputException("rejectReason", "拒绝原因", "拒绝时必填");
		}
		Instant now = SystemContext.now();
		this.records.decide(cleanupId, approved, user, reason, now);
		execution.removeVariable("rejectReason");
		if (!approved) {
			String summary = "临时表清理 " + cleanup.number() + "：院方管理员 " + user + " 拒绝了删除，未删除任何表。拒绝原因：" + reason;
			this.records.finish(cleanupId, summary, now);
			execution.setVariable(Variables.SUMMARY, CleanupTaskSupport.fit(summary));
			this.mail.rejected(cleanup, user, reason);
		}
	}

}
