package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entries added to a text alert log file since the last run, at most a given
 * number of bytes per run.
 * <p>
 * The watermark in the check state contains the byte offset up to which the file was
 * consumed, the file's size and a hash of its first bytes at that point, and the time and
 * hash of the last entry consumed. A file that is now smaller than the offset, or whose
 * first bytes changed, was rotated or truncated: it is read again from its start, and
 * entries up to the watermark are skipped. Entries written in the same second as the last
 * one are distinguished by their hash. While such a file is read again over several runs,
 * {@code file.rereading} keeps the skipping on.
 * <p>
 * The first run against a target starts at most a chunk before the end of the file and
 * counts only the entries newer than a cutoff, so that years of old errors do not become
 * new findings.
 */
final class AlertLogFile {

	static final String PATH_KEY = "file.path";

	static final String OFFSET_KEY = "file.offset";

	static final String SIZE_KEY = "file.size";

	static final String HEAD_KEY = "file.head";

	static final String LAST_TIME_KEY = "file.lastTime";

	static final String LAST_HASH_KEY = "file.lastHash";

	static final String REREADING_KEY = "file.rereading";

	/** Number of bytes at the start of the file whose hash identifies the file. */
	private static final int HEAD_LENGTH = 1024;

	private final Path path;

	private final Charset charset;

	private final ZoneId serverZone;

	private final int maxBytes;

	AlertLogFile(Path path, Charset charset, ZoneId serverZone, int maxBytes) {
		this.path = path;
		this.charset = charset;
		this.serverZone = serverZone;
		this.maxBytes = maxBytes;
	}

	/** Starting point of a run. */
	enum Start {

		/** No watermark: the end of the file is read and old entries are skipped. */
		FIRST_RUN,
		/** The file is the one of the last run: reading goes on at the offset. */
		CONTINUED,
		/** The file was rotated or truncated: it is read from its start. */
		ROTATED,
		/**
		 * A rotated file read in part by an earlier run: reading goes on at the offset.
		 */
		REREADING

	}

	/**
	 * Entries and new watermark of one run.
	 *
	 * @param entries the new entries in file order
	 * @param start how the run started
	 * @param previousSize size of the file at the last run, or -1
	 * @param size size of the file at this run
	 * @param bytesRead number of bytes consumed in this run
	 * @param bytesRemaining number of bytes after the new offset
	 * @param limited whether the run stopped at the byte limit before the end of the file
	 * @param state the new watermark, to be stored once the run completes
	 */
	record Read(List<AlertLogEntry> entries, Start start, long previousSize, long size, long bytesRead,
			long bytesRemaining, boolean limited, Map<String, String> state) {
	}

	/**
	 * The watermark stored by the last run. A watermark of another path, or one whose
	 * values cannot be parsed, counts as none.
	 */
	private record Watermark(long offset, long size, String head, OffsetDateTime lastTime, String lastHash,
			boolean rereading) {

		static Watermark from(CheckState state, Path path) {
			if (!path.toString().equals(state.get(PATH_KEY))) {
				return null;
			}
			try {
				long offset = Long.parseLong(state.get(OFFSET_KEY));
				long size = Long.parseLong(state.get(SIZE_KEY));
				String lastTime = state.get(LAST_TIME_KEY);
				return new Watermark(offset, size, state.get(HEAD_KEY),
						(lastTime != null && !lastTime.isEmpty()) ? OffsetDateTime.parse(lastTime) : null,
						state.get(LAST_HASH_KEY), "true".equals(state.get(REREADING_KEY)));
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				return null;
			}
		}

	}

