package com.limsdesk.oracle;

import java.util.Locale;

/** Byte counts in binary units for messages, such as {@code 32.0 GiB}. */
public final class ByteSizes {

	private static final String[] UNITS = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

	private ByteSizes() {
	}

	/**
	 * Formats with one decimal, such as {@code 32.0 GiB}, {@code -3.0 GiB} or
	 * {@code 512 B}.
	 */
	public static String format(long bytes) {
		Scaled scaled = scale(bytes);
		if (scaled.unit() == 0) {
			return bytes + " B";
		}
		return String.format(Locale.ROOT, "%s%.1f %s", (bytes < 0) ? "-" : "", scaled.value(), UNITS[scaled.unit()]);
	}

	/**
	 * Formats without a trailing {@code .0} and without decimals from 100 on, such as
	 * {@code 8 MiB}, {@code 1.5 GiB} or {@code 150 GiB}, for lists of many sizes.
	 */
	public static String formatShort(long bytes) {
		Scaled scaled = scale(bytes);
		if (scaled.unit() == 0) {
			return bytes + " B";
		}
		String number = String.format(Locale.ROOT, (scaled.value() >= 100) ? "%.0f" : "%.1f", scaled.value());
		if (number.endsWith(".0")) {
			number = number.substring(0, number.length() - 2);
		}
		return ((bytes < 0) ? "-" : "") + number + " " + UNITS[scaled.unit()];
	}

	private static Scaled scale(long bytes) {
		double value = Math.abs((double) bytes);
		int unit = 0;
		while (value >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		return new Scaled(value, unit);
	}

	private record Scaled(double value, int unit) {
	}

}
