package com.limsdesk.oracle;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Thresholds of the alert log check, under {@code desk.oracle.thresholds.alert-log}. A
 * pattern is either an ORA code such as {@code ORA-1652}, which matches that error number
 * written with or without leading zeros ({@code ORA-1652} and {@code ORA-01652}), or else
 * a Java regular expression matched without regard to case.
 *
 * @param criticalPatterns patterns of entries that make the result CRITICAL
 * @param warningPatterns patterns of entries that make the result WARNING, unless a
 * critical pattern matches the same entry
 * @param dataLossPatterns patterns that mark a critical entry as lost or corrupt data
 * files, which gives the ticket the severity {@code critical} instead of {@code major}
 * @param checkpointWarningCount minimum number of "Checkpoint not complete" messages in
 * the new entries of one run that makes the result WARNING
 * @param initialLookback how far back from the database time entries are counted on the
 * first run against a target. Older entries are read past without being counted
 * @param maxBytesPerRun maximum number of bytes read from an alert log file in one run
 * @param maxRowsPerRun maximum number of rows read from an alert log view in one run
 * @param shownEntries maximum number of critical and of warning entries quoted in the
 * message
 */
@ConfigurationProperties("desk.oracle.thresholds.alert-log")
record AlertLogThresholds(List<String> criticalPatterns, List<String> warningPatterns, List<String> dataLossPatterns,
		Integer checkpointWarningCount, Duration initialLookback, DataSize maxBytesPerRun, Integer maxRowsPerRun,
		Integer shownEntries) {

	private static final String PREFIX = "desk.oracle.thresholds.alert-log.";

	AlertLogThresholds {
		criticalPatterns = (criticalPatterns != null) ? List.copyOf(criticalPatterns)
				: List.of("ORA-00600", "ORA-07445", "ORA-04031", "ORA-01578", "ORA-00257", "ORA-19809", "ORA-01157",
						"ORA-01110", "terminating the instance", "Instance terminated by");
		warningPatterns = (warningPatterns != null) ? List.copyOf(warningPatterns)
				: List.of("ORA-19815", "ORA-01652", "ORA-01653", "ORA-01654", "ORA-00060", "ORA-01555", "ORA-12012");
		dataLossPatterns = (dataLossPatterns != null) ? List.copyOf(dataLossPatterns)
				: List.of("ORA-01578", "ORA-01157", "ORA-01110");
		checkpointWarningCount = atLeastOne(checkpointWarningCount, 3, "checkpoint-warning-count");
		initialLookback = (initialLookback != null) ? initialLookback : Duration.ofHours(24);
		if (initialLookback.isNegative()) {
			throw new IllegalArgumentException(
					PREFIX + "initial-lookback must not be negative, was " + initialLookback);
		}
		maxBytesPerRun = (maxBytesPerRun != null) ? maxBytesPerRun : DataSize.ofMegabytes(20);
		if (maxBytesPerRun.toBytes() < 1024 || maxBytesPerRun.toBytes() > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException(
					PREFIX + "max-bytes-per-run must be between 1KB and 2047MB, was " + maxBytesPerRun);
		}
		maxRowsPerRun = atLeastOne(maxRowsPerRun, 5000, "max-rows-per-run");
		shownEntries = atLeastOne(shownEntries, 3, "shown-entries");
	}

	private static Integer atLeastOne(Integer value, int defaultValue, String property) {
		if (value == null) {
			return defaultValue;
		}
		if (value < 1) {
			throw new IllegalArgumentException(PREFIX + property + " must be at least 1, was " + value);
		}
		return value;
	}

}