	/**
	 * Reads the entries since the watermark in the state.
	 * @param state the check state with the watermark, which is not changed here
	 * @param firstRunCutoff entries before this time are skipped on the first run
	 */
	Read read(CheckState state, OffsetDateTime firstRunCutoff) throws IOException {
		try (FileChannel channel = FileChannel.open(this.path, StandardOpenOption.READ)) {
			long size = channel.size();
			Watermark watermark = Watermark.from(state, this.path);
			Start start = start(channel, size, watermark);
			long position = switch (start) {
				case FIRST_RUN -> Math.max(0, size - this.maxBytes);
				case CONTINUED, REREADING -> watermark.offset();
				case ROTATED -> 0;
			};
			byte[] data = readAt(channel, position, (int) Math.min(this.maxBytes, size - position));
			boolean endOfFile = position + data.length >= size;
			AlertLogChunk chunk = AlertLogChunk.split(data, endOfFile, this.serverZone);
			Progress progress = new Progress(watermark, start == Start.ROTATED || start == Start.REREADING);
			List<AlertLogEntry> entries = switch (start) {
				case FIRST_RUN -> recent(chunk, firstRunCutoff, progress);
				case CONTINUED -> continued(chunk, progress);
				case ROTATED, REREADING -> unseen(chunk, watermark, progress, endOfFile);
			};
			long offset = position + progress.consumed(chunk);
			Map<String, String> newState = state(channel, size, offset, progress);
			long previousSize = (watermark != null) ? watermark.size() : -1;
			return new Read(entries, start, previousSize, size, offset - position, size - offset, !endOfFile, newState);
		}
	}

	private Start start(FileChannel channel, long size, Watermark watermark) throws IOException {
		if (watermark == null) {
			return Start.FIRST_RUN;
		}
		if (size < watermark.offset() || !head(channel, watermark.offset()).equals(watermark.head())) {
			return Start.ROTATED;
		}
		return watermark.rereading() ? Start.REREADING : Start.CONTINUED;
	}

	/** Returns the entries of the first run that are not older than the cutoff. */
	private List<AlertLogEntry> recent(AlertLogChunk chunk, OffsetDateTime cutoff, Progress progress) {
		List<AlertLogEntry> entries = new ArrayList<>();
		for (AlertLogChunk.Segment segment : chunk.segments()) {
			if (!segment.dated()) {
				// Part of an entry that started before the chunk.
				continue;
			}
			progress.passed(segment.time(), chunk.hash(segment));
			if (!segment.time().isBefore(cutoff)) {
				entries.add(new AlertLogEntry(segment.time(), chunk.text(segment, this.charset), false));
			}
		}
		return entries;
	}

	/**
	 * Returns the entries after the offset. Lines before the first timestamp line were
	 * appended to the entry consumed last and are returned as its continuation.
	 */
	private List<AlertLogEntry> continued(AlertLogChunk chunk, Progress progress) {
		List<AlertLogEntry> entries = new ArrayList<>();
		for (AlertLogChunk.Segment segment : chunk.segments()) {
			String text = chunk.text(segment, this.charset);
			if (!segment.dated()) {
				if (!text.isBlank() && progress.lastTime() != null) {
					entries.add(new AlertLogEntry(progress.lastTime(), text, true));
				}
				continue;
			}
			progress.passed(segment.time(), chunk.hash(segment));
			entries.add(new AlertLogEntry(segment.time(), text, false));
		}
		return entries;
	}

	/**
	 * Returns the entries of a rotated or truncated file that come after the watermark.
	 * Entries older than its time are skipped. Entries of the same time are skipped up to
	 * the one with the watermark's hash. When no such entry follows, they are new, but
	 * only once the end of the file or a later entry shows that none will follow.
	 */
	private List<AlertLogEntry> unseen(AlertLogChunk chunk, Watermark watermark, Progress progress, boolean endOfFile) {
		List<AlertLogEntry> entries = new ArrayList<>();
		List<AlertLogChunk.Segment> sameTime = new ArrayList<>();
		OffsetDateTime lastTime = watermark.lastTime();
		for (AlertLogChunk.Segment segment : chunk.segments()) {
			if (!segment.dated()) {
				continue;
			}
			if (progress.rereading() && lastTime != null && segment.time().isEqual(lastTime)) {
				if (chunk.hash(segment).equals(watermark.lastHash())) {
					sameTime.clear();
					progress.reachedWatermark();
				}
				else {
					sameTime.add(segment);
				}
			}
			else if (progress.rereading() && lastTime != null && segment.time().isBefore(lastTime)) {
				continue;
			}
			else {
				addAll(entries, sameTime, chunk, progress);
				progress.reachedWatermark();
				add(entries, segment, chunk, progress);
			}
		}
		if (!sameTime.isEmpty()) {
			if (endOfFile || sameTime.get(0).start() == 0) {
				addAll(entries, sameTime, chunk, progress);
				progress.reachedWatermark();
			}
			else {
				// The entry with the watermark's hash may follow in the next chunk.
				progress.holdBack(sameTime.get(0).start());
			}
		}
		if (lastTime == null || endOfFile) {
			progress.reachedWatermark();
		}
		return entries;
	}

