package com.limsdesk.oracle;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cumulative counters of the non-idle wait events of one instance at one time, kept
 * in the performance check's state so that the next run reports the change since then.
 * <p>
 * The stored text is one header line {@code startup=... at=... complete=yes|no} followed
 * by one line {@code EVENT_ID TOTAL_WAITS TIME_WAITED_MICRO} per event, the events with
 * the most time first, as many as fit in {@link CheckState#MAX_VALUE_LENGTH} characters
 * (about 120). {@code complete=no} means that events with less time were left out.
 *
 * @param startup startup time of the instance the counters belong to
 * @param sampledAt database time of the sample
 * @param complete whether every non-idle event of the instance is in the sample
 * @param counters the counters by EVENT_ID
 */
record PerformanceCheckWaitSample(LocalDateTime startup, LocalDateTime sampledAt, boolean complete,
		Map<Long, Counter> counters) {

	PerformanceCheckWaitSample {
		counters = Map.copyOf(counters);
	}

	/**
	 * Cumulative counters of one wait event.
	 *
	 * @param waits TOTAL_WAITS
	 * @param timeWaitedMicro TIME_WAITED_MICRO, in microseconds
	 */
	record Counter(long waits, long timeWaitedMicro) {
	}

	/**
	 * One row of V$SYSTEM_EVENT.
	 *
	 * @param id EVENT_ID
	 * @param name EVENT
	 * @param counter the cumulative counters
	 */
	record Event(long id, String name, Counter counter) {
	}

	/**
	 * The change of one event's counters between two samples.
	 *
	 * @param name the event name
	 * @param waits waits in the interval
	 * @param timeWaitedMicro time waited in the interval, in microseconds
	 */
	record Delta(String name, long waits, long timeWaitedMicro) {

		double waitSeconds() {
			return this.timeWaitedMicro / 1_000_000.0;
		}

	}

	/** Relation of the current counters to the stored sample. */
	enum Baseline {

		/** No earlier sample, so no change can be computed. */
		FIRST,

		/** The same instance run since the stored sample. */
		CONTINUED,

		/**
		 * The instance restarted since the stored sample, so the counters since the
		 * startup are the change.
		 */
		RESTARTED,

		/**
		 * A counter is lower than in the stored sample without a restart, so the stored
		 * sample is discarded.
		 */
		RESET

	}

	/**
	 * The outcome of comparing the current counters with the stored sample.
	 *
	 * @param baseline relation of the current counters to the stored sample
	 * @param since start of the interval the deltas cover, or null without deltas
	 * @param deltas the changes with the most time first, without events that did not
	 * change
	 */
	record Comparison(Baseline baseline, LocalDateTime since, List<Delta> deltas) {
	}

	/**
	 * Returns the sample of the given events, which must be ordered by time waited with
	 * the most first.
	 */
	static PerformanceCheckWaitSample of(LocalDateTime startup, LocalDateTime sampledAt, List<Event> events) {
		Map<Long, Counter> counters = new LinkedHashMap<>();
		int length = header(startup, sampledAt, false).length();
		for (Event event : events) {
			String line = line(event.id(), event.counter());
			if (length + line.length() > CheckState.MAX_VALUE_LENGTH) {
				break;
			}
			counters.put(event.id(), event.counter());
			length += line.length();
		}
		return new PerformanceCheckWaitSample(startup, sampledAt, counters.size() == events.size(), counters);
	}

	/**
	 * Parses a stored sample, or returns null when the text is missing or not in the
	 * stored format. The check then starts a new sample.
	 */
	static PerformanceCheckWaitSample parse(String text) {
		if (text == null) {
			return null;
		}
		String[] lines = text.split("\n");
		Map<String, String> header = new LinkedHashMap<>();
		for (String field : lines[0].split(" ")) {
			int equals = field.indexOf('=');
			if (equals > 0) {
				header.put(field.substring(0, equals), field.substring(equals + 1));
			}
		}
		if (header.get("startup") == null || header.get("at") == null) {
			return null;
		}
		try {
			LocalDateTime startup = LocalDateTime.parse(header.get("startup"));
			LocalDateTime sampledAt = LocalDateTime.parse(header.get("at"));
			Map<Long, Counter> counters = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				String[] values = lines[i].split(" ");
				if (values.length != 3) {
					return null;
				}
				counters.put(Long.parseLong(values[0]),
						new Counter(Long.parseLong(values[1]), Long.parseLong(values[2])));
			}
			return new PerformanceCheckWaitSample(startup, sampledAt, "yes".equals(header.get("complete")), counters);
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
	}

	/** Returns the text stored in the check's state, at most 4000 characters long. */
	String format() {
		StringBuilder text = new StringBuilder(header(this.startup, this.sampledAt, this.complete));
		this.counters.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<Long, Counter> entry) -> entry.getValue().timeWaitedMicro())
				.reversed())
			.forEach((entry) -> text.append(line(entry.getKey(), entry.getValue())));
		return text.toString();
	}

	private static String header(LocalDateTime startup, LocalDateTime sampledAt, boolean complete) {
		return "startup=" + startup + " at=" + sampledAt + " complete=" + (complete ? "yes" : "no");
	}

	private static String line(long id, Counter counter) {
		return "\n" + id + " " + counter.waits() + " " + counter.timeWaitedMicro();
	}

	/**
	 * Compares the current counters with this stored sample, which may be null. An event
	 * missing from a complete stored sample had no waits then, so its change is counted
	 * from zero. An event missing from an incomplete sample is left out, because its
	 * earlier counters are unknown.
	 */
	static Comparison compare(PerformanceCheckWaitSample previous, LocalDateTime startup, List<Event> events) {
		if (previous == null) {
			return new Comparison(Baseline.FIRST, null, List.of());
		}
		if (!previous.startup().equals(startup)) {
			return new Comparison(Baseline.RESTARTED, startup, changed(events, Map.of(), true));
		}
		for (Event event : events) {
			Counter before = previous.counters().get(event.id());
			if (before != null && (event.counter().waits() < before.waits()
					|| event.counter().timeWaitedMicro() < before.timeWaitedMicro())) {
				return new Comparison(Baseline.RESET, null, List.of());
			}
		}
		return new Comparison(Baseline.CONTINUED, previous.sampledAt(),
				changed(events, previous.counters(), previous.complete()));
	}

	private static List<Delta> changed(List<Event> events, Map<Long, Counter> before, boolean absentIsZero) {
		List<Delta> deltas = new ArrayList<>();
		for (Event event : events) {
			Counter earlier = before.get(event.id());
			if (earlier == null && !absentIsZero) {
				continue;
			}
			long waits = event.counter().waits() - ((earlier != null) ? earlier.waits() : 0);
			long time = event.counter().timeWaitedMicro() - ((earlier != null) ? earlier.timeWaitedMicro() : 0);
			if (waits > 0 || time > 0) {
				deltas.add(new Delta(event.name(), waits, time));
			}
		}
		deltas.sort(Comparator.comparingLong(Delta::timeWaitedMicro).reversed().thenComparing(Delta::name));
		return deltas;
	}

}
