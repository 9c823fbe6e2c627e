package com.limsdesk.oracle;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of the new alert log entries of one run, the status they give, and the figures
 * and sentences of the result. The message quotes the first matching line of the first
 * critical and warning entries, with the time in the server's zone and its offset.
 */
final class AlertLogFindings {

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private static final int MAX_QUOTED_LENGTH = 200;

	private static final int MAX_LISTED_KEYS = 5;

	private final AlertLogClassifier classifier;

	private final ZoneId serverZone;

	private final int shownEntries;

	private final int checkpointWarningCount;

	private final Map<String, Integer> criticalKeys = new LinkedHashMap<>();

	private final Map<String, Integer> warningKeys = new LinkedHashMap<>();

	private final Map<String, Integer> otherKeys = new LinkedHashMap<>();

	private final List<String> criticalQuotes = new ArrayList<>();

	private final List<String> warningQuotes = new ArrayList<>();

	private int newEntries;

	private int criticalEntries;

	private int warningEntries;

	private int otherOraErrors;

	private int checkpointsNotComplete;

	private boolean dataLoss;

	AlertLogFindings(AlertLogClassifier classifier, ZoneId serverZone, AlertLogThresholds thresholds) {
		this.classifier = classifier;
		this.serverZone = serverZone;
		this.shownEntries = thresholds.shownEntries();
		this.checkpointWarningCount = thresholds.checkpointWarningCount();
	}

	/** Classifies the entry and counts it. */
	void add(AlertLogEntry entry) {
		AlertLogClassifier.Classification classification = this.classifier.classify(entry.text());
		if (!entry.continuation()) {
			this.newEntries++;
		}
		this.checkpointsNotComplete += classification.checkpointsNotComplete();
		switch (classification.level()) {
			case CRITICAL -> {
				this.criticalEntries++;
				tally(this.criticalKeys, classification.keys());
				quote(this.criticalQuotes, entry.time(), classification.line());
				this.dataLoss |= classification.dataLoss();
			}
			case WARNING -> {
				this.warningEntries++;
				tally(this.warningKeys, classification.keys());
				quote(this.warningQuotes, entry.time(), classification.line());
			}
			case OTHER_ORA_ERROR -> {
				this.otherOraErrors++;
				tally(this.otherKeys, classification.keys());
			}
			case NONE -> {
			}
		}
	}

	CheckStatus status() {
		if (this.criticalEntries > 0) {
			return CheckStatus.CRITICAL;
		}
		if (this.warningEntries > 0 || checkpointsTooFrequent()) {
			return CheckStatus.WARNING;
		}
		return CheckStatus.OK;
	}

	/** Returns whether a critical entry shows lost or corrupt data files. */
	boolean dataLoss() {
		return this.dataLoss;
	}

	/**
	 * Returns the counts of the run, and the number of entries per ORA code or matched
	 * text with that code or text as the subject.
	 */
	List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.of("", "new_entries", this.newEntries, "count"));
		figures.add(Figure.of("", "critical_entries", this.criticalEntries, "count"));
		figures.add(Figure.of("", "warning_entries", this.warningEntries, "count"));
		figures.add(Figure.of("", "other_ora_errors", this.otherOraErrors, "count"));
		figures.add(Figure.of("", "checkpoint_not_complete", this.checkpointsNotComplete, "count"));
		Map<String, Integer> byKey = new LinkedHashMap<>(this.criticalKeys);
		this.warningKeys.forEach((key, count) -> byKey.merge(key, count, Integer::sum));
		this.otherKeys.forEach((key, count) -> byKey.merge(key, count, Integer::sum));
		byKey.forEach((key, count) -> figures.add(Figure.of(key, "entries", count, "count")));
		return figures;
	}

	/** Returns the sentences of the message, to be joined by "；". */
	List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		String counts = counts();
		if (this.newEntries == 0 && counts.isEmpty()) {
			sentences.add("告警日志自上次巡检以来没有新记录");
		}
		else if (counts.isEmpty()) {
			sentences.add("告警日志新增 " + this.newEntries + " 条记录，未发现需要关注的错误");
		}
		else if (this.newEntries == 0) {
			sentences.add("告警日志没有新记录，但上次读过的最后一条记录又续写了内容，其中" + counts);
		}
		else {
			sentences.add("告警日志新增 " + this.newEntries + " 条记录，其中" + counts);
		}
		sentences.addAll(this.criticalQuotes);
		sentences.addAll(this.warningQuotes);
		return sentences;
	}

	/** Returns the counts by level and key, or an empty text when nothing was found. */
	private String counts() {
		List<String> counts = new ArrayList<>();
		if (this.criticalEntries > 0) {
			counts.add("严重 " + this.criticalEntries + " 条（" + listKeys(this.criticalKeys) + "）");
		}
		if (this.warningEntries > 0) {
			counts.add("警告 " + this.warningEntries + " 条（" + listKeys(this.warningKeys) + "）");
		}
		if (this.checkpointsNotComplete > 0) {
			counts.add("Checkpoint not complete " + this.checkpointsNotComplete + " 次"
					+ (checkpointsTooFrequent() ? "（达到 " + this.checkpointWarningCount + " 次的警告阈值）" : ""));
		}
		if (this.otherOraErrors > 0) {
			counts.add("其他 ORA 错误 " + this.otherOraErrors + " 条（" + listKeys(this.otherKeys) + "，不影响状态）");
		}
		String joined = String.join("，", counts);
		// A space separates Chinese from a following Latin word.
		return (!joined.isEmpty() && joined.charAt(0) < 128) ? " " + joined : joined;
	}

	private boolean checkpointsTooFrequent() {
		return this.checkpointsNotComplete >= this.checkpointWarningCount;
	}

	private static void tally(Map<String, Integer> counts, Set<String> keys) {
		for (String key : keys) {
			counts.merge(key, 1, Integer::sum);
		}
	}

	private void quote(List<String> quotes, OffsetDateTime time, String line) {
		if (quotes.size() >= this.shownEntries || line == null) {
			return;
		}
		String shortened = (line.length() > MAX_QUOTED_LENGTH) ? line.substring(0, MAX_QUOTED_LENGTH) + "…" : line;
		quotes.add(time.atZoneSameInstant(this.serverZone).format(TIME_FORMAT) + " " + shortened);
	}

	/**
	 * Lists the most frequent keys with their counts, such as "ORA-00600 2 条、ORA-07445 1
	 * 条".
	 */
	private static String listKeys(Map<String, Integer> counts) {
		List<Map.Entry<String, Integer>> sorted = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.toList();
		List<String> listed = sorted.stream()
			.limit(MAX_LISTED_KEYS)
			.map((entry) -> entry.getKey() + " " + entry.getValue() + " 条")
			.toList();
		String list = String.join("、", listed);
		return (sorted.size() > MAX_LISTED_KEYS) ? list + " 等 " + sorted.size() + " 种" : list;
	}

}
