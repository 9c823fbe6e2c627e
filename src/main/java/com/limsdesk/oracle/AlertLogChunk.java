package com.limsdesk.oracle;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes read from an alert log file, split into entries. An entry starts at a timestamp
 * line and ends before the next one. Oracle 11.2 and 12.1 write timestamp lines such as
 * {@code Thu Dec 03 02:15:07 2026}, in the server's zone and without an offset, and 12.2
 * and later write {@code 2026-12-03T02:15:07.123456+08:00}.
 * <p>
 * The split works on bytes and decodes each entry on its own, so a multi-byte character
 * cut at the end of the chunk does not reach the text, because the cut entry is not
 * consumed. Only a single line longer than the whole chunk is cut. Splitting on the byte
 * 0x0A suits the charsets in which that byte is only ever a line break, such as UTF-8,
 * GBK and the ISO-8859 family, but not UTF-16.
 */
final class AlertLogChunk {

	private static final Pattern CLASSIC_TIMESTAMP = Pattern.compile(
			"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");

	private static final Pattern ISO_TIMESTAMP = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})");

	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec");

	private static final int MIN_TIMESTAMP_LENGTH = 20;

	private static final int MAX_TIMESTAMP_LENGTH = 40;

	private final byte[] data;

	private final List<Segment> segments;

	private final int consumed;

	private AlertLogChunk(byte[] data, List<Segment> segments, int consumed) {
		this.data = data;
		this.segments = segments;
		this.consumed = consumed;
	}

	/**
	 * One entry in the chunk, or the lines before the first timestamp line.
	 *
	 * @param start offset of the entry's first byte in the chunk
	 * @param textStart offset of the first byte after the timestamp line
	 * @param end offset after the entry's last byte
	 * @param time the entry's timestamp, or null for lines before the first timestamp
	 * line
	 */
	record Segment(int start, int textStart, int end, OffsetDateTime time) {

		boolean dated() {
			return this.time != null;
		}

	}

	/**
	 * Splits the chunk and decides how much of it is consumed. An entry is consumed once
	 * the next timestamp line follows it, or at the end of the file once the file ends
	 * with a line break. So an entry whose last line is still being written is left for
	 * the next run. Lines that Oracle appends to an entry after it was consumed are read
	 * as the lines before the first timestamp line of the next chunk.
	 * @param data the bytes read
	 * @param endOfFile whether the chunk reaches the end of the file
	 * @param serverZone zone of timestamps written without an offset
	 */
	static AlertLogChunk split(byte[] data, boolean endOfFile, ZoneId serverZone) {
		List<Segment> segments = new ArrayList<>();
		int segmentStart = 0;
		int textStart = 0;
		OffsetDateTime segmentTime = null;
		int lineStart = 0;
		while (lineStart < data.length) {
			int newline = indexOf(data, lineStart);
			int lineEnd = (newline >= 0) ? newline + 1 : data.length;
			OffsetDateTime time = (newline >= 0) ? timestamp(data, lineStart, newline, serverZone) : null;
			if (time != null) {
				if (lineStart > segmentStart) {
					segments.add(new Segment(segmentStart, textStart, lineStart, segmentTime));
				}
				segmentStart = lineStart;
				textStart = lineEnd;
				segmentTime = time;
			}
			lineStart = lineEnd;
		}
		if (data.length > segmentStart) {
			segments.add(new Segment(segmentStart, Math.min(textStart, data.length), data.length, segmentTime));
		}
		int consumed = consumedLength(data, segments, endOfFile);
		return new AlertLogChunk(data, cut(segments, consumed), consumed);
	}

	private static int consumedLength(byte[] data, List<Segment> segments, boolean endOfFile) {
		if (segments.isEmpty()) {
			return 0;
		}
		if (endOfFile && data[data.length - 1] == '\n') {
			return data.length;
		}
		Segment last = segments.get(segments.size() - 1);
		if (last.dated() && (last.start() > 0 || endOfFile)) {
			return last.start();
		}
		// The chunk contains part of one entry only: an entry longer than the chunk, or
		// lines appended to the last consumed entry. Its complete lines are consumed.
		int complete = lastIndexOf(data) + 1;
		if (complete == 0 && !endOfFile) {
			// A single line longer than the chunk is consumed as far as it was read, so
			// that
			// reading goes on. A character cut there is decoded as U+FFFD.
			return data.length;
		}
		return complete;
	}

	private static List<Segment> cut(List<Segment> segments, int consumed) {
		List<Segment> kept = new ArrayList<>();
		for (Segment segment : segments) {
			if (segment.start() >= consumed) {
				break;
			}
			kept.add((segment.end() > consumed)
					? new Segment(segment.start(), Math.min(segment.textStart(), consumed), consumed, segment.time())
					: segment);
		}
		return kept;
	}

	/** Returns the consumed segments in file order. */
	List<Segment> segments() {
		return this.segments;
	}

	/** Returns the number of bytes consumed from the start of the chunk. */
	int consumed() {
		return this.consumed;
	}

	/**
	 * Returns the segment's lines after its timestamp line, decoded, without trailing
	 * blanks.
	 */
	String text(Segment segment, Charset charset) {
		return new String(this.data, segment.textStart(), segment.end() - segment.textStart(), charset).stripTrailing();
	}

	/**
	 * Returns a hash of the segment's bytes, timestamp line included, which distinguishes
	 * entries written in the same second.
	 */
	String hash(Segment segment) {
		return sha256(this.data, segment.start(), segment.end() - segment.start());
	}

	static String sha256(byte[] bytes, int offset, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, offset, length);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the Java runtime", ex);
		}
	}

	/**
	 * Returns the time of a timestamp line, or null for any other line. Timestamp lines
	 * are ASCII in every charset Oracle writes the alert log in, so the bytes are read as
	 * ISO-8859-1 here.
	 */
	static OffsetDateTime timestamp(byte[] data, int start, int newline, ZoneId serverZone) {
		int end = (newline > start && data[newline - 1] == '\r') ? newline - 1 : newline;
		if (end - start < MIN_TIMESTAMP_LENGTH || end - start > MAX_TIMESTAMP_LENGTH) {
			return null;
		}
		String line = new String(data, start, end - start, StandardCharsets.ISO_8859_1);
		try {
			if (ISO_TIMESTAMP.matcher(line).matches()) {
				return OffsetDateTime.parse(line);
			}
			Matcher classic = CLASSIC_TIMESTAMP.matcher(line);
			if (classic.matches()) {
				LocalDateTime local = LocalDateTime.of(Integer.parseInt(classic.group(6)),
						MONTHS.indexOf(classic.group(1)) + 1, Integer.parseInt(classic.group(2)),
						Integer.parseInt(classic.group(3)), Integer.parseInt(classic.group(4)),
						Integer.parseInt(classic.group(5)));
				return local.atZone(serverZone).toOffsetDateTime();
			}
		}
		catch (DateTimeException ex) {
			// A line of the timestamp's shape with an impossible date is message text.
		}
		return null;
	}

	private static int indexOf(byte[] data, int from) {
		for (int i = from; i < data.length; i++) {
			if (data[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data) {
		for (int i = data.length - 1; i >= 0; i--) {
			if (data[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
