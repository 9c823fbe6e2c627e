package com.limsdesk.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.limsdesk.report.WeeklyReportDigest;

/** Writes the agenda of a weekly meeting as plain text in Chinese. */
final class MeetingAgenda {

	private MeetingAgenda() {
	}

	static String write(Optional<WeeklyReportDigest.Digest> report, List<MeetingAction> open, LocalDate today) {
		StringBuilder text = new StringBuilder();
		text.append("一、上周运维情况\n");
		if (report.isPresent()) {
			WeeklyReportDigest.Digest digest = report.get();
			text.append("周报 ")
				.append(digest.number())
				.append(' ')
				.append(digest.period())
				.append("（")
				.append(digest.status())
				.append("）\n");
			for (String line : digest.figures()) {
				text.append("  ").append(line).append('\n');
			}
			if (digest.analysis() != null) {
				text.append("  工程师分析：").append(digest.analysis()).append('\n');
			}
		}
		else {
			text.append("  上周周报尚未起草。\n");
		}
		text.append("\n二、遗留行动项\n");
		if (open.isEmpty()) {
			text.append("  无\n");
		}
		for (MeetingAction action : open) {
			text.append("  ")
				.append(action.getNumber())
				.append(' ')
				.append(action.getDescription())
				.append("（负责人 ")
				.append(action.getOwner())
				.append("，截止 ")
				.append(action.getDueDate())
				.append(action.getDueDate().isBefore(today) ? "，已逾期" : "")
				.append("）\n");
		}
		text.append("\n三、本周工作安排及其他事项\n");
		return text.toString();
	}

}
