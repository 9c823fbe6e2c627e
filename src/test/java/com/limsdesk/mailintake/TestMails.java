package com.limsdesk.mailintake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Builds raw RFC 5322 mails byte by byte, so that a test controls every label and byte: a
 * body declared GB2312 but written in GBK, a subject split across encoded words, or a
 * header with raw 8-bit text.
 */
final class TestMails {

	private final List<byte[]> headers = new ArrayList<>();

	private final String messageId = "<" + UUID.randomUUID() + "@test.example.org>";

	private byte[] body = new byte[0];

	private String contentType = "text/plain; charset=UTF-8";

	private String transferEncoding = "8bit";

	private TestMails() {
	}

	static TestMails from(String from) {
		TestMails mail = new TestMails();
		mail.header("From: " + from);
		mail.header("To: intake@example.org");
		mail.header("Date: Mon, 7 Dec 2026 10:00:00 +0800");
		mail.header("Message-ID: " + mail.messageId);
		mail.header("MIME-Version: 1.0");
		return mail;
	}

	String messageId() {
		return this.messageId;
	}

	TestMails header(String line) {
		this.headers.add(line.getBytes(StandardCharsets.ISO_8859_1));
		return this;
	}

	/** Adds a header whose value is raw bytes in the given charset, unencoded. */
	TestMails rawHeader(String name, String value, Charset charset) {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		line.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
		line.writeBytes(value.getBytes(charset));
		this.headers.add(line.toByteArray());
		return this;
	}

	/** Adds an RFC 2047 subject in base64, the bytes in {@code charset}. */
	TestMails subject(String subject, Charset charset, String label) {
		return header("Subject: " + encodedWord(subject.getBytes(charset), label));
	}

	TestMails subject(String asciiSubject) {
		return header("Subject: " + asciiSubject);
	}

	static String encodedWord(byte[] bytes, String label) {
		return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
	}

	/** A single-part body, its bytes in {@code charset}, labelled as {@code label}. */
	TestMails text(String text, Charset charset, String label) {
		this.contentType = "text/plain; charset=" + label;
		this.transferEncoding = "base64";
		this.body = Base64.getMimeEncoder().encode(text.getBytes(charset));
		return this;
	}

	TestMails html(String html) {
		this.contentType = "text/html; charset=UTF-8";
		this.transferEncoding = "base64";
		this.body = Base64.getMimeEncoder().encode(html.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** A multipart/mixed body of the given parts, each a complete MIME part. */
	TestMails multipart(String... parts) {
		String boundary = "----=_Part_" + UUID.randomUUID();
		this.contentType = "multipart/mixed; boundary=\"" + boundary + "\"";
		this.transferEncoding = "7bit";
		StringBuilder text = new StringBuilder("This is a multi-part message in MIME format.\r\n");
		for (String part : parts) {
			text.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
		}
		text.append("--").append(boundary).append("--\r\n");
		this.body = text.toString().getBytes(StandardCharsets.US_ASCII);
		return this;
	}

	static String textPart(String text) {
		return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An attachment part; {@code nameHeader} is the file name as it appears in headers.
	 */
	static String attachmentPart(String contentType, String nameHeader, byte[] content) {
		return "Content-Type: " + contentType + "; name=\"" + nameHeader + "\"\r\n"
				+ "Content-Disposition: attachment; filename=\"" + nameHeader + "\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(content);
	}

	byte[] bytes() {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		for (byte[] header : this.headers) {
			raw.writeBytes(header);
			raw.writeBytes(new byte[] { '\r', '\n' });
		}
		raw.writeBytes(("Content-Type: " + this.contentType + "\r\n").getBytes(StandardCharsets.US_ASCII));
		raw.writeBytes(("Content-Transfer-Encoding: " + this.transferEncoding + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		raw.writeBytes(this.body);
		raw.writeBytes(new byte[] { '\r', '\n' });
		return raw.toByteArray();
	}

}
