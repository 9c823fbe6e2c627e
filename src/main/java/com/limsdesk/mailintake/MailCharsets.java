package com.limsdesk.mailintake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the text of mails as they arrive here rather than as the standards say they
 * should. Chinese mail is often labelled GB2312 but written in GBK or GB18030, which
 * Java's GB2312 decoder turns into replacement characters, so every label of that family
 * is read as GB18030, which contains the others. A label that does not fit the bytes, an
 * unknown label or no label at all is handled by trying strict UTF-8 and then GB18030.
 * Every such repair is noted for the intake record.
 */
final class MailCharsets {

	static final Charset GB18030 = Charset.forName("GB18030");

	/** Labels of GB2312 and its extensions GBK and GB18030, lower case. */
	private static final Set<String> CHINESE_LABELS = Set.of("gb2312", "gbk", "gb18030", "euc-cn", "x-euc-cn", "cp936",
			"ms936", "windows-936", "x-gbk", "csgb2312", "gb_2312-80", "chinese", "iso-ir-58");

	/** An RFC 2047 encoded word: charset (with an optional RFC 2231 language), B or Q. */
	private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

	private static final Pattern WHITESPACE_ONLY = Pattern.compile("[ \\t\\r\\n]*");

	private MailCharsets() {
	}

	/**
	 * Decodes body or attachment-name bytes labelled with {@code declared}, which may be
	 * null, and adds a note when the label was wrong or missing and the text needed more
	 * than ASCII.
	 */
	static String decode(byte[] bytes, String declared, String what, List<String> notes) {
		String label = normalise(declared);
		boolean ascii = isAscii(bytes);
		if (ascii) {
			return new String(bytes, StandardCharsets.US_ASCII);
		}
		String utf8 = strict(bytes, StandardCharsets.UTF_8);
		if (label != null && CHINESE_LABELS.contains(label)) {
			String chinese = strict(bytes, GB18030);
			if (chinese != null) {
				return chinese;
			}
			if (utf8 != null) {
				notes.add(what + "声明为 " + declared + "，实为 UTF-8");
				return utf8;
			}
			notes.add(what + "含有 " + declared + " 无法解码的字节，已替换为 �");
			return new String(bytes, GB18030);
		}
		Charset charset = charset(label);
		if (charset != null) {
			String text = strict(bytes, charset);
			if (text != null && (utf8 == null || charset.equals(StandardCharsets.UTF_8))) {
				return text;
			}
		}
		if (utf8 != null) {
			if (label != null && !"utf-8".equals(label)) {
				notes.add(what + "声明为 " + declared + "，实为 UTF-8");
			}
			return utf8;
		}
		String chinese = strict(bytes, GB18030);
		if (chinese != null) {
			notes.add(what + ((label == null) ? "未声明编码" : "声明为 " + declared) + "，按 GB18030 解码");
			return chinese;
		}
		Charset fallback = (charset != null) ? charset : StandardCharsets.UTF_8;
		notes.add(what + "编码无法识别，按 " + fallback.name() + " 解码，无法识别的字节已替换为 �");
		return new String(bytes, fallback);
	}

	/**
	 * Decodes a raw header value: RFC 2047 encoded words, including adjacent words whose
	 * bytes split one character, and unencoded 8-bit bytes that arrived as one character
	 * per byte.
	 */
	static String decodeHeader(String raw, String what, List<String> notes) {
		if (raw == null) {
			return null;
		}
		String unfolded = raw.replaceAll("\\r?\\n(?=[ \\t])", "");
		StringBuilder text = new StringBuilder();
		Matcher matcher = ENCODED_WORD.matcher(unfolded);
		int position = 0;
		ByteArrayOutputStream pending = new ByteArrayOutputStream();
		String pendingCharset = null;
		while (matcher.find()) {
			String between = unfolded.substring(position, matcher.start());
			boolean adjacent = pendingCharset != null && WHITESPACE_ONLY.matcher(between).matches();
			String charset = matcher.group(1);
			int language = charset.indexOf('*');
			if (language >= 0) {
				charset = charset.substring(0, language);
			}
			if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
				flush(text, pending, pendingCharset, what, notes);
				pendingCharset = null;
				if (!adjacent) {
					text.append(rawText(between, what, notes));
				}
			}
			byte[] bytes = wordBytes(matcher.group(2), matcher.group(3));
			if (bytes == null) {
				notes.add(what + "含有无法解码的编码字 " + matcher.group());
				text.append(matcher.group());
			}
			else {
				pending.writeBytes(bytes);
				pendingCharset = charset;
			}
			position = matcher.end();
		}
		flush(text, pending, pendingCharset, what, notes);
		text.append(rawText(unfolded.substring(position), what, notes));
		return text.toString().strip();
	}

	private static void flush(StringBuilder text, ByteArrayOutputStream pending, String charset, String what,
			List<String> notes) {
		if (charset != null) {
			text.append(decode(pending.toByteArray(), charset, what, notes));
		}
		pending.reset();
	}

	/**
	 * Decodes unencoded header text, which has 8-bit bytes when a client sent them raw.
	 */
	private static String rawText(String text, String what, List<String> notes) {
		boolean eightBit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xff) {
				return text;
			}
			eightBit |= c > 0x7f;
		}
		if (!eightBit) {
			return text;
		}
		return decode(text.getBytes(StandardCharsets.ISO_8859_1), null, what, notes);
	}

	private static byte[] wordBytes(String encoding, String encoded) {
		try {
			if ("B".equalsIgnoreCase(encoding)) {
				return Base64.getMimeDecoder().decode(encoded);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			for (int i = 0; i < encoded.length(); i++) {
				char c = encoded.charAt(i);
				if (c == '_') {
					bytes.write(' ');
				}
				else if (c == '=' && i + 2 < encoded.length()) {
					bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
					i += 2;
				}
				else {
					bytes.write(c);
				}
			}
			return bytes.toByteArray();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static String normalise(String declared) {
		if (declared == null) {
			return null;
		}
		String label = declared.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
		return label.isEmpty() ? null : label;
	}

	private static Charset charset(String label) {
		if (label == null) {
			return null;
		}
		try {
			return Charset.forName(label);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

}
