package com.limsdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a browser journey script under {@code src/test/js/browser} with node, headless
 * Chromium and playwright-core, against a desk started by the test, and collects its
 * output. Each script takes its settings from the environment and prints one line per
 * step.
 */
public final class BrowserJourney {

	private static final Logger logger = LoggerFactory.getLogger(BrowserJourney.class);

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path PLAYWRIGHT = Path.of("src/test/js/node_modules/playwright-core");

	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	private BrowserJourney() {
	}

	/** Fails the test with the fix when Chromium or playwright-core is missing. */
	public static void requireBrowser() {
		assertThat(CHROMIUM)
			.as("Chromium is missing at %s: install Debian's chromium package "
					+ "(apt-get install chromium), as the CI script does", CHROMIUM)
			.isExecutable();
		assertThat(PLAYWRIGHT)
			.as("playwright-core is missing: run npm ci in src/test/js "
					+ "(the build does it in the pre-integration-test phase)")
			.isDirectory();
	}

	/**
	 * Returns an empty folder for the journey's screenshots, one per database run, such
	 * as {@code target/screenshots/h2/inspection}.
	 */
	public static Path screenshotDirectory(String journey) throws IOException {
		String database = System.getProperty(TestDatabaseInitializer.DATABASE_PROPERTY, "h2");
		Path directory = Path.of("target", "screenshots", database, journey).toAbsolutePath();
		deleteScreenshots(directory);
		return directory;
	}

	/** Runs the script with the given environment, stopping it after four minutes. */
	public static Result run(Path script, Map<String, String> settings) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
		builder.environment().putAll(settings);
		builder.environment().put("CHROMIUM_PATH", CHROMIUM.toString());

		logger.info("Starting the browser journey {} against {}", script, settings.get("BASE_URL"));
		Process node = builder.start();
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> copyOutput(node, output), "browser-journey-output");
		reader.start();

		boolean finished = node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (!finished) {
			logger.error("The browser journey timed out after {}, so node and Chromium are stopped", TIMEOUT);
			// SIGTERM lets the script close Chromium and remove its profile, and SIGKILL
			// follows when the script has not exited within 10 seconds.
			node.destroy();
			if (!node.waitFor(10, TimeUnit.SECONDS)) {
				node.descendants().forEach(ProcessHandle::destroyForcibly);
				node.destroyForcibly();
				node.waitFor(10, TimeUnit.SECONDS);
			}
		}
		reader.join(TimeUnit.SECONDS.toMillis(10));
		int exitCode = finished ? node.exitValue() : -1;
		logger.info("The browser journey ended with exit code {}", exitCode);
		return new Result(exitCode, List.copyOf(output));
	}

	private static void copyOutput(Process node, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				logger.info("journey: {}", line);
				output.add(line);
			}
		}
		catch (IOException ex) {
			logger.warn("Reading the output of the browser journey failed", ex);
		}
	}

	private static void deleteScreenshots(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(".png")).forEach((file) -> {
				try {
					Files.delete(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * Exit code and output lines of the journey script, with exit code -1 when it timed
	 * out.
	 */
	public record Result(int exitCode, List<String> lines) {

		public String output() {
			return String.join(System.lineSeparator(), this.lines);
		}

		/**
		 * Returns the first group of the first line that matches the pattern, or null.
		 */
		public String find(Pattern line) {
			for (String candidate : this.lines) {
				Matcher matcher = line.matcher(candidate);
				if (matcher.matches()) {
					return matcher.group(1);
				}
			}
			return null;
		}

	}

}
