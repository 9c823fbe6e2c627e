package com.limsdesk.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Table rows of counts by a key, for the sections. */
final class Counts {

	private Counts() {
	}

	/** Returns one row per key, sorted by key, with the number of items. */
	static <T> List<List<String>> by(List<T> items, Function<T, String> key) {
		Map<String, Long> counts = items.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
		return counts.entrySet().stream().map((e) -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList();
	}

}
