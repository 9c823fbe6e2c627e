package com.limsdesk.mailintake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;

/**
 * Reads a MIME message into a {@link ParsedMail}. The text is the plain-text part, or the
 * HTML part converted to text when there is none. Every other leaf part is an attachment.
 * A part that cannot be decoded is noted and skipped rather than failing the whole mail,
 * so that the rest still reaches the desk.
 */
final class MailParser {

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");

	private final long maxAttachmentSize;

	MailParser(long maxAttachmentSize) {
		this.maxAttachmentSize = maxAttachmentSize;
	}

	ParsedMail parse(MimeMessage message) throws MessagingException, IOException {
		List<String> notes = new ArrayList<>();
		Sender sender = sender(message.getHeader("From", ","), notes);
		String subject = MailCharsets.decodeHeader(message.getHeader("Subject", null), "主题", notes);
		Content content = new Content();
		walk(message, content, notes);
		String text;
		BodyKind kind;
		if (!content.plain.isEmpty()) {
			text = String.join("\n", content.plain).strip();
			kind = BodyKind.PLAIN;
		}
		else if (!content.html.isEmpty()) {
			text = HtmlText.toText(String.join("\n", content.html));
			kind = BodyKind.HTML;
			notes.add("邮件只有 HTML 正文，已转换为纯文本");
		}
		else {
			text = "";
			kind = BodyKind.NONE;
			notes.add("邮件没有正文");
		}
		return new ParsedMail(sender.address(), sender.name(), (subject != null) ? subject : "", sentAt(message), text,
				kind, content.attachments, automatic(message, sender.address()), notes);
	}