	private void addAll(List<AlertLogEntry> entries, List<AlertLogChunk.Segment> segments, AlertLogChunk chunk,
			Progress progress) {
		for (AlertLogChunk.Segment segment : segments) {
			add(entries, segment, chunk, progress);
		}
		segments.clear();
	}

	private void add(List<AlertLogEntry> entries, AlertLogChunk.Segment segment, AlertLogChunk chunk,
			Progress progress) {
		progress.passed(segment.time(), chunk.hash(segment));
		entries.add(new AlertLogEntry(segment.time(), chunk.text(segment, this.charset), false));
	}

	private Map<String, String> state(FileChannel channel, long size, long offset, Progress progress)
			throws IOException {
		Map<String, String> state = new HashMap<>();
		state.put(PATH_KEY, this.path.toString());
		state.put(OFFSET_KEY, Long.toString(offset));
		state.put(SIZE_KEY, Long.toString(size));
		state.put(HEAD_KEY, head(channel, offset));
		state.put(LAST_TIME_KEY, (progress.lastTime() != null) ? progress.lastTime().toString() : "");
		state.put(LAST_HASH_KEY, (progress.lastHash() != null) ? progress.lastHash() : "");
		state.put(REREADING_KEY, Boolean.toString(progress.rereading()));
		return state;
	}

	/**
	 * Returns the length and hash of the file's first bytes, at most {@link #HEAD_LENGTH}
	 * and at most up to the offset, which identify the file.
	 */
	private static String head(FileChannel channel, long offset) throws IOException {
		byte[] head = readAt(channel, 0, (int) Math.min(HEAD_LENGTH, offset));
		return head.length + ":" + AlertLogChunk.sha256(head, 0, head.length);
	}

	private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(Math.max(0, length));
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer, position + buffer.position());
			if (read < 0) {
				// The file was truncated while it was read.
				break;
			}
		}
		byte[] data = new byte[buffer.position()];
		buffer.flip().get(data);
		return data;
	}

	/**
	 * The watermark as it moves through one run: the newest entry consumed, whether a
	 * rotated file is still being skipped through, and how much of the chunk to consume.
	 */
	private static final class Progress {

		private OffsetDateTime lastTime;

		private String lastHash;

		private boolean rereading;

		private int holdBack = -1;

		Progress(Watermark watermark, boolean rereading) {
			this.lastTime = (watermark != null) ? watermark.lastTime() : null;
			this.lastHash = (watermark != null) ? watermark.lastHash() : null;
			this.rereading = rereading;
		}

		/**
		 * Moves the watermark to a consumed entry unless the entry is older, so that
		 * after a clock step back the newest time stays the watermark.
		 */
		void passed(OffsetDateTime time, String hash) {
			if (this.lastTime == null || !time.isBefore(this.lastTime)) {
				this.lastTime = time;
				this.lastHash = hash;
			}
		}

		void reachedWatermark() {
			this.rereading = false;
		}

		void holdBack(int start) {
			this.holdBack = start;
		}

		boolean rereading() {
			return this.rereading;
		}

		OffsetDateTime lastTime() {
			return this.lastTime;
		}

		String lastHash() {
			return this.lastHash;
		}

		int consumed(AlertLogChunk chunk) {
			return (this.holdBack >= 0) ? this.holdBack : chunk.consumed();
		}

	}

}
