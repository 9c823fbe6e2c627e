package com.limsdesk.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.engine.FormInputException;

/**
 * Reads the record lines of a data correction. The requester names one field per line,
 * {@code 样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21}: the kind of record, its number, the
 * field, the value it has now and the value that is right. The engineer answers with
 * {@code YP-2026-0012 | 检测结果 | 0.12 | 0.21}: number, field, the value found before and
 * the value left after the change.
 */
final class RecordLines {

	static final List<String> KINDS = List.of("样品", "任务", "报告");

	static final int MAX_LINES = 200;

	private RecordLines() {
	}

	/** A field of a record that the request asks to correct. */
	record Named(String kind, String number, String field, String currentValue, String correctValue) {

		String key() {
			return this.number + " | " + this.field;
		}

	}

	/** What the engineer found and left in one field. */
	record Changed(String number, String field, String before, String after) {

		String key() {
			return this.number + " | " + this.field;
		}

	}

	static List<Named> named(String text, String key, String label) {
		List<Named> records = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> lines = lines(text, key, label);
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = cells(lines.get(i), 5, i + 1, key, label, "类型 | 编号 | 字段 | 当前值 | 正确值");
			if (!KINDS.contains(cells[0])) {
				throw new FormInputException(key, label,
						"第 " + (i + 1) + " 行的记录类型必须是 " + String.join("、", KINDS) + " 之一，收到 '" + cells[0] + "'");
			}
			Named record = new Named(cells[0], limit(cells[1], 64, i, key, label), limit(cells[2], 100, i, key, label),
					limit(cells[3], 1000, i, key, label), limit(cells[4], 1000, i, key, label));
			if (record.currentValue().equals(record.correctValue())) {
				throw new FormInputException(key, label, "第 " + (i + 1) + " 行的当前值与正确值相同，无需更正");
			}
			if (!seen.add(record.key())) {
				throw new FormInputException(key, label, "第 " + (i + 1) + " 行重复了 " + record.key());
			}
			records.add(record);
		}
		return records;
	}

	static List<Changed> changed(String text, String key, String label) {
		List<Changed> records = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> lines = lines(text, key, label);
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = cells(lines.get(i), 4, i + 1, key, label, "编号 | 字段 | 更改前 | 更改后");
			Changed record = new Changed(cells[0], cells[1], limit(cells[2], 1000, i, key, label),
					limit(cells[3], 1000, i, key, label));
			if (!seen.add(record.key())) {
				throw new FormInputException(key, label, "第 " + (i + 1) + " 行重复了 " + record.key());
			}
			records.add(record);
		}
		return records;
	}

	private static List<String> lines(String text, String key, String label) {
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (lines.isEmpty()) {
			throw new FormInputException(key, label, "至少填写一行");
		}
		if (lines.size() > MAX_LINES) {
			throw new FormInputException(key, label, "最多 " + MAX_LINES + " 行，现有 " + lines.size() + " 行");
		}
		return lines;
	}

	private static String[] cells(String line, int count, int lineNumber, String key, String label, String layout) {
		String[] cells = line.split("[|｜]", -1);
		if (cells.length != count) {
			throw new FormInputException(key, label,
					"第 " + lineNumber + " 行应有 " + count + " 项（" + layout + "），收到 " + cells.length + " 项");
		}
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
			if (cells[i].isEmpty()) {
				throw new FormInputException(key, label, "第 " + lineNumber + " 行第 " + (i + 1) + " 项为空（" + layout + "）");
			}
		}
		return cells;
	}

	private static String limit(String cell, int maxLength, int index, String key, String label) {
		if (cell.length() > maxLength) {
			throw new FormInputException(key, label, "第 " + (index + 1) + " 行有一项超过 " + maxLength + " 个字符");
		}
		return cell;
	}

}
