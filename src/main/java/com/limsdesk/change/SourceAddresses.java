package com.limsdesk.change;

import java.util.regex.Pattern;

/**
 * Checks the source address of a remote session: an IPv4 address in dotted decimal, an
 * IPv6 address in the text forms of RFC 4291 (without a zone), or a host name of RFC 1123
 * labels. The check is on the text only, so it never resolves a name.
 */
final class SourceAddresses {

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private static final int MAX_HOST_NAME_LENGTH = 253;

	private SourceAddresses() {
	}

	static boolean isValid(String text) {
		if (text.indexOf(':') >= 0) {
			return isIpv6(text);
		}
		return IPV4.matcher(text).matches() || isHostName(text);
	}

	/**
	 * Returns whether the text is a host name. A name whose last label is all digits is
	 * not one, so that {@code 10.20.1.300} is read as a wrong IPv4 address.
	 */
	private static boolean isHostName(String text) {
		if (text.length() > MAX_HOST_NAME_LENGTH) {
			return false;
		}
		String[] labels = text.split("\\.", -1);
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}

	private static boolean isIpv6(String text) {
		int compressed = text.indexOf("::");
		if (compressed < 0) {
			return countGroups(text, false, true) == 8;
		}
		if (text.indexOf("::", compressed + 1) >= 0) {
			return false;
		}
		int head = countGroups(text.substring(0, compressed), true, false);
		int tail = countGroups(text.substring(compressed + 2), true, true);
		// "::" stands for at least one group of zeros.
		return head >= 0 && tail >= 0 && head + tail <= 7;
	}

	/**
	 * Counts the 16-bit groups of one side of an IPv6 address, a trailing IPv4 address as
	 * two, or returns -1 when a group is invalid.
	 */
	private static int countGroups(String part, boolean mayBeEmpty, boolean mayEndInIpv4) {
		if (part.isEmpty()) {
			return mayBeEmpty ? 0 : -1;
		}
		String[] groups = part.split(":", -1);
		int count = 0;
		for (int i = 0; i < groups.length; i++) {
			boolean last = i == groups.length - 1;
			if (last && mayEndInIpv4 && IPV4.matcher(groups[i]).matches()) {
				count += 2;
			}
			else if (HEX_GROUP.matcher(groups[i]).matches()) {
				count++;
			}
			else {
				return -1;
			}
		}
		return count;
	}

}
