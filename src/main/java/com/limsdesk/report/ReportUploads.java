package com.limsdesk.report;

import java.util.List;
import java.util.Locale;

import com.limsdesk.web.InvalidFieldException;

/** Checks of an uploaded document: its name, type and size. */
final class ReportUploads {

	/**
	 * Document types an engineer may upload, by file extension, with their media type.
	 */
	static final List<List<String>> TYPES = List.of(
			List.of("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			List.of("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			List.of("pdf", "application/pdf"));

	private ReportUploads() {
	}

	/** Returns the file name without any folder, after checking its length and type. */
	static String checkedName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			throw new InvalidFieldException("file", "has no file name");
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidFieldException("file", "file name must have 1 to 200 characters");
		}
		if (name.chars().anyMatch((c) -> c < 0x20)) {
			throw new InvalidFieldException("file", "file name contains control characters");
		}
		contentType(name);
		return name;
	}

	/** Returns the media type of an allowed file name. */
	static String contentType(String name) {
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return TYPES.stream()
			.filter((type) -> type.get(0).equals(extension))
			.map((type) -> type.get(1))
			.findFirst()
			.orElseThrow(
					() -> new InvalidFieldException("file", "'" + name + "' is not a .docx, .xlsx or .pdf document"));
	}

	/**
	 * Checks that the content is not empty, not larger than the limit and looks like its
	 * type: a ZIP container for Office documents, {@code %PDF} for a PDF.
	 */
	static void checkContent(String name, byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			throw new InvalidFieldException("file", "is empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidFieldException("file",
					"is " + content.length + " bytes, more than the limit of " + maxBytes + " bytes");
		}
		boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
		boolean looksRight = pdf ? startsWith(content, "%PDF") : startsWith(content, "PK\u0003\u0004");
		if (!looksRight) {
			throw new InvalidFieldException("file",
					"'" + name + "' is not a valid " + (pdf ? "PDF" : "Office") + " document");
		}
	}

	private static boolean startsWith(byte[] content, String magic) {
		if (content.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if (content[i] != (byte) magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
