package com.limsdesk.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * Initial passwords of the users that the first start creates. A password given in the
 * environment as {@code DESK_PASSWORD_<USER ID>} (upper case, other characters as
 * {@code _}) wins; otherwise a random one is generated and appended to the password file,
 * which only its owner may read.
 */
class InitialPasswords {

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "-_.+=";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final SecureRandom random = new SecureRandom();

	private final Environment environment;

	private final Path passwordFile;

	InitialPasswords(Environment environment, Path passwordFile) {
		this.environment = environment;
		this.passwordFile = passwordFile;
	}

	/** Returns the password given in the environment for the user, or null. */
	String fromEnvironment(String userId) {
		String name = "DESK_PASSWORD_" + userId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
		String value = this.environment.getProperty(name);
		return (value != null && !value.isBlank()) ? value : null;
	}

	/** Generates a password that meets the engine's default password policy. */
	String generate() {
		StringBuilder password = new StringBuilder();
		password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
		String all = LOWER + UPPER + DIGITS;
		while (password.length() < 20) {
			password.append(pick(all));
		}
		return password.toString();
	}

	/**
	 * Appends one {@code user: password} line to the password file, readable by its owner
	 * only.
	 */
	void record(String userId, String password) throws IOException {
		Path parent = this.passwordFile.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		if (!Files.exists(this.passwordFile)) {
			Files.createFile(this.passwordFile);
		}
		restrictToOwner();
		Files.writeString(this.passwordFile, userId + ": " + password + System.lineSeparator(), StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
	}

	Path file() {
		return this.passwordFile;
	}

	private void restrictToOwner() throws IOException {
		try {
			Files.setPosixFilePermissions(this.passwordFile, OWNER_ONLY);
		}
		catch (UnsupportedOperationException ex) {
			// NOTE: file systems without POSIX permissions (Windows) keep their default
			// access.
			this.passwordFile.toFile().setReadable(false, false);
			this.passwordFile.toFile().setReadable(true, true);
		}
	}

	private char pick(String characters) {
		return characters.charAt(this.random.nextInt(characters.length()));
	}

}
