package com.limsdesk.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Sorts alert log entries by the configured patterns. An entry is critical when a
 * critical pattern matches it, else a warning when a warning pattern matches, else
 * "other" when it contains an ORA code that no pattern covers. "Checkpoint not complete"
 * messages are counted on their own, because only their frequency matters.
 */
final class AlertLogClassifier {

	private static final Pattern ORA_CODE_SETTING = Pattern.compile("ORA-0*(\\d{1,5})", Pattern.CASE_INSENSITIVE);

	private static final Pattern ANY_ORA_CODE = Pattern.compile("(?<![A-Za-z0-9])ORA-(\\d{1,5})(?!\\d)");

	private static final Pattern CHECKPOINT_NOT_COMPLETE = Pattern.compile("Checkpoint not complete",
			Pattern.CASE_INSENSITIVE);

	private final List<EntryPattern> critical;

	private final List<EntryPattern> warning;

	private final List<EntryPattern> dataLoss;

	AlertLogClassifier(AlertLogThresholds thresholds) {
		this.critical = compile(thresholds.criticalPatterns(), "critical-patterns");
		this.warning = compile(thresholds.warningPatterns(), "warning-patterns");
		this.dataLoss = compile(thresholds.dataLossPatterns(), "data-loss-patterns");
	}

	/** Level of an entry, from worst to best. */
	enum Level {

		CRITICAL, WARNING, OTHER_ORA_ERROR, NONE

	}

	/**
	 * Result of classifying one entry.
	 *
	 * @param level the worst level found
	 * @param keys ORA codes with five digits, or matched texts, of the patterns of that
	 * level; for {@code OTHER_ORA_ERROR} the uncovered ORA codes
	 * @param line the first line with a match of that level, stripped, or null
	 * @param dataLoss whether the entry is critical and a data loss pattern matches it
	 * @param checkpointsNotComplete number of "Checkpoint not complete" messages
	 */
	record Classification(Level level, Set<String> keys, String line, boolean dataLoss, int checkpointsNotComplete) {
	}

	Classification classify(String text) {
		int checkpoints = (int) CHECKPOINT_NOT_COMPLETE.matcher(text).results().count();
		Matches criticalMatches = match(this.critical, text);
		if (!criticalMatches.keys().isEmpty()) {
			boolean dataLoss = !match(this.dataLoss, text).keys().isEmpty();
			return new Classification(Level.CRITICAL, criticalMatches.keys(), lineAt(text, criticalMatches.first()),
					dataLoss, checkpoints);
		}
		Matches warningMatches = match(this.warning, text);
		if (!warningMatches.keys().isEmpty()) {
			return new Classification(Level.WARNING, warningMatches.keys(), lineAt(text, warningMatches.first()), false,
					checkpoints);
		}
		Matches otherCodes = uncoveredCodes(text);
		if (!otherCodes.keys().isEmpty()) {
			return new Classification(Level.OTHER_ORA_ERROR, otherCodes.keys(), lineAt(text, otherCodes.first()), false,
					checkpoints);
		}
		return new Classification(Level.NONE, Set.of(), null, false, checkpoints);
	}

	/**
	 * Returns the ORA codes of the text that neither a critical nor a warning pattern
	 * matches, so that an entry with only covered codes is not counted twice.
	 */
	private Matches uncoveredCodes(String text) {
		Set<String> keys = new LinkedHashSet<>();
		int first = -1;
		Matcher matcher = ANY_ORA_CODE.matcher(text);
		while (matcher.find()) {
			String code = fiveDigitCode(matcher.group(1));
			if (!covered(code)) {
				keys.add(code);
				first = (first < 0) ? matcher.start() : first;
			}
		}
		return new Matches(keys, first);
	}

	private boolean covered(String code) {
		return this.critical.stream().anyMatch((pattern) -> pattern.regex().matcher(code).find())
				|| this.warning.stream().anyMatch((pattern) -> pattern.regex().matcher(code).find());
	}

	private static Matches match(List<EntryPattern> patterns, String text) {
		Set<String> keys = new LinkedHashSet<>();
		int first = -1;
		for (EntryPattern pattern : patterns) {
			Matcher matcher = pattern.regex().matcher(text);
			if (matcher.find()) {
				keys.add(pattern.key(matcher));
				first = (first < 0) ? matcher.start() : Math.min(first, matcher.start());
			}
		}
		return new Matches(keys, first);
	}

	private static String lineAt(String text, int index) {
		int start = text.lastIndexOf('\n', index) + 1;
		int end = text.indexOf('\n', index);
		return text.substring(start, (end >= 0) ? end : text.length()).strip();
	}

	private static String fiveDigitCode(String digits) {
		return String.format(Locale.ROOT, "ORA-%05d", Integer.parseInt(digits));
	}

	private static List<EntryPattern> compile(List<String> settings, String property) {
		return settings.stream().map((setting) -> EntryPattern.parse(setting, property)).toList();
	}

	private record Matches(Set<String> keys, int first) {
	}

	/**
	 * One configured pattern.
	 *
	 * @param regex the compiled expression
	 * @param oraCode the ORA code with five digits when the setting is an ORA code, else
	 * null
	 */
	private record EntryPattern(Pattern regex, String oraCode) {

		static EntryPattern parse(String setting, String property) {
			if (setting == null || setting.isBlank()) {
				throw new IllegalArgumentException(
						"desk.oracle.thresholds.alert-log." + property + " must not contain an empty pattern");
			}
			Matcher code = ORA_CODE_SETTING.matcher(setting.strip());
			if (code.matches()) {
				String digits = String.valueOf(Integer.parseInt(code.group(1)));
				return new EntryPattern(Pattern.compile("(?<![A-Za-z0-9])ORA-0*" + digits + "(?!\\d)"),
						fiveDigitCode(digits));
			}
			try {
				return new EntryPattern(Pattern.compile(setting, Pattern.CASE_INSENSITIVE), null);
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalArgumentException("desk.oracle.thresholds.alert-log." + property + ": '" + setting
						+ "' is no valid regular expression: " + ex.getDescription(), ex);
			}
		}

		/** Returns the key a match is counted under: the ORA code or the matched text. */
		String key(Matcher matcher) {
			if (this.oraCode != null) {
				return this.oraCode;
			}
			String matched = matcher.group().strip();
			Matcher code = ORA_CODE_SETTING.matcher(matched);
			if (code.matches()) {
				return fiveDigitCode(code.group(1));
			}
			return (matched.length() > 60) ? matched.substring(0, 60) : matched;
		}

	}

}
