package com.limsdesk.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SubmittedFields;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the staff change notice, called from its BPMN. The notice comes from a
 * replacement that put a new engineer on post, or from vendor-support's start form for a
 * change of the vendor's system lead.
 */
@Component("staffChangeSteps")
public class StaffChangeSteps {

	static final List<String> NOTICE_FIELDS = List.of("previousPerson", "newPerson", "newContact", "effectiveDate",
			"changeNote");

	private final StaffChangeService notices;

	private final ReplacementService replacements;

	private final ReplacementForms forms;

	private final ReplacementMail mail;

	private final CurrentUser currentUser;

	private final UserDirectory users;

	private final DeskProperties properties;

	StaffChangeSteps(StaffChangeService notices, ReplacementService replacements, ReplacementForms forms,
			ReplacementMail mail, CurrentUser currentUser, UserDirectory users, DeskProperties properties) {
		this.notices = notices;
		this.replacements = replacements;
		this.forms = forms;
		this.mail = mail;
		this.currentUser = currentUser;
		this.users = users;
		this.properties = properties;
	}

	/** Records the notice, makes its number the business key and mails the managers. */
	public void register(DelegateExecution execution) {
		Instant now = SystemContext.now();
		DelegateExecution caller = execution.getSuperExecution();
		StaffChangeNotice notice;
		if (caller != null && caller.getProcessBusinessKey() != null) {
			Replacement replacement = this.replacements.findByNumber(caller.getProcessBusinessKey());
			notice = this.notices.report(replacement.getNumber(), engineerChange(replacement, now),
					this.currentUser.id(), execution.getProcessInstanceId(), now);
		}
		else {
			String user = this.currentUser.requireMemberOf("告知人员变更", List.of(DeskGroups.VENDOR_SUPPORT));
			Map<String, Object> variables = execution.getVariables();
			notice = this.notices.report(null, leadChange(this.forms.values(variables), variables, now), user,
					execution.getProcessInstanceId(), now);
			execution.removeVariables(NOTICE_FIELDS);
		}
		execution.setProcessBusinessKey(notice.getNumber());
		this.mail.staffChange(notice, this.notices.acknowledgementDue(notice));
	}

	private StaffChangeNotice.Change engineerChange(Replacement replacement, Instant now) {
		Candidate candidate = this.replacements.currentCandidate(replacement);
		String previous = this.users.find(replacement.getReplacedEngineer())
			.map(UserDirectory.Person::displayName)
			.orElse("") + "（" + replacement.getReplacedEngineer() + "）";
		return new StaffChangeNotice.Change(StaffChangeNotice.Kind.ENGINEER, previous,
				candidate.getFullName() + "（" + candidate.getLoginId() + "）",
				candidate.getPhone() + "，" + candidate.getEmail(), now.atZone(this.properties.zone()).toLocalDate(),
				"驻点工程师更换 " + replacement.getNumber() + "：" + replacement.getCause().label() + "，"
						+ replacement.getReason());
	}

	/**
	 * Reads a change of the vendor's system lead. It names another person, and takes
	 * effect no more than 30 days before the notice, because the managers are to be told
	 * at once, and no more than a year after it.
	 */
	private StaffChangeNotice.Change leadChange(FormValues form, Map<String, Object> variables, Instant now) {
		String previous = form.requiredText("previousPerson", "原系统负责人", 100);
		String next = form.requiredText("newPerson", "新系统负责人", 100);
		if (next.equals(previous)) {
			throw new FormInputException("newPerson", "新系统负责人", "与原系统负责人相同，收到 '" + next + "'");
		}
		String contact = form.requiredText("newContact", "新负责人联系方式", 200);
		LocalDate effective = this.forms.requiredDate(variables, "effectiveDate", "生效日期");
		LocalDate today = now.atZone(this.properties.zone()).toLocalDate();
		if (effective.isBefore(today.minusDays(30)) || effective.isAfter(today.plusYears(1))) {
			throw new FormInputException("effectiveDate", "生效日期",
					"须在 " + today.minusDays(30) + " 至 " + today.plusYears(1) + " 之间，收到 " + effective);
		}
		String note = form.optionalText("changeNote", "变更说明", 2000);
		return new StaffChangeNotice.Change(StaffChangeNotice.Kind.SYSTEM_LEAD, previous, next, contact, effective,
				note);
	}

	public Date acknowledgementDue(DelegateExecution execution) {
		return Date.from(this.notices.acknowledgementDue(notice(execution.getProcessInstanceId())));
	}

	public void details(DelegateTask task) {
		task.setVariableLocal("noticeSummary", ReplacementMail.notice(notice(task.getProcessInstanceId())));
	}

	/** Records a manager's acknowledgement. */
	public void acknowledged(DelegateTask task) {
		String user = this.currentUser.requireMemberOf(task.getName(), List.of(DeskGroups.MANAGERS));
		StaffChangeNotice notice = notice(task.getProcessInstanceId());
		Map<String, Object> variables = task.getVariables();
		String note = this.forms.values(variables).optionalText("acknowledgementNote", "确认意见", 2000);
		this.notices.acknowledge(notice, user, note, SystemContext.now());
		SubmittedFields.remove(task, List.of("acknowledgementNote"));
	}

	private StaffChangeNotice notice(String processInstanceId) {
		return this.notices.forProcessInstance(processInstanceId);
	}

}