	private void walk(Part part, Content content, List<String> notes) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			if (part.isMimeType("multipart/alternative")) {
				walk(preferred(multipart), content, notes);
				return;
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), content, notes);
			}
			return;
		}
		String fileName = fileName(part, notes);
		boolean inline = fileName == null && !Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
		try {
			if (inline && part.isMimeType("text/plain")) {
				content.plain.add(text(part, "正文", notes));
			}
			else if (inline && part.isMimeType("text/html")) {
				content.html.add(text(part, "HTML 正文", notes));
			}
			else {
				content.attachments.add(attachment(part, fileName, content.attachments.size() + 1));
			}
		}
		catch (IOException | MessagingException ex) {
			notes.add(((fileName != null) ? "附件 " + fileName : "一个邮件部分") + "无法解码，已跳过：" + ex.getMessage());
		}
	}

	/** Returns the richest part of an alternative that the desk can read as text. */
	private static Part preferred(Multipart alternative) throws MessagingException {
		Part html = null;
		Part other = null;
		for (int i = alternative.getCount() - 1; i >= 0; i--) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return part;
			}
			if (html == null && (part.isMimeType("text/html") || part.isMimeType("multipart/*"))) {
				html = part;
			}
			other = (other != null) ? other : part;
		}
		return (html != null) ? html : other;
	}

	private static String text(Part part, String what, List<String> notes) throws MessagingException, IOException {
		byte[] bytes;
		try (InputStream input = part.getInputStream()) {
			bytes = input.readAllBytes();
		}
		return MailCharsets.decode(bytes, charset(part), what, notes).replace("\r\n", "\n");
	}

	private ParsedMail.Attachment attachment(Part part, String fileName, int position)
			throws MessagingException, IOException {
		String contentType = baseType(part);
		String name = (fileName != null) ? fileName : defaultName(contentType, position);
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		long size = 0;
		byte[] buffer = new byte[8192];
		try (InputStream input = part.getInputStream()) {
			for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
				size += read;
				if (size <= this.maxAttachmentSize) {
					kept.write(buffer, 0, read);
				}
			}
		}
		byte[] content = (size <= this.maxAttachmentSize) ? kept.toByteArray() : null;
		return new ParsedMail.Attachment(name, contentType, size, content);
	}

	private static String fileName(Part part, List<String> notes) throws MessagingException {
		String name = null;
		String disposition = firstHeader(part, "Content-Disposition");
		if (disposition != null) {
			name = parameter(() -> new ContentDisposition(disposition).getParameter("filename"));
		}
		if (name == null) {
			String type = firstHeader(part, "Content-Type");
			if (type != null) {
				name = parameter(() -> new ContentType(type).getParameter("name"));
			}
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		String decoded = MailCharsets.decodeHeader(name, "附件名", notes);
		// A file name never carries a path, whatever the sender's client put there.
		String base = decoded.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
		return (base.isEmpty() || base.matches("\\.+")) ? null : Texts.cut(base, 255);
	}

	private static String firstHeader(Part part, String name) throws MessagingException {
		String[] values = part.getHeader(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	private static String parameter(ParameterReader reader) {
		try {
			return reader.read();
		}
		catch (ParseException ex) {
			return null;
		}
	}

	private static String disposition(Part part) {
		try {
			return part.getDisposition();
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String charset(Part part) {
		try {
			String type = part.getContentType();
			return (type != null) ? new ContentType(type).getParameter("charset") : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String baseType(Part part) {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException | RuntimeException ex) {
			return "application/octet-stream";
		}
	}

	private static String defaultName(String contentType, int position) {
		String extension = switch (contentType) {
			case "message/rfc822" -> ".eml";
			case "text/plain" -> ".txt";
			case "text/html" -> ".html";
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			case "image/gif" -> ".gif";
			case "application/pdf" -> ".pdf";
			default -> ".bin";
		};
		return "附件" + position + extension;
	}

	/** Returns the first address of a raw From header and its decoded display name. */
	static Sender sender(String rawFrom, List<String> notes) {
		String from = MailCharsets.decodeHeader(rawFrom, "发件人", notes);
		if (from == null || from.isBlank()) {
			notes.add("邮件没有发件人");
			return new Sender(null, null);
		}
		try {
			InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
			if (addresses.length > 0 && addresses[0].getAddress() != null && addresses[0].getAddress().contains("@")) {
				return new Sender(addresses[0].getAddress().strip().toLowerCase(Locale.ROOT),
						blankToNull(addresses[0].getPersonal()));
			}
		}
		catch (AddressException ex) {
			// Handled below: a broken From header still usually contains the address.
		}
		Matcher matcher = ADDRESS.matcher(from);
		if (matcher.find()) {
			notes.add("发件人格式有误：" + from);
			return new Sender(matcher.group().toLowerCase(Locale.ROOT), null);
		}
		notes.add("无法识别发件人地址：" + from);
		return new Sender(null, null);
	}

	private static Instant sentAt(MimeMessage message) {
		try {
			Date sent = message.getSentDate();
			return (sent != null) ? sent.toInstant() : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	/**
	 * Returns whether the mail is automatic: RFC 3834 {@code Auto-Submitted} other than
	 * {@code no}, a bulk or list {@code Precedence}, a delivery report, or a mailer
	 * daemon.
	 */
	private static boolean automatic(MimeMessage message, String senderAddress) throws MessagingException {
		String autoSubmitted = message.getHeader("Auto-Submitted", null);
		if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return true;
		}
		String precedence = message.getHeader("Precedence", null);
		if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
			return true;
		}
		if (message.getHeader("X-Autoreply", null) != null || message.isMimeType("multipart/report")) {
			return true;
		}
		return senderAddress != null && senderAddress.matches("(mailer-daemon|postmaster)@.*");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record Sender(String address, String name) {
	}

	@FunctionalInterface
	private interface ParameterReader {

		String read() throws ParseException;

	}

	private static final class Content {

		private final List<String> plain = new ArrayList<>();

		private final List<String> html = new ArrayList<>();

		private final List<ParsedMail.Attachment> attachments = new ArrayList<>();

	}

}
