package com.limsdesk.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the forms of a replacement: the request, a candidate's profile, the
 * training plan, a training log entry and the institute's decisions. Each check names the
 * field it rejects.
 */
@Component
class ReplacementForms {

	static final List<String> REQUEST_FIELDS = List.of("replacedEngineer", "cause", "reason");

	static final List<String> PROFILE_FIELDS = List.of("candidateName", "candidateLogin", "candidateEmail",
			"candidatePhone", "qualifications", "experience");

	static final List<String> PLAN_FIELDS = List.of("trainingStart", "trainer", "planArchitecture", "planOperation",
			"planOther");

	static final List<String> ENTRY_FIELDS = List.of("entryDate", "entryContent", "entryTrainer", "entryHours");

	/**
	 * The user ids that the engine accepts, as {@code general-resource-whitelist-pattern}
	 * sets.
	 */
	private static final Pattern LOGIN_ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,30}");

	private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

	private final UserDirectory users;

	private final ReplacementRepository replacements;

	private final ZoneId zone;

	ReplacementForms(UserDirectory users, ReplacementRepository replacements, DeskProperties properties) {
		this.users = users;
		this.replacements = replacements;
		this.zone = properties.zone();
	}

	FormValues values(Map<String, Object> variables) {
		return new FormValues(variables, this.zone);
	}

	/**
	 * Reads the request. The institute's request is a manager's cause, and rotation,
	 * resignation and other causes are the vendor's.
	 */
	Request request(FormValues form, boolean manager) {
		String engineer = form.requiredText("replacedEngineer", "被更换的工程师账号", 64);
		if (!this.users.isMember(engineer, DeskGroups.ENGINEERS)) {
			throw new FormInputException("replacedEngineer", "被更换的工程师账号",
					"'" + engineer + "' 不是驻点运维工程师（engineers 组成员）");
		}
		if (!this.replacements.findByReplacedEngineerAndStatusNot(engineer, ReplacementStatus.ON_POST).isEmpty()) {
			throw new FormInputException("replacedEngineer", "被更换的工程师账号", "工程师 '" + engineer + "' 已有进行中的更换");
		}
		ReplacementCause cause = ReplacementCause
			.fromCode(form.requiredChoice("cause", "更换原因类别", ReplacementCause.codes()));
		if (manager != (cause == ReplacementCause.INSTITUTE_REQUEST)) {
			throw new FormInputException("cause", "更换原因类别",
					manager ? "院方管理员提出的更换为“院方要求更换”" : "“院方要求更换”由院方管理员提出，维保部门请选择轮换、离职或其他");
		}
		String reason = form.requiredText("reason", "更换理由", 2000);
		return new Request(engineer, cause, reason);
	}

	/**
	 * Reads a candidate's profile. A login id that exists already must belong to the same
	 * person, known by the same mail address, and not to a resident engineer.
	 */
	Candidate.Profile profile(FormValues form, Replacement replacement) {
		String name = form.requiredText("candidateName", "姓名", 50);
		String login = form.requiredText("candidateLogin", "登录账号", 64);
		if (!LOGIN_ID.matcher(login).matches()) {
			throw new FormInputException("candidateLogin", "登录账号", "只能由字母、数字和中间的连字符组成，收到 '" + login + "'");
		}
		String email = form.requiredText("candidateEmail", "邮箱", 200);
		if (!EMAIL.matcher(email).matches()) {
			throw new FormInputException("candidateEmail", "邮箱", "不是有效的邮箱地址，收到 '" + email + "'");
		}
		String phone = form.requiredText("candidatePhone", "电话", 32);
		if (!PHONE.matcher(phone).matches()) {
			throw new FormInputException("candidatePhone", "电话", "只能包含数字、空格、连字符和开头的 +，收到 '" + phone + "'");
		}
		String qualifications = form.requiredText("qualifications", "资质", 2000);
		String experience = form.requiredText("experience", "工作经历", 4000);
		if (login.equals(replacement.getReplacedEngineer())) {
			throw new FormInputException("candidateLogin", "登录账号", "'" + login + "' 是被更换的工程师本人");
		}
		boolean existing = requireLoginAvailable(login, email, "candidateLogin", "登录账号");
		return new Candidate.Profile(name, login, email, phone, qualifications, experience, existing);
	}

	/**
	 * Checks that the login id is free, or belongs to the candidate: the same mail
	 * address and not yet a resident engineer. Returns whether the user exists.
	 */
	boolean requireLoginAvailable(String login, String email, String field, String label) {
		Optional<UserDirectory.Person> existing = this.users.find(login);
		if (existing.isEmpty()) {
			return false;
		}
		UserDirectory.Person person = existing.get();
		if (person.email() == null || !person.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
			throw new FormInputException(field, label,
					"账号 '" + login + "' 已属于另一人（" + person.displayName() + "），请换一个账号；若候选人就是该用户，邮箱须与其账号登记的一致");
		}
		if (this.users.isMember(login, DeskGroups.ENGINEERS)) {
			throw new FormInputException(field, label, "账号 '" + login + "' 已是驻点运维工程师");
		}
		// An institute account may not become the vendor's engineer, because its holder
		// could then approve their own training and post.
		for (String group : List.of(DeskGroups.MANAGERS, DeskGroups.ADMINISTRATORS, DeskGroups.REPORTERS)) {
			if (this.users.isMember(login, group)) {
				throw new FormInputException(field, label,
						"账号 '" + login + "' 属于" + DeskGroups.nameOf(group) + "，不能作为驻点工程师候选人，请换一个账号");
			}
		}
		return true;
	}

	/**
	 * Reads the training plan. It must cover the system's architecture and its operation
	 * requirements, each in its own field. Training starts no earlier than the candidate
	 * was proposed and no later than today.
	 */
	Candidate.TrainingPlan trainingPlan(FormValues form, Map<String, Object> variables, Candidate candidate,
			Instant now) {
		LocalDate start = requiredDate(variables, "trainingStart", "培训开始日期");
		LocalDate proposed = candidate.getProposedAt().atZone(this.zone).toLocalDate();
		LocalDate today = now.atZone(this.zone).toLocalDate();
		if (start.isBefore(proposed)) {
			throw new FormInputException("trainingStart", "培训开始日期", "不能早于候选人提出的日期 " + proposed);
		}
		if (start.isAfter(today)) {
			throw new FormInputException("trainingStart", "培训开始日期", "不能晚于今天 " + today + "，请在培训开始后登记");
		}
		String trainer = form.requiredText("trainer", "带教人账号", 64);
		if (trainer.equals(candidate.getLoginId()) || (!this.users.isMember(trainer, DeskGroups.ENGINEERS)
				&& !this.users.isMember(trainer, DeskGroups.VENDOR_SUPPORT))) {
			throw new FormInputException("trainer", "带教人账号", "'" + trainer + "' 不是驻点运维工程师或维保部门成员");
		}
		String architecture = form.requiredText("planArchitecture", "系统架构培训内容", 2000);
		String operation = form.requiredText("planOperation", "运维要求培训内容", 2000);
		String other = form.optionalText("planOther", "其他培训内容", 2000);
		return new Candidate.TrainingPlan(start, trainer, architecture, operation, other);
	}

	/**
	 * Reads a training log entry. Its date lies in the training, from the start to the
	 * current end, and not after today. Its hours are more than 0 and at most 24.
	 */
	TrainingEntry.Line trainingLine(FormValues form, Map<String, Object> variables, Candidate candidate, Instant now) {
		LocalDate date = requiredDate(variables, "entryDate", "培训日期");
		if (date.isBefore(candidate.getTrainingStart()) || date.isAfter(candidate.getTrainingEnd())) {
			throw new FormInputException("entryDate", "培训日期", date + " 不在培训期 " + candidate.getTrainingStart() + " 至 "
					+ candidate.getTrainingEnd() + " 内；培训期外的培训须先由院方延长培训");
		}
		LocalDate today = now.atZone(this.zone).toLocalDate();
		if (date.isAfter(today)) {
			throw new FormInputException("entryDate", "培训日期", "不能晚于今天 " + today);
		}
		String content = form.requiredText("entryContent", "培训内容", 2000);
		String trainer = form.requiredText("entryTrainer", "培训人", 50);
		BigDecimal hours = hours(variables.get("entryHours"));
		return new TrainingEntry.Line(date, content, trainer, hours);
	}

	/**
	 * Reads a decision with a reason. The reason is required unless the choice is the
	 * first one, the approval, and the rule is the message when it is missing.
	 */
	Decision decision(FormValues form, String key, String label, List<String> choices, String reasonKey, String rule) {
		String choice = form.requiredChoice(key, label, choices);
		String reason = form.optionalText(reasonKey, "理由", 2000);
		if (!choice.equals(choices.get(0)) && reason == null) {
			throw new FormInputException(reasonKey, "理由", rule);
		}
		return new Decision(choice, reason);
	}

	/** Reads the new end of an extended training, which must be after the current end. */
	LocalDate extendedEnd(Map<String, Object> variables, Candidate candidate) {
		LocalDate end = requiredDate(variables, "newTrainingEnd", "新的培训结束日期");
		if (!end.isAfter(candidate.getTrainingEnd())) {
			throw new FormInputException("newTrainingEnd", "新的培训结束日期",
					"必须晚于当前的培训结束日期 " + candidate.getTrainingEnd() + "，收到 " + end);
		}
		return end;
	}

	/**
	 * Reads a date as the forms submit it ({@code 2026-01-31}), the date of a date-time,
	 * or a {@link Date} in the institute's zone.
	 */
	LocalDate requiredDate(Map<String, Object> variables, String key, String label) {
		Object value = variables.get(key);
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new FormInputException(key, label, "必填");
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(this.zone).toLocalDate();
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse((text.length() > 10 && text.charAt(10) == 'T') ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new FormInputException(key, label, "不是有效的日期，例如 2026-01-31，收到 '" + text + "'");
		}
	}

	private static BigDecimal hours(Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new FormInputException("entryHours", "培训时长（小时）", "必填");
		}
		String text = value.toString().strip();
		// The message shows the input as given, because toPlainString of a number such as
		// 1e-5000000 would build a string of millions of digits.
		String inputExcerpt = (text.length() > 20) ? text.substring(0, 20) + "…" : text;
		BigDecimal hours;
		try {
			hours = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new FormInputException("entryHours", "培训时长（小时）", "必须是数字，收到 '" + inputExcerpt + "'");
		}
		if (hours.signum() <= 0) {
			throw new FormInputException("entryHours", "培训时长（小时）", "必须大于 0，收到 " + inputExcerpt);
		}
		if (hours.compareTo(MAX_HOURS) > 0) {
			throw new FormInputException("entryHours", "培训时长（小时）", "一天最多 24 小时，收到 " + inputExcerpt);
		}
		if (hours.stripTrailingZeros().scale() > 1) {
			throw new FormInputException("entryHours", "培训时长（小时）", "最多一位小数，收到 " + inputExcerpt);
		}
		return hours.setScale(1);
	}

	/** The request as submitted. */
	record Request(String replacedEngineer, ReplacementCause cause, String reason) {
	}

	/** A decision code and its reason, null when none was given. */
	record Decision(String choice, String reason) {
	}

}
