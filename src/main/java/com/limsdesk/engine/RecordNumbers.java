package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lists of record numbers, such as {@code GZ-2026-00001}, that forms accept.
 */
public final class RecordNumbers {

	private RecordNumbers() {
	}

	/**
	 * Splits a list of record numbers with the given prefix, in capitals and without
	 * repeats. Commas, semicolons, the enumeration comma 、 and white space, the
	 * ideographic space U+3000 included, separate them.
	 * @throws FormInputException naming the field when a part is not such a number
	 */
	public static List<String> split(String text, String key, String label, String prefix) {
		if (text == null) {
			return List.of();
		}
		Pattern format = Pattern.compile(Pattern.quote(prefix) + "\\d{4}-\\d{5}");
		LinkedHashSet<String> numbers = new LinkedHashSet<>();
		for (String part : text.split("[,，;；、\\s\\u3000]+")) {
			String number = part.strip().toUpperCase();
			if (number.isEmpty()) {
				continue;
			}
			if (!format.matcher(number).matches()) {
				throw new FormInputException(key, label, "'" + part + "' 不是有效的编号，例如 " + prefix + "2026-00001");
			}
			numbers.add(number);
		}
		return new ArrayList<>(numbers);
	}

}
