package com.limsdesk.change;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.engine.FormInputException;

/**
 * Reads the remote sessions of an implementation record, one per line:
 * {@code 张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署 lims-web 2.3.1}, that
 * is who, from where, start, end and what was done.
 */
final class SessionLines {

	static final String KEY = "remoteSessions";

	static final String LABEL = "远程操作记录";

	static final int MAX_LINES = 100;

	/** The maximum length of the field, which the engine stores as a string variable. */
	static final int MAX_LENGTH = 4000;

	/**
	 * A strict format: the default resolver would move 2026-02-30 to the last day of
	 * February and read 24:00 as the next midnight.
	 */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private SessionLines() {
	}

	static List<RemoteSession.SessionLine> read(String text, ZoneId zone, Instant now) {
		List<RemoteSession.SessionLine> sessions = new ArrayList<>();
		if (text == null) {
			return sessions;
		}
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (lines.size() > MAX_LINES) {
			throw problem("最多 " + MAX_LINES + " 行，现有 " + lines.size() + " 行");
		}
		for (int i = 0; i < lines.size(); i++) {
			sessions.add(line(lines.get(i), i + 1, zone, now));
		}
		return sessions;
	}

	private static RemoteSession.SessionLine line(String line, int number, ZoneId zone, Instant now) {
		String[] cells = line.split("[|｜]", -1);
		if (cells.length != 5) {
			throw problem("第 " + number + " 行应有 5 项（人员 | 来源地址 | 开始 | 结束 | 操作内容），收到 " + cells.length + " 项");
		}
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
			if (cells[i].isEmpty()) {
				throw problem("第 " + number + " 行第 " + (i + 1) + " 项为空（人员 | 来源地址 | 开始 | 结束 | 操作内容）");
			}
		}
		limit(cells[0], 100, number);
		limit(cells[1], 100, number);
		if (!SourceAddresses.isValid(cells[1])) {
			throw problem("第 " + number + " 行第 2 项（来源地址）'" + cells[1] + "' 不是有效的 IPv4 地址、IPv6 地址或主机名，例如 10.20.1.15");
		}
		limit(cells[4], 2000, number);
		Instant start = moment(cells[2], number, zone);
		Instant end = moment(cells[3], number, zone);
		if (end.isBefore(start)) {
			throw problem("第 " + number + " 行的结束时间早于开始时间");
		}
		if (end.isAfter(now.plusSeconds(60))) {
			throw problem("第 " + number + " 行的结束时间晚于当前时间");
		}
		return new RemoteSession.SessionLine(cells[0], cells[1], start, end, cells[4]);
	}

	/** Formats a moment as the lines write it. */
	static String format(Instant moment, ZoneId zone) {
		return TIME.format(moment.atZone(zone));
	}

	private static Instant moment(String text, int number, ZoneId zone) {
		try {
			return LocalDateTime.parse(text.replace('T', ' '), TIME).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw problem("第 " + number + " 行的时间 '" + text + "' 应写作 2026-12-07 19:05");
		}
	}

	private static void limit(String cell, int maxLength, int number) {
		if (cell.length() > maxLength) {
			throw problem("第 " + number + " 行有一项超过 " + maxLength + " 个字符");
		}
	}

	private static FormInputException problem(String text) {
		return new FormInputException(KEY, LABEL, text);
	}

}
