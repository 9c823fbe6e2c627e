package com.limsdesk.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the checks, one file per check under {@code oracle/sql/} on the class path,
 * so that a DBA can review every statement a check sends in one place. A statement starts
 * at a line {@code -- name: NAME} and ends at the next such line or the end of the file;
 * one trailing semicolon is removed. Comment lines stay in the statement text.
 */
public final class CheckQueries {

	private static final Pattern NAME_LINE = Pattern.compile("^-- name: *([a-z0-9_.-]+) *$", Pattern.MULTILINE);

	private static final Map<String, CheckQueries> loaded = new ConcurrentHashMap<>();

	private final String check;

	private final Map<String, String> statements;

	private CheckQueries(String check, Map<String, String> statements) {
		this.check = check;
		this.statements = statements;
	}

	/** Returns the statements of the given check, read once from the class path. */
	public static CheckQueries of(String check) {
		return loaded.computeIfAbsent(check, (name) -> new CheckQueries(name, parse(read(name))));
	}

	/** Returns the statement with the given name. */
	public String sql(String name) {
		String sql = this.statements.get(name);
		if (sql == null) {
			throw new IllegalArgumentException(
					"statement '" + name + "' not found in oracle/sql/" + this.check + ".sql");
		}
		return sql;
	}

	static Map<String, String> parse(String text) {
		Map<String, String> statements = new LinkedHashMap<>();
		Matcher matcher = NAME_LINE.matcher(text);
		String name = null;
		int start = 0;
		while (matcher.find()) {
			if (name != null) {
				statements.put(name, clean(text.substring(start, matcher.start())));
			}
			name = matcher.group(1);
			start = matcher.end();
		}
		if (name != null) {
			statements.put(name, clean(text.substring(start)));
		}
		return statements;
	}

	private static String clean(String statement) {
		String trimmed = statement.strip();
		return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
	}

	private static String read(String check) {
		String resource = "oracle/sql/" + check + ".sql";
		try (InputStream input = CheckQueries.class.getClassLoader().getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException(resource + " not found on the class path");
			}
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("failed to read " + resource, ex);
		}
	}

}
