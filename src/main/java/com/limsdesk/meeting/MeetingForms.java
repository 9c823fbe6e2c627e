package com.limsdesk.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Reads the action items of the minutes form. A new item is one line {@code 事项；负责人；截止日期},
 * such as {@code 核对接口日志；engineer；2026-12-18}, with the owner's login. A closed item is
 * one line with its number and an optional note, such as {@code HY-2026-W49-01 已完成}.
 */
@Component
class MeetingForms {

	static final String NEW_LABEL = "新增行动项";

	static final String CLOSED_LABEL = "已完成的行动项";

	/** Maximum length of an action item's description or closing note, in characters. */
	static final int MAX_DESCRIPTION = 1000;

	private static final Pattern CLOSED_LINE = Pattern.compile("^(HY-\\d{4}-W\\d{2}-\\d{2})(?:[\\s:：]+(.*))?$");

	private final UserDirectory users;

	MeetingForms(UserDirectory users) {
		this.users = users;
	}

	List<NewAction> newActions(String text, LocalDate meetingDay) {
		List<NewAction> actions = new ArrayList<>();
		if (text == null) {
			return actions;
		}
		int lineNumber = 0;
		for (String line : text.split("\\R")) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[;；|]", -1);
			if (parts.length != 3) {
				throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber,
						"应为“事项；负责人；截止日期”三部分，收到 '" + line.strip() + "'");
			}
			String description = parts[0].strip();
			String owner = parts[1].strip();
			if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
				throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber,
						"事项须有 1 到 " + MAX_DESCRIPTION + " 个字符");
			}
			if (!this.users.exists(owner)) {
				throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber, "负责人 '" + owner + "' 不是服务台用户");
			}
			// Reporters cannot read the meetings, so they would never see their item.
			if (!this.users.isMemberOfAny(owner, DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT,
					DeskGroups.MANAGERS)) {
				throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber,
						"负责人 '" + owner + "' 须是驻点工程师、维保部门或院方管理人员");
			}
			LocalDate due = date(parts[2].strip(), lineNumber);
			if (due.isBefore(meetingDay)) {
				throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber,
						"截止日期 " + due + " 早于会议日期 " + meetingDay);
			}
			actions.add(new NewAction(description, owner, due));
		}
		return actions;
	}

	/** Returns the numbers of the closed items with their notes, in the order given. */
	Map<String, String> closedActions(String text) {
		Map<String, String> closed = new LinkedHashMap<>();
		if (text == null) {
			return closed;
		}
		int lineNumber = 0;
		for (String line : text.split("\\R")) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			Matcher matcher = CLOSED_LINE.matcher(line.strip());
			if (!matcher.matches()) {
				throw invalid(MeetingProcess.Fields.CLOSED_ACTIONS, CLOSED_LABEL, lineNumber,
						"应以行动项编号开头，例如 HY-2026-W49-01 已完成，收到 '" + line.strip() + "'");
			}
			String note = (matcher.group(2) != null && !matcher.group(2).isBlank()) ? matcher.group(2).strip() : null;
			if (note != null && note.length() > MAX_DESCRIPTION) {
				throw invalid(MeetingProcess.Fields.CLOSED_ACTIONS, CLOSED_LABEL, lineNumber,
						"说明不能超过 " + MAX_DESCRIPTION + " 个字符");
			}
			closed.put(matcher.group(1), note);
		}
		return closed;
	}

	private static LocalDate date(String text, int lineNumber) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw invalid(MeetingProcess.Fields.NEW_ACTIONS, NEW_LABEL, lineNumber,
					"截止日期 '" + text + "' 不是有效日期，例如 2026-12-18");
		}
	}

	private static FormInputException invalid(String key, String label, int lineNumber, String problem) {
		return new FormInputException(key, label, "第 " + lineNumber + " 行" + problem);
	}

	/** An action item as the minutes name it. */
	record NewAction(String description, String owner, LocalDate dueDate) {
	}

}
